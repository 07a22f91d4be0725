package org.focalexplorer.golden;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Reads the golden files copied into src/test/resources/golden (the project never reads ../shared). */
final class Golden {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Golden() {}

    static JsonNode load(String resource) {
        try (InputStream in = Golden.class.getResourceAsStream("/golden/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource golden/" + resource);
            }
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static double toDouble(JsonNode n) {
        if (n.isNumber()) {
            return n.doubleValue();
        }
        switch (n.asText()) {
            case "NaN": return Double.NaN;
            case "Infinity": return Double.POSITIVE_INFINITY;
            case "-Infinity": return Double.NEGATIVE_INFINITY;
            default: throw new IllegalArgumentException("not a number: " + n);
        }
    }

    /** A number or nested list, flattened row-major. */
    static double[] flat(JsonNode n) {
        List<Double> out = new ArrayList<>();
        flatten(n, out);
        double[] a = new double[out.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = out.get(i);
        }
        return a;
    }

    private static void flatten(JsonNode n, List<Double> out) {
        if (n.isArray()) {
            for (JsonNode c : n) {
                flatten(c, out);
            }
        } else {
            out.add(toDouble(n));
        }
    }

    static int[] shape(JsonNode n) {
        int[] s = new int[n.size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = n.get(i).intValue();
        }
        return s;
    }

    /** The suite's tolerance where the reference is exact: |a − b| ≤ 1e-12 + 1e-9·|b|; NaN matches NaN. */
    static boolean close(double ours, double ref) {
        if (Double.isNaN(ref) || Double.isInfinite(ref)) {
            return Double.compare(ours, ref) == 0 || (Double.isNaN(ours) && Double.isNaN(ref));
        }
        return Math.abs(ours - ref) <= 1e-12 + 1e-9 * Math.abs(ref);
    }

    /** The exact files' measure: |ours − exact| / max(|exact|, smallest normal double). */
    static double relativeError(double ours, double exact) {
        return Math.abs(ours - exact) / Math.max(Math.abs(exact), Double.MIN_NORMAL);
    }
}
