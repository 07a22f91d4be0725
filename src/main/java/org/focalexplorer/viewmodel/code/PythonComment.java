package org.focalexplorer.viewmodel.code;

/** A comment in the code, one line per clause (split at semicolons), so that it fits a narrow panel. */
final class PythonComment {
    private PythonComment() {}

    static String lines(String text, String indent) {
        StringBuilder sb = new StringBuilder();
        for (String clause : text.split("\\s*[;；]\\s*")) {
            if (!clause.isBlank()) {
                sb.append(indent).append("# ").append(clause.strip()).append('\n');
            }
        }
        return sb.toString();
    }
}
