package org.focalexplorer.loss;

import java.util.Arrays;

/**
 * A dense row-major array of doubles with a shape, as torch lays out a contiguous tensor.
 * A scalar has shape {@code []} and one value.
 *
 * <p>The arrays are not copied: the loss core is called on large inputs in tight loops, so a
 * {@code Tensor} trusts its caller not to mutate what it handed over.
 */
public record Tensor(int[] shape, double[] data) {

    public Tensor {
        if (shape == null || data == null) {
            throw new IllegalArgumentException("shape and data must not be null");
        }
        long n = Shapes.size(shape, "shape");
        if (n != data.length) {
            throw new IllegalArgumentException(
                    "shape " + Arrays.toString(shape) + " needs " + n + " values but data has " + data.length);
        }
    }

    public static Tensor scalar(double value) {
        return new Tensor(new int[0], new double[] {value});
    }

    public static Tensor vector(double... values) {
        return new Tensor(new int[] {values.length}, values);
    }

    public int size() {
        return data.length;
    }

    public int rank() {
        return shape.length;
    }

    public boolean isScalar() {
        return shape.length == 0;
    }

    /** The single value of a scalar (or one-element) tensor. */
    public double item() {
        if (data.length != 1) {
            throw new IllegalStateException("item() of a tensor with " + data.length + " values");
        }
        return data[0];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Tensor t && Arrays.equals(shape, t.shape) && Arrays.equals(data, t.data);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(shape) + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "Tensor" + Arrays.toString(shape) + (data.length <= 8 ? Arrays.toString(data) : "[" + data.length + " values]");
    }
}
