package org.focalexplorer.toy;

import java.util.SplittableRandom;

/**
 * Mini-batch order: consecutive slices of a permutation that is reshuffled (seeded) at every epoch; the
 * last batch of an epoch holds what is left. Full batch when the batch size is 0 or covers the set.
 */
final class BatchSampler {
    private final int batchSize;
    private final int[] order;
    private final SplittableRandom rng;
    private int position;

    BatchSampler(int n, int batchSize, long seed) {
        this.batchSize = batchSize == 0 || batchSize >= n ? n : batchSize;
        this.order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        this.rng = new SplittableRandom(seed);
        this.position = n; // shuffle before the first batch
    }

    boolean fullBatch() {
        return batchSize == order.length;
    }

    int batchSize() {
        return batchSize;
    }

    /** Writes the next batch's indices into {@code out}; returns how many. */
    int next(int[] out) {
        if (position >= order.length) {
            for (int i = order.length - 1; i > 0; i--) {
                int j = rng.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            position = 0;
        }
        int n = Math.min(batchSize, order.length - position);
        System.arraycopy(order, position, out, 0, n);
        position += n;
        return n;
    }
}
