package org.focalexplorer.loss;

/**
 * The paper's FL* (Appendix A): FL* = −log σ(γ x_t + β) / γ = softplus(−(γ x_t + β)) / γ, with
 * x_t = x for y = 1 and −x for y = 0; dFL* / dx_t = −σ(−(γ x_t + β)).
 */
public final class FlStar {
    private FlStar() {}

    public static double loss(double xt, double gamma, double beta) {
        return Numerics.softplus(-Math.fma(gamma, xt, beta)) / gamma;
    }

    public static double gradient(double xt, double gamma, double beta) {
        return -Numerics.sigmoid(-Math.fma(gamma, xt, beta));
    }

    public static LossOutput compute(Tensor logits, Tensor targets, double gamma, double beta, Reduction reduction) {
        checkParams(gamma, beta);
        Require.sameShape("logits", logits.shape(), "targets", targets.shape());
        Require.allFinite("logits", logits);
        double[] x = logits.data();
        double[] t = targets.data();
        for (int i = 0; i < t.length; i++) {
            if (t[i] != 0.0 && t[i] != 1.0) {
                throw new IllegalArgumentException("targets" + Shapes.indexText(targets.shape(), i) + " = " + t[i]
                        + ": FL* is defined for hard targets 0 or 1");
            }
        }
        int n = x.length;
        double[] loss = new double[n];
        double[] grad = new double[n];
        double w = Reductions.elementWeight(reduction, n);
        for (int i = 0; i < n; i++) {
            double sign = t[i] == 1.0 ? 1.0 : -1.0;
            double xt = sign * x[i];
            loss[i] = loss(xt, gamma, beta);
            grad[i] = w * sign * gradient(xt, gamma, beta);
        }
        return new LossOutput(Reductions.reduce(reduction, logits.shape(), loss, 1.0), new Tensor(logits.shape().clone(), grad));
    }

    static void checkParams(double gamma, double beta) {
        if (!(gamma > 0.0) || Double.isInfinite(gamma)) {
            throw new IllegalArgumentException("gamma = " + gamma + ": FL* needs a finite gamma > 0");
        }
        Require.finite("beta", beta);
    }
}
