package org.focalexplorer.analysis.predictions;

import java.util.Arrays;

/** An immutable column of class indices in [0, C), one byte each for C ≤ 127, two bytes up to 32,767 classes. */
public final class ClassLabels {
    /** The most classes a set may have. */
    public static final int MAX_CLASSES = Short.MAX_VALUE;

    private final byte[] bytes;
    private final short[] shorts;

    private ClassLabels(byte[] bytes, short[] shorts) {
        this.bytes = bytes;
        this.shorts = shorts;
    }

    /** Takes ownership of {@code labels}, each a class in [0, C) for the set it will go to. */
    public static ClassLabels ofBytes(byte[] labels) {
        return new ClassLabels(labels, null);
    }

    public int size() {
        return bytes != null ? bytes.length : shorts.length;
    }

    public int get(int i) {
        return bytes != null ? bytes[i] : shorts[i];
    }

    public long bytes() {
        return bytes != null ? bytes.length : 2L * shorts.length;
    }

    /** Grows in chunks like {@link CompactDoubles.Builder}. */
    public static final class Builder {
        private static final int CHUNK = 1 << 20;
        private final boolean wide;
        private byte[][] byteChunks = new byte[8][];
        private short[][] shortChunks = new short[8][];
        private int chunks;
        private int fill = CHUNK;
        private long size;

        public Builder(int classes) {
            if (classes < 1 || classes > MAX_CLASSES) {
                throw new IllegalArgumentException("classes = " + classes + ": must be in [1, " + MAX_CLASSES + "]");
            }
            this.wide = classes > Byte.MAX_VALUE;
        }

        public void add(int label) {
            if (fill == CHUNK) {
                if (chunks == byteChunks.length) {
                    byteChunks = Arrays.copyOf(byteChunks, chunks * 2);
                    shortChunks = Arrays.copyOf(shortChunks, chunks * 2);
                }
                if (wide) {
                    shortChunks[chunks++] = new short[CHUNK];
                } else {
                    byteChunks[chunks++] = new byte[CHUNK];
                }
                fill = 0;
            }
            if (wide) {
                shortChunks[chunks - 1][fill++] = (short) label;
            } else {
                byteChunks[chunks - 1][fill++] = (byte) label;
            }
            size++;
        }

        /** Appends every label of {@code other} (same width, which stays as it is), in order, in bulk. */
        public void addAll(Builder other) {
            if (other.wide != wide) {
                throw new IllegalArgumentException("labels of another width");
            }
            for (int c = 0; c < other.chunks; c++) {
                int n = c == other.chunks - 1 ? other.fill : CHUNK;
                for (int i = 0; i < n;) {
                    if (fill == CHUNK) {
                        add(other.wide ? other.shortChunks[c][i] : other.byteChunks[c][i]); // opens a chunk
                        i++;
                        continue;
                    }
                    int m = Math.min(n - i, CHUNK - fill);
                    if (wide) {
                        System.arraycopy(other.shortChunks[c], i, shortChunks[chunks - 1], fill, m);
                    } else {
                        System.arraycopy(other.byteChunks[c], i, byteChunks[chunks - 1], fill, m);
                    }
                    fill += m;
                    size += m;
                    i += m;
                }
            }
        }

        public ClassLabels build() {
            int n = (int) size;
            if (wide) {
                short[] out = new short[n];
                for (int c = 0; c < chunks; c++) {
                    System.arraycopy(shortChunks[c], 0, out, c * CHUNK, Math.min(CHUNK, n - c * CHUNK));
                }
                return new ClassLabels(null, out);
            }
            byte[] out = new byte[n];
            for (int c = 0; c < chunks; c++) {
                System.arraycopy(byteChunks[c], 0, out, c * CHUNK, Math.min(CHUNK, n - c * CHUNK));
            }
            return new ClassLabels(out, null);
        }
    }
}
