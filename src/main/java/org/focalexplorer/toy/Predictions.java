package org.focalexplorer.toy;

import org.focalexplorer.loss.Numerics;
import org.focalexplorer.loss.Tensor;

/**
 * A model's logits on a labelled set of examples; immutable. Logits rather than probabilities because
 * they keep full precision for confident examples, where σ(x) rounds to 1.
 */
public final class Predictions {
    private final double[] logits;
    private final double[] labels;
    private final int positives;
    /** Every logit finite: checked once, since the arrays never change (several metrics ask). */
    private final boolean allFinite;

    /** Takes ownership of the arrays; labels must be 0.0 or 1.0. */
    Predictions(double[] logits, double[] labels) {
        if (logits.length != labels.length) {
            throw new IllegalArgumentException(logits.length + " logits but " + labels.length + " labels");
        }
        int p = 0;
        for (double t : labels) {
            if (t != 0.0 && t != 1.0) {
                throw new IllegalArgumentException("labels must be 0 or 1, got " + t);
            }
            p += t == 1.0 ? 1 : 0;
        }
        this.logits = logits;
        this.labels = labels;
        this.positives = p;
        boolean finite = true;
        for (double x : logits) {
            finite &= Double.isFinite(x);
        }
        this.allFinite = finite;
    }

    /** Predictions from copies of the arrays (labels 0 or 1). */
    public static Predictions of(double[] logits, double[] labels) {
        return new Predictions(logits.clone(), labels.clone());
    }

    public int size() {
        return logits.length;
    }

    public int positives() {
        return positives;
    }

    public int negatives() {
        return logits.length - positives;
    }

    public double logit(int i) {
        return logits[i];
    }

    /** p = σ(logit): the predicted probability of the positive class. */
    public double probability(int i) {
        return Numerics.sigmoid(logits[i]);
    }

    /** p_t: the probability of the true class, σ(±logit) (no 1 − p subtraction). */
    public double probabilityOfTrueClass(int i) {
        return Numerics.sigmoid(labels[i] == 1.0 ? logits[i] : -logits[i]);
    }

    public boolean isPositive(int i) {
        return labels[i] == 1.0;
    }

    /** The logits themselves, not a copy: for this package's metrics, which only read them. */
    double[] logitArray() {
        return logits;
    }

    /** The labels themselves, not a copy (read only). */
    double[] labelArray() {
        return labels;
    }

    /** p = σ(logit) of every example, one new array. */
    double[] probabilities() {
        double[] p = new double[logits.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = Numerics.sigmoid(logits[i]);
        }
        return p;
    }

    public double[] logits() {
        return logits.clone();
    }

    public double[] labels() {
        return labels.clone();
    }

    /** True if every logit is finite (the loss core refuses others). */
    public boolean allFinite() {
        return allFinite;
    }

    /** The logits as a loss-core tensor (a copy: the core trusts its caller not to mutate). */
    public Tensor logitTensor() {
        return Tensor.vector(logits.clone());
    }

    public Tensor labelTensor() {
        return Tensor.vector(labels.clone());
    }
}
