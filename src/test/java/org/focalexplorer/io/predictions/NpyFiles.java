package org.focalexplorer.io.predictions;

/** .npy bytes for tests outside this package (the view model's). */
public final class NpyFiles {
    private NpyFiles() {}

    /** A float32 array [N]. */
    public static byte[] floats(double[] values) {
        return Npy.array("<f4", "(" + values.length + ",)", values);
    }

    /** An int64 array [N]. */
    public static byte[] longs(long[] values) {
        double[] d = new double[values.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = values[i];
        }
        return Npy.array("<i8", "(" + values.length + ",)", d);
    }
}
