package org.focalexplorer.viewmodel.code;

import org.focalexplorer.loss.Reduction;

/**
 * Keras 3 {@code BinaryFocalCrossentropy} and {@code CategoricalFocalCrossentropy}.
 *
 * <p>What the mapping relies on (Keras 3 documentation and source):
 * <ul>
 *   <li>https://keras.io/api/losses/probabilistic_losses/ and
 *       https://www.tensorflow.org/api_docs/python/tf/keras/losses/BinaryFocalCrossentropy :
 *       {@code BinaryFocalCrossentropy(apply_class_balancing=False, alpha=0.25, gamma=2.0, from_logits=False,
 *       label_smoothing=0.0, axis=-1, reduction="sum_over_batch_size")}; alpha is used only if
 *       {@code apply_class_balancing=True}, and then weighs class 1 by alpha and class 0 by 1 − alpha.</li>
 *   <li>https://github.com/keras-team/keras/blob/master/keras/src/losses/losses.py ({@code binary_focal_crossentropy}):
 *       sigmoid, then a BCE on probabilities clipped to [ε, 1 − ε] (ε = 1e-7), the linear
 *       p_t = y·p + (1 − y)(1 − p), and finally {@code ops.mean(..., axis=-1)} — the snippet reshapes to
 *       (N, 1) so that this mean is the identity and "sum" really sums every element.</li>
 *   <li>https://www.tensorflow.org/api_docs/python/tf/keras/losses/CategoricalFocalCrossentropy and the same
 *       source ({@code categorical_focal_crossentropy}): {@code alpha=0.25, gamma=2.0}, alpha a scalar or one
 *       float per class, multiplied into every class term; one-hot targets; there is no switch to turn alpha
 *       off and no division by Σ α_y: "sum_over_batch_size" divides by the number of rows.</li>
 * </ul>
 */
final class KerasSnippet {
    private KerasSnippet() {}

    static String binary(CodeSettings s, String inputsComment) {
        boolean byPositives = s.dividesByPositives();
        StringBuilder sb = new StringBuilder(IMPORTS);
        PythonCall call = new PythonCall("loss_fn = keras.losses.BinaryFocalCrossentropy")
                .kw("apply_class_balancing", s.alphaEnabled() ? "True" : "False");
        if (s.alphaEnabled()) {
            call.kw("alpha", PythonLiteral.of(s.alpha()));
        }
        call.kw("gamma", PythonLiteral.of(s.gamma()))
                .kw("from_logits", "True")
                .kw("reduction", reduction(byPositives ? Reduction.SUM : s.reduction()));
        sb.append(call.text());
        sb.append(PythonComment.lines(inputsComment, ""));
        sb.append("loss = loss_fn(ops.reshape(targets, (-1, 1)), ops.reshape(logits, (-1, 1)))\n");
        if (byPositives) {
            sb.append("num_pos = ops.sum(ops.cast(ops.equal(targets, 1), loss.dtype))\n");
            sb.append("loss = loss / ops.maximum(num_pos, 1)\n");
        }
        return sb.toString();
    }

    static String categorical(CodeSettings s, String inputsComment) {
        // Keras divides by the number of rows; the α-vector loss divides by Σ α_y, so sum and divide here.
        boolean divideByAlpha = s.alphaEnabled() && s.reduction() == Reduction.MEAN;
        StringBuilder sb = new StringBuilder(IMPORTS);
        int classes = s.alphaVector().length;
        if (s.alphaEnabled()) {
            sb.append("alpha = ").append(PythonLiteral.list(s.alphaVector())).append("\n\n");
        }
        sb.append(new PythonCall("loss_fn = keras.losses.CategoricalFocalCrossentropy")
                .kw("alpha", s.alphaEnabled() ? "alpha" : "1.0")
                .kw("gamma", PythonLiteral.of(s.gamma()))
                .kw("from_logits", "True")
                .kw("reduction", reduction(divideByAlpha ? Reduction.SUM : s.reduction()))
                .text());
        sb.append(PythonComment.lines(inputsComment, ""));
        sb.append("loss = loss_fn(ops.one_hot(labels, ").append(classes).append("), logits)\n");
        if (divideByAlpha) {
            sb.append("loss = loss / ops.sum(ops.take(ops.array(alpha), labels))\n");
        }
        return sb.toString();
    }

    private static final String IMPORTS = "import keras\nfrom keras import ops\n\n";

    private static String reduction(Reduction r) {
        return switch (r) {
            case MEAN -> PythonCall.str("sum_over_batch_size");
            case SUM -> PythonCall.str("sum");
            default -> "None";
        };
    }
}
