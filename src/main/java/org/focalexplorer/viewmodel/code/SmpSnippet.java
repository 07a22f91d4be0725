package org.focalexplorer.viewmodel.code;

import org.focalexplorer.settings.CodeVariant;
import java.util.Locale;

/**
 * segmentation_models_pytorch {@code FocalLoss(mode, alpha, gamma, ..., reduction)}. Its semantics
 * (golden/README.md): {@code alpha=None} means no α; a negative alpha really multiplies (there is no
 * sentinel); multiclass is one-vs-rest, Σ over classes of the binary loss, and its "mean" averages the class
 * sums over positions.
 */
final class SmpSnippet {
    private SmpSnippet() {}

    static String code(CodeSettings s, String inputsComment) {
        boolean byPositives = s.dividesByPositives();
        StringBuilder sb = new StringBuilder();
        sb.append("from segmentation_models_pytorch.losses import FocalLoss\n\n");
        sb.append(new PythonCall("loss_fn = FocalLoss")
                .kw("mode", PythonCall.str(mode(s.variant())))
                .kw("alpha", s.alphaEnabled() ? PythonLiteral.of(s.alpha()) : "None")
                .kw("gamma", PythonLiteral.of(s.gamma()))
                .kw("reduction", PythonCall.str(byPositives ? "sum" : s.reduction().id()))
                .text());
        sb.append(PythonComment.lines(inputsComment, ""));
        sb.append("loss = loss_fn(logits, targets)\n");
        if (byPositives) {
            sb.append(TorchPositives.DIVIDE);
        }
        return sb.toString();
    }

    private static String mode(CodeVariant v) {
        return switch (v) {
            case SMP_BINARY -> "binary";
            case SMP_MULTILABEL -> "multilabel";
            case SMP_MULTICLASS -> "multiclass";
            default -> throw new IllegalArgumentException("not an smp variant: " + v.name().toLowerCase(Locale.ROOT));
        };
    }
}
