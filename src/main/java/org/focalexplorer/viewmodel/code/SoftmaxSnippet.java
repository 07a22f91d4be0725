package org.focalexplorer.viewmodel.code;

/**
 * The softmax focal loss with a per-class α vector, as the project's seed implementation defines it:
 * Σ α_y (1 − p_y)^γ (−log p_y) / Σ α_y, which for γ = 0 is {@code F.cross_entropy(weight=α)}. No library
 * ships it, so the snippet writes the function out; "sum" and "none" return the α-weighted sum or rows.
 */
final class SoftmaxSnippet {
    private SoftmaxSnippet() {}

    static String code(CodeSettings s, String inputsComment) {
        StringBuilder sb = new StringBuilder();
        sb.append("import torch\n");
        sb.append("import torch.nn.functional as F\n\n");
        sb.append("alpha = ").append(s.alphaEnabled()
                ? "torch.tensor(" + PythonLiteral.list(s.alphaVector()) + ", dtype=torch.float64)" : "None").append('\n');
        sb.append("gamma = ").append(PythonLiteral.of(s.gamma())).append("\n\n\n");
        sb.append("def softmax_focal_loss(logits, labels, alpha, gamma):\n");
        sb.append(PythonComment.lines(inputsComment, "    "));
        sb.append("    log_pt = F.log_softmax(logits, dim=1).gather(1, labels.unsqueeze(1)).squeeze(1)\n");
        sb.append("    pt = log_pt.exp()\n");
        sb.append("    w = torch.ones_like(log_pt) if alpha is None else alpha.to(log_pt)[labels]\n");
        sb.append("    loss = -w * (1 - pt) ** gamma * log_pt\n");
        sb.append(switch (s.reduction()) {
            case MEAN -> "    return loss.sum() / w.sum()\n";
            case SUM -> "    return loss.sum()\n";
            default -> "    return loss\n";
        });
        sb.append("\n\nloss = softmax_focal_loss(logits, labels, alpha, gamma)\n");
        return sb.toString();
    }
}
