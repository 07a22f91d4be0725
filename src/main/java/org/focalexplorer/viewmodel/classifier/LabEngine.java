package org.focalexplorer.viewmodel.classifier;

import org.focalexplorer.toy.StepOutcome;

/**
 * What the {@link TrainingLoop} drives: a trainer of one lab (the binary side-by-side trainer, the multi-class
 * trainer). Every method but {@link #setParams} runs on the training thread; {@code setParams} comes from the
 * UI thread and must never block (the trainers publish one immutable value that the next step reads).
 *
 * @param <S> the settings that define a run (a change restarts it)
 * @param <P> the loss parameters that change while it trains (α, γ, an α vector)
 * @param <T> the snapshot a frame is built from
 */
public interface LabEngine<S, P, T> {
    /** Creates the trainer, or restarts it with new settings, training with {@code params}. */
    void start(S settings, P params);

    /** Whether {@link #start} has run. */
    boolean started();

    /** Back to the initial weights with the same settings, training with {@code params}. */
    void restart(P params);

    /** From the next step on (never blocks; ignored before {@link #start}). */
    void setParams(P params);

    StepOutcome step(int n);

    /** The current state, everything computed for the current weights. */
    T snapshot();

    /**
     * The snapshot for a frame while the lab plays: may take the test-set figures of some models from a
     * recent step (each model's own step is in the snapshot) to keep the frame rate; by default {@link #snapshot()}.
     */
    default T liveSnapshot() {
        return snapshot();
    }
}
