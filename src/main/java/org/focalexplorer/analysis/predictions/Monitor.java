package org.focalexplorer.analysis.predictions;

import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

/**
 * Progress and cancellation of a long load or analysis, polled once per chunk (about a million values) by
 * the thread doing the work: {@code progress} receives the fraction done in [0, 1], and when
 * {@code cancelled} answers true the work stops with a {@link CancellationException} and returns nothing.
 */
public record Monitor(DoubleConsumer progress, BooleanSupplier cancelled) {
    public static final Monitor NONE = new Monitor(f -> { }, () -> false);

    public Monitor {
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(cancelled, "cancelled");
    }

    /** Reports {@code fraction} (clamped to [0, 1]) after checking for cancellation. */
    public void step(double fraction) {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("cancelled");
        }
        progress.accept(Math.max(0.0, Math.min(1.0, fraction)));
    }

    /** The part [from, to] of this monitor's range, for one phase of a longer job. */
    public Monitor range(double from, double to) {
        return new Monitor(f -> progress.accept(from + (to - from) * f), cancelled);
    }
}
