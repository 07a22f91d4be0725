package org.focalexplorer.toy;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The network: 2 inputs, the hidden layers, 1 logit. No hidden layers = logistic regression.
 *
 * @param hidden     widths of the hidden layers (empty for logistic regression)
 * @param activation activation of the hidden layers (ignored without hidden layers)
 * @param priorInit  the paper's initialisation of the output bias, b = −log((1 − π)/π), so that every
 *                   point starts at p ≈ π; otherwise b = 0 (p ≈ 0.5, where the many negatives swamp the
 *                   first steps)
 * @param prior      π, in (0, 1); the paper uses 0.01
 */
public record ModelSpec(List<Integer> hidden, Activation activation, boolean priorInit, double prior) {

    public static final int MAX_HIDDEN_LAYERS = 4;
    public static final int MAX_WIDTH = 128;
    public static final double PAPER_PRIOR = 0.01;

    public ModelSpec {
        if (hidden == null || activation == null) {
            throw new IllegalArgumentException("hidden and activation must not be null");
        }
        hidden = List.copyOf(hidden);
        if (hidden.size() > MAX_HIDDEN_LAYERS) {
            throw new IllegalArgumentException("hidden layers = " + hidden.size() + ": at most " + MAX_HIDDEN_LAYERS);
        }
        for (int w : hidden) {
            if (w < 1 || w > MAX_WIDTH) {
                throw new IllegalArgumentException("hidden width = " + w + ": must be in [1, " + MAX_WIDTH + "]");
            }
        }
        if (!(prior > 0.0 && prior < 1.0)) {
            throw new IllegalArgumentException("prior = " + prior + ": must be in (0, 1)");
        }
    }

    public static ModelSpec logistic(boolean priorInit) {
        return new ModelSpec(List.of(), Activation.TANH, priorInit, PAPER_PRIOR);
    }

    public static ModelSpec mlp(Activation activation, boolean priorInit, int... widths) {
        return new ModelSpec(java.util.Arrays.stream(widths).boxed().toList(), activation, priorInit, PAPER_PRIOR);
    }

    /** 2-16-16-1 tanh with the prior initialisation. */
    public static ModelSpec defaults() {
        return mlp(Activation.TANH, true, 16, 16);
    }

    public boolean isLogistic() {
        return hidden.isEmpty();
    }

    /** The initial output bias: −log((1 − π)/π) with the prior initialisation, else 0. */
    public double initialOutputBias() {
        return priorInit ? -Math.log((1.0 - prior) / prior) : 0.0;
    }

    /** Layer sizes from input to output, e.g. {@code [2, 16, 16, 1]}. */
    public int[] layerSizes() {
        int[] sizes = new int[hidden.size() + 2];
        sizes[0] = 2;
        for (int i = 0; i < hidden.size(); i++) {
            sizes[i + 1] = hidden.get(i);
        }
        sizes[sizes.length - 1] = 1;
        return sizes;
    }

    /** "logistic" or e.g. "mlp 2-16-16-1 tanh". */
    public String describe() {
        if (isLogistic()) {
            return "logistic";
        }
        return "mlp 2-" + hidden.stream().map(String::valueOf).collect(Collectors.joining("-")) + "-1 " + activation.id();
    }

    public ModelSpec withPriorInit(boolean on) {
        return new ModelSpec(hidden, activation, on, prior);
    }
}
