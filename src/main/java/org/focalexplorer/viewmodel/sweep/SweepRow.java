package org.focalexplorer.viewmodel.sweep;

import org.focalexplorer.analysis.sweep.SweepResult;

/**
 * One row of the sweep's table as shown: the cell, the toy's AP (mean ± sd over the seeds run so far) and
 * the paper's COCO AP for the same (γ, α) where its Table 1b has one.
 */
public record SweepRow(String gamma, String alpha, String ap, String paperAp, SweepResult result) {}
