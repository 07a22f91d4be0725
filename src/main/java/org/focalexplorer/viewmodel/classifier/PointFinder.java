package org.focalexplorer.viewmodel.classifier;

import org.focalexplorer.toy.Dataset;

/** Which training point is under the pointer. */
final class PointFinder {
    private PointFinder() {}

    /** The index of the point nearest (x, y) within {@code radius} (data units), or −1. */
    static int nearest(Dataset d, double x, double y, double radius) {
        int best = -1;
        double bestSq = radius * radius;
        for (int i = 0; i < d.size(); i++) {
            double dx = d.x(i) - x;
            double dy = d.y(i) - y;
            double sq = dx * dx + dy * dy;
            if (sq <= bestSq) {
                bestSq = sq;
                best = i;
            }
        }
        return best;
    }
}
