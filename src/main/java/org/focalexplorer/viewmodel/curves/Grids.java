package org.focalexplorer.viewmodel.curves;

import org.focalexplorer.settings.XAxis;
import java.util.Arrays;
import org.focalexplorer.loss.FocalCurves;

/**
 * The sample points of the plots.
 *
 * <p>The log-scale grids add a tail of logits up to {@link #TAIL_END}: there CE = softplus(−x_t)
 * is about 10⁻³⁰⁴, so every curve is drawn from its exact values down to the axis floor 10⁻³⁰⁰
 * (on the p_t axis the tail is the drop at p_t = 1, where p_t itself rounds to 1).
 */
public final class Grids {
    public static final double LOGIT_MIN = -10.0;
    public static final double LOGIT_MAX = 10.0;
    public static final double TAIL_END = 700.0;
    /** The paper's Figure 1 family. */
    public static final double[] PAPER_FAMILY = {0.0, 0.5, 1.0, 2.0, 5.0};

    private static final int PROBABILITY_STEPS = 500;
    private static final int LOGIT_POINTS = 401;
    private static final int TAIL_POINTS = 346;

    /** p_t = 0.002 … 0.998 evenly (the linear p_t plots). */
    public static final Grid PROBABILITY = probability();
    /** {@link #PROBABILITY} then logits up to {@link #TAIL_END}. */
    public static final Grid PROBABILITY_WITH_TAIL = withTail(PROBABILITY, "probability+tail");
    /** x_t = −10 … 10 evenly. */
    public static final Grid LOGIT = logits("logit", LOGIT_MIN, LOGIT_MAX, LOGIT_POINTS);
    /** {@link #LOGIT} then logits up to {@link #TAIL_END}. */
    public static final Grid LOGIT_WITH_TAIL = withTail(LOGIT, "logit+tail");

    private Grids() {}

    /** The grid for a plot along {@code axis}; with the tail when the loss axis is logarithmic. */
    public static Grid of(XAxis axis, boolean tail) {
        if (axis == XAxis.PROBABILITY) {
            return tail ? PROBABILITY_WITH_TAIL : PROBABILITY;
        }
        return tail ? LOGIT_WITH_TAIL : LOGIT;
    }

    private static Grid probability() {
        int n = PROBABILITY_STEPS - 1;
        double[] pt = new double[n];
        double[] xt = new double[n];
        for (int i = 0; i < n; i++) {
            pt[i] = (i + 1) / (double) PROBABILITY_STEPS;
            xt[i] = FocalCurves.logitOf(pt[i]);
        }
        return new Grid("probability", xt, pt);
    }

    private static Grid logits(String name, double from, double to, int points) {
        double[] xt = new double[points];
        double[] pt = new double[points];
        for (int i = 0; i < points; i++) {
            xt[i] = from + (to - from) * i / (points - 1);
            pt[i] = FocalCurves.probabilityOf(xt[i]);
        }
        return new Grid(name, xt, pt);
    }

    private static Grid withTail(Grid head, String name) {
        double start = head.xt()[head.size() - 1];
        Grid tail = logits("tail", start, TAIL_END, TAIL_POINTS);
        int n = head.size() + tail.size() - 1; // the tail's first point is the head's last
        double[] xt = Arrays.copyOf(head.xt(), n);
        double[] pt = Arrays.copyOf(head.pt(), n);
        System.arraycopy(tail.xt(), 1, xt, head.size(), tail.size() - 1);
        System.arraycopy(tail.pt(), 1, pt, head.size(), tail.size() - 1);
        return new Grid(name, xt, pt);
    }
}
