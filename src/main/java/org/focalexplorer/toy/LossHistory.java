package org.focalexplorer.toy;

import java.util.Arrays;

/**
 * Both models' training loss (each under its own objective, on the batch of each step) over the steps.
 * Each point is the mean over {@link #stride()} consecutive steps and is labelled with the last of them;
 * the stride doubles whenever the history fills up, so it stays small however long training runs. The
 * last point may cover fewer steps (those since the last full window). Immutable.
 */
public final class LossHistory {
    private final int stride;
    private final long[] steps;
    private final double[] reference;
    private final double[] focal;

    LossHistory(int stride, long[] steps, double[] reference, double[] focal) {
        this.stride = stride;
        this.steps = steps;
        this.reference = reference;
        this.focal = focal;
    }

    static LossHistory empty() {
        return new LossHistory(1, new long[0], new double[0], new double[0]);
    }

    public int size() {
        return steps.length;
    }

    /** Steps per point. */
    public int stride() {
        return stride;
    }

    public long step(int i) {
        return steps[i];
    }

    public double reference(int i) {
        return reference[i];
    }

    public double focal(int i) {
        return focal[i];
    }

    public double value(ModelRole role, int i) {
        return role == ModelRole.REFERENCE ? reference[i] : focal[i];
    }

    public long[] steps() {
        return steps.clone();
    }

    public double[] values(ModelRole role) {
        return (role == ModelRole.REFERENCE ? reference : focal).clone();
    }

    /** The mutable side, owned by the trainer. */
    static final class Recorder {
        static final int CAPACITY = 1024;
        private final long[] steps = new long[CAPACITY];
        private final double[] reference = new double[CAPACITY];
        private final double[] focal = new double[CAPACITY];
        private int size;
        private int stride = 1;
        private int pending;
        private double pendingReference;
        private double pendingFocal;
        private long pendingStep;

        void add(long step, double ref, double fl) {
            pending++;
            pendingReference += ref;
            pendingFocal += fl;
            pendingStep = step;
            if (pending == stride) {
                if (size == CAPACITY) {
                    halve();
                }
                steps[size] = pendingStep;
                reference[size] = pendingReference / stride;
                focal[size] = pendingFocal / stride;
                size++;
                pending = 0;
                pendingReference = 0;
                pendingFocal = 0;
            }
        }

        /** Merges neighbouring points; a stored point then covers twice as many steps. */
        private void halve() {
            for (int k = 0; k < size / 2; k++) {
                steps[k] = steps[2 * k + 1];
                reference[k] = 0.5 * (reference[2 * k] + reference[2 * k + 1]);
                focal[k] = 0.5 * (focal[2 * k] + focal[2 * k + 1]);
            }
            size /= 2;
            stride *= 2;
        }

        LossHistory snapshot() {
            int n = size + (pending > 0 ? 1 : 0);
            long[] s = Arrays.copyOf(steps, n);
            double[] r = Arrays.copyOf(reference, n);
            double[] f = Arrays.copyOf(focal, n);
            if (pending > 0) {
                s[size] = pendingStep;
                r[size] = pendingReference / pending;
                f[size] = pendingFocal / pending;
            }
            return new LossHistory(stride, s, r, f);
        }
    }
}
