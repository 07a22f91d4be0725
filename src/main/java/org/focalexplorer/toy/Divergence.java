package org.focalexplorer.toy;

import java.util.List;

/**
 * Training stopped because a step produced a value that is not finite, or a loss that exploded (see
 * {@link Cause#LOSS_EXPLODED}). The step was not applied: both models keep the weights after step
 * {@code step − 1}, and training stays paused until a reset.
 *
 * @param step    the 1-based step that failed
 * @param models  the models in which it failed (at least one)
 * @param cause   what went wrong, in the first failing model
 * @param value   the offending value (NaN or ±∞; for an exploded loss the finite loss)
 * @param limit   for an exploded loss the bound it crossed ({@link ExplodingLoss}); NaN otherwise
 * @param message an English sentence for logs and the command line; a UI builds its own from the fields
 */
public record Divergence(long step, List<ModelRole> models, Cause cause, double value, double limit, String message) {

    public Divergence {
        models = List.copyOf(models);
    }

    public enum Cause {
        /** A logit of the network became NaN or ∞, so the loss is undefined. */
        OUTPUT_NOT_FINITE("the network's output (a logit) became"),
        /** The batch loss became NaN or ∞. */
        LOSS_NOT_FINITE("the loss became"),
        /** A gradient entry became NaN or ∞. */
        GRADIENT_NOT_FINITE("a gradient became"),
        /** The update would have made a weight NaN or ∞. */
        WEIGHTS_NOT_FINITE("the update would have made a weight"),
        /**
         * The batch loss is finite but more than {@link ExplodingLoss#FACTOR} times what a network that
         * answers p = 0.5 everywhere would score: the weights were thrown far off (the loss would jump by
         * orders of magnitude and fall back without ever becoming NaN or ∞).
         */
        LOSS_EXPLODED("the loss exploded to");

        private final String phrase;

        Cause(String phrase) {
            this.phrase = phrase;
        }

        String phrase() {
            return phrase;
        }
    }

    static Divergence of(long step, List<ModelRole> models, List<String> labels, Cause cause, double value,
            double limit, OptimizerSpec optimizer, ModelSpec model) {
        StringBuilder who = new StringBuilder();
        for (int i = 0; i < labels.size(); i++) {
            who.append(i == 0 ? "" : " and ").append(labels.get(i));
        }
        String v = cause == Cause.LOSS_EXPLODED
                ? String.format(java.util.Locale.ROOT, "%.4g, more than %.0f times the %.4g of a network that answers 0.5 everywhere",
                        value, ExplodingLoss.FACTOR, limit / ExplodingLoss.FACTOR)
                : Double.isNaN(value) ? "NaN" : value > 0 ? "+∞" : "−∞";
        String hint = "a smaller learning rate (now " + optimizer.learningRate() + ")"
                + (model.priorInit() ? "" : " or the prior-probability initialisation");
        String message = "Training diverged at step " + step + ": in the " + who + " model"
                + (labels.size() > 1 ? "s" : "") + ", " + cause.phrase() + " " + v + ". Training is paused with the weights after step "
                + (step - 1) + "; " + hint + " usually prevents this. Reset to start again.";
        return new Divergence(step, models, cause, value, cause == Cause.LOSS_EXPLODED ? limit : Double.NaN, message);
    }
}
