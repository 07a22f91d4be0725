package org.focalexplorer.loss;

import java.util.Arrays;

/**
 * Input checks. Every message names the parameter, the offending value and, for arrays, the index,
 * because a user who typed a bad number should be able to find it without a debugger.
 */
final class Require {
    private Require() {}

    static void finite(String name, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " = " + value + ": must be a finite number");
        }
    }

    static void allFinite(String name, Tensor t) {
        double[] d = t.data();
        for (int i = 0; i < d.length; i++) {
            if (!Double.isFinite(d[i])) {
                throw new IllegalArgumentException(
                        name + Shapes.indexText(t.shape(), i) + " = " + d[i] + ": must be a finite number");
            }
        }
    }

    static void probability(String name, double value) {
        if (!(value >= 0.0 && value <= 1.0)) {
            throw new IllegalArgumentException(name + " = " + value + ": must be in [0, 1]");
        }
    }

    static void gamma(double gamma) {
        if (!(gamma >= 0.0) || Double.isInfinite(gamma)) {
            throw new IllegalArgumentException("gamma = " + gamma + ": must be a finite number >= 0");
        }
    }

    static void targetsInUnitInterval(String name, Tensor t) {
        double[] d = t.data();
        for (int i = 0; i < d.length; i++) {
            if (!(d[i] >= 0.0 && d[i] <= 1.0)) {
                throw new IllegalArgumentException(
                        name + Shapes.indexText(t.shape(), i) + " = " + d[i] + ": must be in [0, 1]");
            }
        }
    }

    static void sameShape(String aName, int[] a, String bName, int[] b) {
        if (!Arrays.equals(a, b)) {
            throw new IllegalArgumentException(aName + " shape " + Arrays.toString(a) + " does not match "
                    + bName + " shape " + Arrays.toString(b));
        }
    }

    static void nonNegativeVector(String name, double[] v, int expectedLength) {
        if (v.length != expectedLength) {
            throw new IllegalArgumentException(
                    name + " has length " + v.length + " but there are " + expectedLength + " classes");
        }
        for (int i = 0; i < v.length; i++) {
            if (!(v[i] >= 0.0) || Double.isInfinite(v[i])) {
                throw new IllegalArgumentException(name + "[" + i + "] = " + v[i] + ": must be a finite number >= 0");
            }
        }
    }

    static void labels(String name, LabelTensor labels, int numClasses, Integer ignoreIndex) {
        int[] d = labels.data();
        for (int i = 0; i < d.length; i++) {
            int y = d[i];
            if ((y < 0 || y >= numClasses) && (ignoreIndex == null || y != ignoreIndex)) {
                throw new IllegalArgumentException(name + Shapes.indexText(labels.shape(), i) + " = " + y
                        + ": must be a class in [0, " + numClasses + ")"
                        + (ignoreIndex == null ? "" : " or ignore_index " + ignoreIndex));
            }
        }
    }
}
