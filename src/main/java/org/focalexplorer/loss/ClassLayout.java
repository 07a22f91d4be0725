package org.focalexplorer.loss;

import java.util.Arrays;

/**
 * Where the logit of class c at position r lives in a [B, C, X1, …] tensor whose labels are [B, X1, …].
 * Positions are numbered b-major, then spatially — the order of the seed's
 * {@code permute(0, 2, …, 1).reshape(-1, C)}.
 */
record ClassLayout(int batch, int classes, int spatial) {

    static ClassLayout of(Tensor logits, LabelTensor labels) {
        int[] s = logits.shape();
        if (s.length < 2) {
            throw new IllegalArgumentException("logits shape " + Arrays.toString(s) + ": expected [N, C, ...] with a class dimension");
        }
        int[] expected = Shapes.dropDim(s, 1);
        if (!Arrays.equals(expected, labels.shape())) {
            throw new IllegalArgumentException("targets shape " + Arrays.toString(labels.shape())
                    + " does not match logits shape " + Arrays.toString(s) + " (expected " + Arrays.toString(expected) + ")");
        }
        int spatial = 1;
        for (int i = 2; i < s.length; i++) {
            spatial *= s[i];
        }
        return new ClassLayout(s[0], s[1], spatial);
    }

    int offset(int position, int c) {
        int b = position / spatial;
        int sp = position - b * spatial;
        return (b * classes + c) * spatial + sp;
    }
}
