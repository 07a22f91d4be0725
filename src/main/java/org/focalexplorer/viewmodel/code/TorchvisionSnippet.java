package org.focalexplorer.viewmodel.code;

/**
 * {@code torchvision.ops.sigmoid_focal_loss}. Its semantics (golden/README.md, torchvision 0.14.1): any
 * alpha &lt; 0 disables α (None raises a TypeError), so "α off" is {@code alpha=-1}; {@code "mean"} divides by
 * every element, so the paper's normalisation sums and divides by the number of positives itself.
 */
final class TorchvisionSnippet {
    private TorchvisionSnippet() {}

    static String code(CodeSettings s, String inputsComment) {
        boolean byPositives = s.dividesByPositives();
        StringBuilder sb = new StringBuilder();
        sb.append("import torch\n");
        sb.append("from torchvision.ops import sigmoid_focal_loss\n\n");
        sb.append(PythonComment.lines(inputsComment, ""));
        sb.append(new PythonCall("loss = sigmoid_focal_loss")
                .arg("logits")
                .arg("targets")
                .kw("alpha", s.alphaEnabled() ? PythonLiteral.of(s.alpha()) : "-1")
                .kw("gamma", PythonLiteral.of(s.gamma()))
                .kw("reduction", PythonCall.str(byPositives ? "sum" : s.reduction().id()))
                .text());
        if (byPositives) {
            sb.append(TorchPositives.DIVIDE);
        }
        return sb.toString();
    }
}
