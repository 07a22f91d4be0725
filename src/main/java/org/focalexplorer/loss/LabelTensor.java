package org.focalexplorer.loss;

import java.util.Arrays;

/** Integer class labels with a shape, row-major (torch's int64 targets of cross-entropy). */
public record LabelTensor(int[] shape, int[] data) {

    public LabelTensor {
        if (shape == null || data == null) {
            throw new IllegalArgumentException("shape and data must not be null");
        }
        long n = Shapes.size(shape, "target shape");
        if (n != data.length) {
            throw new IllegalArgumentException(
                    "target shape " + Arrays.toString(shape) + " needs " + n + " labels but data has " + data.length);
        }
    }

    public static LabelTensor vector(int... labels) {
        return new LabelTensor(new int[] {labels.length}, labels);
    }

    public int size() {
        return data.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LabelTensor t && Arrays.equals(shape, t.shape) && Arrays.equals(data, t.data);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(shape) + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "LabelTensor" + Arrays.toString(shape);
    }
}
