package org.focalexplorer.viewmodel.code;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.StringJoiner;
import org.focalexplorer.text.NumberParser;
import org.focalexplorer.text.NumberText;

/** The α vector as a user types and reads it: numbers separated by commas, semicolons or spaces. */
final class AlphaVectorText {
    private AlphaVectorText() {}

    /** The numbers typed, or empty if one of them is not a number. */
    static Optional<double[]> parse(String typed) {
        String t = typed == null ? "" : typed.strip().replace("[", "").replace("]", "").strip();
        if (t.isEmpty()) {
            return Optional.of(new double[0]);
        }
        String[] parts = t.split("[,;\\s]+");
        double[] v = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            OptionalDouble d = NumberParser.parse(parts[i]);
            if (d.isEmpty()) {
                return Optional.empty();
            }
            v[i] = d.getAsDouble() == 0.0 ? 0.0 : d.getAsDouble(); // no −0
        }
        return Optional.of(v);
    }

    static String format(double[] v) {
        StringJoiner j = new StringJoiner(", ");
        for (double d : v) {
            j.add(NumberText.exact(d));
        }
        return j.toString();
    }

    /** {@code v} cut or extended to {@code n} entries; new classes weigh like the last one. */
    static double[] resize(double[] v, int n) {
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            r[i] = i < v.length ? v[i] : (v.length == 0 ? 1.0 : v[v.length - 1]);
        }
        return r;
    }
}
