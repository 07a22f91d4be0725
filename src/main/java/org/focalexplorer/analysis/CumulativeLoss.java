package org.focalexplorer.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.focalexplorer.loss.BinaryFocalLoss;
import org.focalexplorer.loss.BinaryFocalParams;
import org.focalexplorer.loss.Reduction;
import org.focalexplorer.loss.Tensor;
import org.focalexplorer.toy.DoubleSort;
import org.focalexplorer.toy.Predictions;

/**
 * The paper's Figure 4: for each γ, the focal loss of every example of one model's predictions,
 * normalised so that each class's losses sum to 1, examples of each class sorted by loss from the
 * smallest; the curve is the cumulative normalised loss against the fraction of the class's examples.
 * α drops out (it is constant within a class). Each curve starts at (0, 0), is non-decreasing and ends at
 * (1, 1); a class whose losses are all 0 gets the diagonal (every example carries an equal nothing), a
 * class without examples an empty curve.
 */
public final class CumulativeLoss {
    private CumulativeLoss() {}

    /** The γ values of the paper's figure. */
    public static final double[] PAPER_GAMMAS = {0.0, 0.5, 1.0, 2.0};
    /** Points per curve unless asked otherwise: enough to draw, small enough to send every frame. */
    public static final int DEFAULT_MAX_POINTS = 512;

    /** The curves of one γ. */
    public record Curves(double gamma, Curve positives, Curve negatives) {}

    public static List<Curves> figure4(Predictions p) {
        return figure4(p, PAPER_GAMMAS, DEFAULT_MAX_POINTS);
    }

    /**
     * @param maxPoints the most points per curve (at least 2); the full curve has one point per example
     *                  plus the origin and is sampled at evenly spaced ranks, always keeping both ends
     */
    public static List<Curves> figure4(Predictions p, double[] gammas, int maxPoints) {
        if (maxPoints < 2) {
            throw new IllegalArgumentException("maxPoints = " + maxPoints + ": must be >= 2");
        }
        if (!p.allFinite()) {
            throw new IllegalArgumentException("predictions contain a logit that is not finite");
        }
        // FL decreases in x_t for every γ, so with each class ordered by x_t from the largest (positives: x
        // descending; negatives, x_t = −x: x ascending) every γ's losses come out ascending: one sort of the
        // logits serves all γ (the check in curve() sorts again should rounding ever break the order).
        int nPos = p.positives();
        double[] pos = new double[nPos];
        double[] neg = new double[p.negatives()];
        int a = 0;
        int b = 0;
        for (int i = 0; i < p.size(); i++) {
            if (p.isPositive(i)) {
                pos[a++] = p.logit(i);
            } else {
                neg[b++] = p.logit(i);
            }
        }
        DoubleSort.sort(pos);
        DoubleSort.sort(neg);
        double[] logits = new double[p.size()];
        double[] labels = new double[p.size()];
        for (int i = 0; i < nPos; i++) {
            logits[i] = pos[nPos - 1 - i];
            labels[i] = 1.0;
        }
        System.arraycopy(neg, 0, logits, nPos, neg.length);
        Tensor logitTensor = Tensor.vector(logits);
        Tensor labelTensor = Tensor.vector(labels);
        List<Curves> out = new ArrayList<>();
        for (double gamma : gammas) {
            // element-wise: each example's loss is that of the same (logit, label) pair as in p's order
            double[] losses = BinaryFocalLoss.compute(logitTensor, labelTensor,
                    BinaryFocalParams.torchvision(-1, gamma), Reduction.NONE).loss().data();
            out.add(new Curves(gamma, curve(Arrays.copyOfRange(losses, 0, nPos), maxPoints),
                    curve(Arrays.copyOfRange(losses, nPos, losses.length), maxPoints)));
        }
        return List.copyOf(out);
    }

    private static boolean ascending(double[] a) {
        for (int i = 1; i < a.length; i++) {
            if (a[i] < a[i - 1]) {
                return false;
            }
        }
        return true;
    }

    /** The cumulative normalised loss of one class (the array is sorted in place if it is not sorted yet). */
    static Curve curve(double[] losses, int maxPoints) {
        int n = losses.length;
        if (n == 0) {
            return Curve.empty();
        }
        if (!ascending(losses)) {
            Arrays.sort(losses);
        }
        double[] cumulative = new double[n + 1];
        for (int k = 0; k < n; k++) {
            cumulative[k + 1] = cumulative[k] + losses[k];
        }
        double total = cumulative[n];
        int points = Math.min(n + 1, maxPoints);
        double[] x = new double[points];
        double[] y = new double[points];
        for (int j = 0; j < points; j++) {
            // ranks 0 … n at even spacing; j = 0 → 0, j = points−1 → n
            int k = (int) Math.round((double) j * n / (points - 1));
            x[j] = (double) k / n;
            y[j] = total > 0.0 ? cumulative[k] / total : (double) k / n;
        }
        return new Curve(x, y);
    }
}
