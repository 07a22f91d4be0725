package org.focalexplorer.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Views take every text a user reads from the bundles: a scan of the view, render and app sources for
 * string literals with letters handed to a control's text, a tooltip, a title, a prompt, accessible text
 * or canvas text. Symbols and numbers ("×10", "▶", "%") are not words and pass; so do style classes, ids
 * and resource paths, which are not shown. A line may opt out with a comment {@code // literal-ok: why}.
 */
class NoLiteralTextInViewsTest {
    private static final Path MAIN = Path.of("src/main/java/org/focalexplorer");
    private static final List<String> SCANNED = List.of("view", "render", "app");

    /** A call that shows what it is given to the user (its arguments are scanned to the end of the line). */
    static final Pattern SHOWN = Pattern.compile(
            "(?:new\\s+(?:Label|Button|Tab|Tooltip|CheckBox|RadioButton|ToggleButton|MenuItem|Menu|CheckMenuItem"
            + "|RadioMenuItem|TitledPane|Text|Hyperlink|ToggleSwitch|TextField|Alert)\\s*\\("
            + "|\\.(?:setText|setTitle|setHeaderText|setContentText|setPromptText|setAccessibleText|setAccessibleHelp"
            + "|setAccessibleRoleDescription|fillText|strokeText|drawString)\\s*\\("
            + "|Bindings\\.concat\\s*\\(|String\\.format\\s*\\(|\\.formatted\\s*\\(|Controls\\.tip\\s*\\()");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    /** Calls whose string arguments are bundle keys (m.get, m.format) or style, not text. */
    private static final Pattern KEY_CALL = Pattern.compile("(?:\\bget|(?<!String\\.)\\bformat|getString)\\s*$");
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");

    @Test
    void views_show_no_literal_words() throws IOException {
        List<String> found = new ArrayList<>();
        int scanned = 0;
        for (String pkg : SCANNED) {
            Path dir = MAIN.resolve(pkg);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    found.addAll(literals(f));
                    scanned++;
                }
            }
        }
        assertThat(scanned).as("view sources scanned").isGreaterThan(30);
        assertThat(found).as("user-visible literal text in views (use the bundles)").isEmpty();
    }

    @Test
    void the_scan_catches_literal_text_and_lets_keys_and_symbols_pass() {
        assertThat(literalsIn("x.java", "label.setText(\"Hello world\");")).hasSize(1);
        assertThat(literalsIn("x.java", "new Button(\"Play\")")).hasSize(1);
        assertThat(literalsIn("x.java", "Controls.tip(node, \"Drag me\");")).hasSize(1);
        assertThat(literalsIn("x.java", "gc.fillText(\"loss\", x, y);")).hasSize(1);
        assertThat(literalsIn("x.java", "label.setText(count + \" steps\");")).hasSize(1);
        assertThat(literalsIn("x.java", "label.setText(m.get(\"probe.title\"));")).isEmpty();
        assertThat(literalsIn("x.java", "new Button(\"×10\")")).isEmpty();
        assertThat(literalsIn("x.java", "label.setText(\"\");")).isEmpty();
        assertThat(literalsIn("x.java", "new Label(\"Demo\"); // literal-ok: a test fixture")).isEmpty();
        assertThat(literalsIn("x.java", "label.setText(m.get(k) + \" more\");")).hasSize(1);
        assertThat(literalsIn("x.java", "label.setText(flag ? \"Play\" : \"Pause\");")).hasSize(2);
        assertThat(literalsIn("x.java", "x.textProperty().bind(Bindings.concat(\"Step \", n));")).hasSize(1);
        assertThat(literalsIn("x.java", "new Label(String.format(\"%d steps\", n));")).hasSize(1);
        assertThat(literalsIn("x.java", "label.setText(m.format(\"classifier.step\", \"0\"));")).isEmpty();
        assertThat(literalsIn("x.java", "label.setText(String.valueOf(n) + \" steps\");")).hasSize(1);
    }

    private static List<String> literals(Path file) throws IOException {
        return literalsIn(MAIN.relativize(file).toString(), Files.readString(file, StandardCharsets.UTF_8));
    }

    /** Whether the text up to a literal leaves it inside the parentheses of a get(…) or format(…) call. */
    static boolean insideKeyCall(String before) {
        java.util.Deque<Boolean> calls = new java.util.ArrayDeque<>();
        boolean inString = false;
        for (int i = 0; i < before.length(); i++) {
            char c = before.charAt(i);
            if (c == '"' && (i == 0 || before.charAt(i - 1) != '\\')) {
                inString = !inString;
            } else if (!inString && c == '(') {
                calls.push(KEY_CALL.matcher(before.substring(0, i)).find());
            } else if (!inString && c == ')' && !calls.isEmpty()) {
                calls.pop();
            }
        }
        return calls.contains(Boolean.TRUE);
    }

    static List<String> literalsIn(String name, String source) {
        List<String> found = new ArrayList<>();
        String[] lines = source.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.strip().startsWith("//") || line.strip().startsWith("*") || line.contains("literal-ok:")) {
                continue;
            }
            Matcher call = SHOWN.matcher(line);
            if (!call.find()) {
                continue;
            }
            String args = line.substring(call.end());
            Matcher lit = LITERAL.matcher(args);
            while (lit.find()) {
                boolean key = insideKeyCall(args.substring(0, lit.start())) || lit.group(1).startsWith("-fx-");
                if (!key && WORD.matcher(lit.group(1)).find()) {
                    found.add(name + ":" + (i + 1) + ": \"" + lit.group(1) + "\"");
                }
            }
        }
        return found;
    }
}
