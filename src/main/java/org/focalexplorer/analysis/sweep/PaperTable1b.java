package org.focalexplorer.analysis.sweep;

import java.util.List;

/**
 * The paper's Table 1b (Lin et al. 2017): the best α for each γ and its AP on COCO minival, RetinaNet with
 * ResNet-50-FPN at 600 pixels. Shown beside the toy's sweep for reference only: a detector on COCO, not
 * this toy.
 */
public final class PaperTable1b {
    /** The rows, in the paper's order. */
    public static final List<SweepCell> CELLS = List.of(new SweepCell(0.0, 0.75), new SweepCell(0.1, 0.75),
            new SweepCell(0.2, 0.75), new SweepCell(0.5, 0.5), new SweepCell(1.0, 0.25), new SweepCell(2.0, 0.25),
            new SweepCell(5.0, 0.25));
    /** AP (COCO, in percent) of each row of {@link #CELLS}. */
    private static final double[] AP = {31.1, 31.4, 31.9, 32.9, 33.7, 34.0, 32.2};

    private PaperTable1b() {}

    /** The paper's AP for this (γ, α), or NaN where the table has no such row. */
    public static double ap(SweepCell c) {
        int i = CELLS.indexOf(c);
        return i < 0 ? Double.NaN : AP[i];
    }
}
