package org.focalexplorer.viewmodel.code;

/** The paper's normalisation in PyTorch: the summed loss over the number of positives, at least 1. */
final class TorchPositives {
    static final String DIVIDE = "num_pos = (targets == 1).sum()\n"
            + "loss = loss / num_pos.clamp(min=1)\n";

    private TorchPositives() {}
}
