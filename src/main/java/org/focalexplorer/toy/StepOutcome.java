package org.focalexplorer.toy;

import java.util.Optional;

/**
 * What a call of {@link SideBySideTrainer#step(int)} did.
 *
 * @param stepsRun   steps completed by this call (fewer than asked if training diverged or was paused)
 * @param step       the number of completed steps since the last reset
 * @param divergence why training is paused, if it is
 */
public record StepOutcome(int stepsRun, long step, Optional<Divergence> divergence) {
    public boolean diverged() {
        return divergence.isPresent();
    }
}
