package org.focalexplorer.io.session;

import java.util.List;

/**
 * The code panel's own options (what the PyTorch/Keras call needs beyond α and γ), as plain ids.
 *
 * <p>A session written before the panel's options were saved has no {@code code} section; it reads as
 * {@link #DEFAULT}.
 *
 * @param framework   one of {@link #FRAMEWORKS}
 * @param variant     one of {@link #VARIANTS} (the explorer checks that it belongs to the framework)
 * @param reduction   one of {@link #REDUCTIONS}
 * @param meanOver    one of {@link #MEAN_OVER}
 * @param targets     one of {@link #TARGETS}
 * @param classes     number of classes of the softmax losses, ≥ 2 (the explorer accepts 2–10)
 * @param alphaVector the α vector the user typed, one weight ≥ 0 per class with a positive sum; empty = it
 *                    follows the app's α ({@link #followsAlpha()})
 */
public record CodeState(String framework, String variant, String reduction, String meanOver, String targets,
        int classes, List<Double> alphaVector) {
    public static final List<String> FRAMEWORKS = List.of("pytorch", "keras");
    public static final List<String> VARIANTS = List.of("torchvision", "smp_binary", "smp_multilabel",
            "smp_multiclass", "softmax_alpha", "keras_binary", "keras_categorical");
    public static final List<String> REDUCTIONS = List.of("mean", "sum", "none");
    public static final List<String> MEAN_OVER = List.of("all_elements", "positives");
    public static final List<String> TARGETS = List.of("hard", "soft");
    /** Far above what the explorer offers; bounds what a file can make us read. */
    public static final int MAX_CLASSES = 1000;
    /** The α vector that follows the app's α. */
    public static final List<Double> FOLLOWS_ALPHA = List.of();
    /** The code panel as the explorer starts. */
    public static final CodeState DEFAULT = new CodeState("pytorch", "torchvision", "mean", "all_elements", "hard", 3,
            FOLLOWS_ALPHA);

    public CodeState {
        Check.choice("code.framework", framework, FRAMEWORKS);
        Check.choice("code.variant", variant, VARIANTS);
        Check.choice("code.reduction", reduction, REDUCTIONS);
        Check.choice("code.mean_over", meanOver, MEAN_OVER);
        Check.choice("code.targets", targets, TARGETS);
        Check.range("code.classes", classes, 2, MAX_CLASSES);
        alphaVector = List.copyOf(Check.present("code.alpha_vector", alphaVector));
        if (!alphaVector.isEmpty()) {
            if (alphaVector.size() != classes) {
                throw new IllegalArgumentException("code.alpha_vector: " + alphaVector.size()
                        + " weights, expected one for each of the " + classes + " classes");
            }
            double sum = 0;
            for (int i = 0; i < alphaVector.size(); i++) {
                double a = Check.finite("code.alpha_vector[" + i + "]", alphaVector.get(i));
                Check.range("code.alpha_vector[" + i + "]", a, 0.0, Double.MAX_VALUE);
                sum += a;
            }
            if (!(sum > 0)) {
                throw new IllegalArgumentException("code.alpha_vector = " + alphaVector + ": the weights must not all be 0");
            }
        }
    }

    /** Whether the α vector follows the app's α rather than being typed. */
    public boolean followsAlpha() {
        return alphaVector.isEmpty();
    }
}
