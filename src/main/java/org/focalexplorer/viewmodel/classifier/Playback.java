package org.focalexplorer.viewmodel.classifier;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The playback state machine both labs share, driving their {@link TrainingLoop}: PAUSED —play→ RUNNING
 * —pause→ PAUSED; steps only while PAUSED; reset from any state → PAUSED; a frame reporting a divergence →
 * DIVERGED, which only a reset (or a frame without one, after new settings) leaves. UI thread only.
 */
public final class Playback {
    private final ReadOnlyObjectWrapper<PlaybackState> state;
    private final TrainingLoop<?, ?, ?, ?> loop;

    public Playback(Object bean, TrainingLoop<?, ?, ?, ?> loop) {
        this.state = new ReadOnlyObjectWrapper<>(bean, "state", PlaybackState.PAUSED);
        this.loop = loop;
    }

    public ReadOnlyObjectProperty<PlaybackState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public PlaybackState state() {
        return state.get();
    }

    public void play() {
        if (state.get() == PlaybackState.PAUSED) {
            state.set(PlaybackState.RUNNING);
            loop.play();
        }
    }

    public void pause() {
        if (state.get() == PlaybackState.RUNNING) {
            state.set(PlaybackState.PAUSED);
            loop.pause();
        }
    }

    /** Space: play or pause. */
    public void toggle() {
        if (state.get() == PlaybackState.RUNNING) {
            pause();
        } else {
            play();
        }
    }

    /** Runs {@code n} steps, only while paused. */
    public void step(int n) {
        if (state.get() == PlaybackState.PAUSED) {
            loop.step(n);
        }
    }

    public void reset() {
        state.set(PlaybackState.PAUSED);
        loop.reset();
    }

    /**
     * A frame arrived: DIVERGED if it reports a divergence; out of DIVERGED (to PAUSED) if it does not.
     * Returns whether the state left DIVERGED, so the caller can clear its message.
     */
    public boolean frameArrived(boolean diverged) {
        if (diverged) {
            state.set(PlaybackState.DIVERGED);
            return false;
        }
        if (state.get() == PlaybackState.DIVERGED) {
            state.set(PlaybackState.PAUSED);
            return true;
        }
        return false;
    }

    /** A task failed: training stopped. */
    public void stopped() {
        state.set(PlaybackState.PAUSED);
    }
}
