package org.focalexplorer.viewmodel.budget;

/**
 * The four groups of the loss budget, easy/hard × positive/negative, with the population the issue
 * proposes as a start: many easy negatives, some hard negatives, few positives.
 */
public enum BudgetGroup {
    EASY_NEGATIVES(false, 100_000, 0.99),
    HARD_NEGATIVES(false, 1_000, 0.3),
    EASY_POSITIVES(true, 50, 0.8),
    HARD_POSITIVES(true, 50, 0.2);

    private final boolean positive;
    private final long defaultCount;
    private final double defaultPt;

    BudgetGroup(boolean positive, long defaultCount, double defaultPt) {
        this.positive = positive;
        this.defaultCount = defaultCount;
        this.defaultPt = defaultPt;
    }

    public boolean positive() {
        return positive;
    }

    public long defaultCount() {
        return defaultCount;
    }

    public double defaultPt() {
        return defaultPt;
    }

    /** Bundle key of the group's name. */
    public String key() {
        return "budget.group." + name();
    }
}
