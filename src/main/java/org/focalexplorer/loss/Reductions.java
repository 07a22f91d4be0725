package org.focalexplorer.loss;

/** Applying a {@link Reduction} to per-element values, with the gradient weight each element gets. */
final class Reductions {
    private Reductions() {}

    /** The weight of one element in d(sum of the reduced loss)/d(element loss). */
    static double elementWeight(Reduction r, int n) {
        return r == Reduction.MEAN ? 1.0 / n : 1.0;
    }

    /** Reduces {@code values} (laid out in {@code shape}); {@code scale} multiplies every value first. */
    static Tensor reduce(Reduction r, int[] shape, double[] values, double scale) {
        switch (r) {
            case NONE: {
                double[] out = values.clone();
                if (scale != 1.0) {
                    for (int i = 0; i < out.length; i++) {
                        out[i] *= scale;
                    }
                }
                return new Tensor(shape.clone(), out);
            }
            case SUM:
                return Tensor.scalar(CompensatedSum.of(values) * scale);
            case MEAN:
                return Tensor.scalar(CompensatedSum.of(values) * scale / values.length);
            case BATCHWISE_MEAN:
                return sumFirstDim(shape, values, scale);
            default:
                throw new AssertionError(r);
        }
    }

    /** smp's "batchwise_mean" is {@code loss.sum(0)}: a sum over dim 0; for rank ≤ 1 a scalar. */
    private static Tensor sumFirstDim(int[] shape, double[] values, double scale) {
        if (shape.length <= 1) {
            return Tensor.scalar(CompensatedSum.of(values) * scale);
        }
        int[] tail = Shapes.tail(shape);
        int inner = values.length == 0 ? (int) Shapes.size(tail, "shape") : values.length / shape[0];
        double[] out = new double[inner];
        for (int j = 0; j < inner; j++) {
            CompensatedSum s = new CompensatedSum();
            for (int b = 0; b < shape[0]; b++) {
                s.add(values[b * inner + j]);
            }
            out[j] = s.value() * scale;
        }
        return new Tensor(tail, out);
    }
}
