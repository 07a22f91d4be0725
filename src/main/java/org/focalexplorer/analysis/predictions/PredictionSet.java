package org.focalexplorer.analysis.predictions;

import java.util.List;
import java.util.Objects;

/**
 * A loaded file of predictions, immutable: for every kept row its class y and the logit of its true class
 * x_t, so that p_t = σ(x_t) whatever the kind of data.
 * <ul>
 *   <li>binary (C = 2, class 1 = positive): x_t = x for a positive, −x for a negative;</li>
 *   <li>multi-class softmax: x_t = x_y − log Σ_{k≠y} e^{x_k}, for which p_y = σ(x_t) exactly — every
 *       loss here is then the binary focal kernel of x_t (see the loss core's SoftmaxRow).</li>
 * </ul>
 *
 * @param source      the file's name, for messages
 * @param binary      sigmoid (one score per row) or softmax (C scores per row)
 * @param classNames  one name per class (binary: negative, positive)
 * @param margins     x_t of each row
 * @param labels      y of each row, in [0, C)
 * @param summary     how the file was read
 */
public record PredictionSet(String source, boolean binary, List<String> classNames, CompactDoubles margins,
        ClassLabels labels, LoadSummary summary) {

    public PredictionSet {
        Objects.requireNonNull(source, "source");
        classNames = List.copyOf(classNames);
        if (classNames.size() < 2 || (binary && classNames.size() != 2)) {
            throw new IllegalArgumentException("classes = " + classNames.size() + ": binary needs 2, multi-class at least 2");
        }
        if (margins.size() != labels.size()) {
            throw new IllegalArgumentException(margins.size() + " margins but " + labels.size() + " labels");
        }
    }

    public int rows() {
        return margins.size();
    }

    public int classes() {
        return classNames.size();
    }

    /** x_t of row i. */
    public double margin(int i) {
        return margins.get(i);
    }

    public int label(int i) {
        return labels.get(i);
    }

    /** The examples of each class. */
    public long[] classCounts() {
        long[] counts = new long[classes()];
        for (int i = 0; i < rows(); i++) {
            counts[labels.get(i)]++;
        }
        return counts;
    }

    /** Bytes held by the columns (what grows with N). */
    public long bytes() {
        return margins.bytes() + labels.bytes();
    }
}
