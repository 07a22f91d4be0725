package org.focalexplorer.loss;

import java.util.Arrays;

/** Shape arithmetic and the index text used in error messages. */
final class Shapes {
    private Shapes() {}

    static long size(int[] shape, String name) {
        long n = 1;
        for (int i = 0; i < shape.length; i++) {
            if (shape[i] < 0) {
                throw new IllegalArgumentException(name + "[" + i + "] = " + shape[i] + ": dimensions must be >= 0");
            }
            n *= shape[i];
            if (n > Integer.MAX_VALUE) {
                throw new IllegalArgumentException(name + " " + Arrays.toString(shape) + " has more than 2^31-1 elements");
            }
        }
        return n;
    }

    /** "[1, 0, 2]" for flat index {@code flat} of {@code shape}; "[]" for a scalar. */
    static String indexText(int[] shape, int flat) {
        if (shape.length <= 1) {
            return shape.length == 0 ? "[]" : "[" + flat + "]";
        }
        int[] idx = new int[shape.length];
        int rest = flat;
        for (int d = shape.length - 1; d >= 0; d--) {
            int dim = Math.max(shape[d], 1);
            idx[d] = rest % dim;
            rest /= dim;
        }
        StringBuilder sb = new StringBuilder("[");
        for (int d = 0; d < idx.length; d++) {
            sb.append(d == 0 ? "" : ", ").append(idx[d]);
        }
        return sb.append(']').toString();
    }

    static int[] dropDim(int[] shape, int dim) {
        int[] out = new int[shape.length - 1];
        for (int i = 0, j = 0; i < shape.length; i++) {
            if (i != dim) {
                out[j++] = shape[i];
            }
        }
        return out;
    }

    static int[] tail(int[] shape) {
        return Arrays.copyOfRange(shape, 1, shape.length);
    }
}
