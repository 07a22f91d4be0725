package org.focalexplorer.viewmodel.classifier;

import org.focalexplorer.viewmodel.text.Messages;

/**
 * The lab's step counter. While the lab plays, a frame may show some models' test-set figures from a few
 * steps back (the trainers' live snapshots evaluate the 20,000 test points for one model per frame); then the
 * counter names the oldest such step too, so no figure passes for newer than it is.
 */
public final class StepText {
    private StepText() {}

    /** "Step 300", or "Step 300 (test-set figures: step 297)" when {@code testStep} is behind. */
    public static String of(Messages m, long step, long testStep) {
        return testStep < step ? m.format("classifier.step.testBehind", String.valueOf(step), String.valueOf(testStep))
                : m.format("classifier.step", String.valueOf(step));
    }
}
