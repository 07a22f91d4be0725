package org.focalexplorer.viewmodel.code;

import java.util.ArrayList;
import java.util.List;

/**
 * A Python call written one argument per line, so that it stays readable in a narrow side panel and each
 * keyword can be found (and checked by a test) on a line of its own.
 */
final class PythonCall {
    private final String head;
    private final List<String> args = new ArrayList<>();

    /** @param head what stands before the parenthesis, e.g. {@code loss = sigmoid_focal_loss} */
    PythonCall(String head) {
        this.head = head;
    }

    PythonCall arg(String positional) {
        args.add(positional);
        return this;
    }

    PythonCall kw(String name, String value) {
        args.add(name + "=" + value);
        return this;
    }

    String text() {
        StringBuilder sb = new StringBuilder(head).append("(\n");
        for (String a : args) {
            sb.append("    ").append(a).append(",\n");
        }
        return sb.append(")\n").toString();
    }

    /** A Python string literal of a plain identifier-like value. */
    static String str(String s) {
        return "\"" + s + "\"";
    }
}
