package org.focalexplorer.viewmodel.state;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import org.focalexplorer.io.session.ClassifierState;
import org.focalexplorer.io.session.CurveState;
import org.focalexplorer.io.session.ExplorerState;
import org.focalexplorer.io.session.LossState;

/**
 * Undo and redo of the user's parameter changes (α on/off, α, γ, β, the curve options, the classifier's
 * settings) as snapshots of those parts of the state; the probe, the tab, the text size and the language
 * are not steps and are left as they are by an undo.
 *
 * <p>A step is one user action: a typed value, a preset, a toggle. While {@link #adjustingProperty()} is
 * true (the view binds a slider's {@code valueChanging} to it) changes merge, and the whole drag becomes
 * one step when it turns false. A whole state applied through the {@link StateBinder} (an opened session,
 * a pasted state string, a lesson step) is one step too. Undo and redo themselves record nothing.
 */
public final class UndoHistory {
    public static final int DEFAULT_CAPACITY = 200;

    /** The undoable part of a state. */
    private record Step(LossState loss, CurveState curves, ClassifierState classifier) {
        static Step of(ExplorerState s) {
            return new Step(s.loss(), s.curves(), s.classifier());
        }

        ExplorerState onto(ExplorerState s) {
            return s.withLoss(loss).withCurves(curves).withClassifier(classifier);
        }
    }

    private final StateBinder binder;
    private final int capacity;
    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();
    private final BooleanProperty adjusting = new SimpleBooleanProperty(this, "adjusting", false);
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo", false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo", false);
    private Step current;
    private boolean restoring;

    public UndoHistory(StateBinder binder) {
        this(binder, DEFAULT_CAPACITY);
    }

    /** @param capacity the most steps kept; older ones are forgotten */
    public UndoHistory(StateBinder binder, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity = " + capacity + ": must be >= 1");
        }
        this.binder = binder;
        this.capacity = capacity;
        this.current = Step.of(binder.capture());
        for (Observable o : binder.undoableSources()) {
            o.addListener(x -> changed());
        }
        adjusting.addListener((o, was, now) -> {
            if (!now) {
                commit();
            }
        });
        binder.applyingProperty().addListener((o, was, now) -> {
            if (!now && !restoring) {
                commit();
            }
        });
    }

    /** True during a slider drag: changes merge into one step, recorded when it turns false. */
    public BooleanProperty adjustingProperty() {
        return adjusting;
    }

    /**
     * Lets a slider's {@code valueChangingProperty()} drive {@link #adjustingProperty()}; call it once for
     * each slider (a plain bind would allow only one).
     */
    public void follow(ObservableValue<Boolean> valueChanging) {
        valueChanging.addListener((o, was, now) -> adjusting.set(Boolean.TRUE.equals(now)));
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** Ctrl+Z: back to the state before the last step. */
    public void undo() {
        commit(); // a change still merging (a drag in progress) becomes a step of its own first
        if (!undo.isEmpty()) {
            redo.push(current);
            restore(undo.pop());
        }
    }

    /** Ctrl+Shift+Z: forward to the state an undo left. */
    public void redo() {
        commit(); // a pending change is a new step, and a new step clears the redo list
        if (!redo.isEmpty()) {
            undo.push(current);
            restore(redo.pop());
        }
    }

    /** Forgets every step (the current state becomes the start). */
    public void clear() {
        undo.clear();
        redo.clear();
        current = Step.of(binder.capture());
        update();
    }

    /**
     * Takes over the steps of {@code previous} (the same window rebuilt in another language, whose state
     * this one now has), so Ctrl+Z goes on where it was.
     */
    public void takeOver(UndoHistory previous) {
        undo.clear();
        undo.addAll(previous.undo);
        redo.clear();
        redo.addAll(previous.redo);
        current = Step.of(binder.capture());
        update();
    }

    /** Steps that {@link #undo()} can go back (for tests and a status line). */
    public int undoSize() {
        return undo.size();
    }

    public int redoSize() {
        return redo.size();
    }

    private void changed() {
        if (!adjusting.get() && !binder.isApplying()) {
            commit();
        }
    }

    private void commit() {
        Step now = Step.of(binder.capture());
        if (!now.equals(current)) {
            undo.push(current);
            while (undo.size() > capacity) {
                undo.removeLast();
            }
            redo.clear();
            current = now;
            update();
        }
    }

    private void restore(Step step) {
        restoring = true;
        try {
            binder.apply(step.onto(binder.capture()));
        } finally {
            restoring = false;
        }
        current = Step.of(binder.capture());
        update();
    }

    private void update() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
    }
}
