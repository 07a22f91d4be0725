package org.focalexplorer.view.explain;

import java.util.ArrayList;
import java.util.List;

/**
 * A long formula as several lines, broken before each top-level "=" (issue #13: a formula wider than the
 * panel was shrunk until it was unreadable, e.g. the probe at p_t = 1e-12). Only "=" outside braces and
 * environments counts, so a {@code cases} block or a subscript stays whole. The lines are left-aligned in
 * an {@code array}, which JLaTeXMath renders: "FL(0.9)", "= −0.25 · (1 − 0.9)² · log 0.9", "= 2.63×10⁻⁴".
 */
final class FormulaLines {
    private FormulaLines() {}

    /** {@code latex} broken into lines before each top-level "=", or {@code latex} itself if it has none. */
    static String atEquals(String latex) {
        List<String> parts = split(latex);
        if (parts.size() < 2) {
            return latex;
        }
        StringBuilder out = new StringBuilder("\\begin{array}{l}");
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                out.append(" \\\\ = ");
            }
            out.append(parts.get(i).strip());
        }
        return out.append("\\end{array}").toString();
    }

    /** The pieces between top-level "=" signs (depth 0 in braces and in \begin … \end). */
    static List<String> split(String latex) {
        List<String> parts = new ArrayList<>();
        int braces = 0;
        int environments = 0;
        int start = 0;
        for (int i = 0; i < latex.length(); i++) {
            char c = latex.charAt(i);
            if (c == '\\') {
                if (latex.startsWith("\\begin", i)) {
                    environments++;
                } else if (latex.startsWith("\\end", i)) {
                    environments--;
                }
                i++; // an escaped character (\{, \=, \\) is never a brace or a sign
            } else if (c == '{') {
                braces++;
            } else if (c == '}') {
                braces--;
            } else if (c == '=' && braces == 0 && environments == 0) {
                parts.add(latex.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(latex.substring(start));
        if (parts.stream().anyMatch(p -> p.isBlank())) {
            return List.of(latex); // "a = = b" or a leading "=": leave it as written
        }
        return parts;
    }
}
