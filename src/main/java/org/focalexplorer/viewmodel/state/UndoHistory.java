package org.focalexplorer.viewmodel.state;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import org.focalexplorer.settings.Setting;
import org.focalexplorer.settings.SettingValues;
import org.focalexplorer.settings.Settings;

/**
 * Undo and redo of the user's changes to the undoable settings (those the table of {@link Settings} marks
 * so: α on/off, α, γ, β, the curve options, the classifier's settings), as snapshots of those settings; the
 * probe, the tab, the text size, the code panel and the language are not steps and are left as they are.
 *
 * <p>A step is one user action: a typed value, a toggle, or several changes made as one
 * ({@link LiveState#transaction}: a preset, a lesson step, an opened session, a pasted state string).
 * While {@link #adjustingProperty()} is true (the view binds a slider's {@code valueChanging} to it)
 * changes merge, and the whole drag becomes one step when it turns false. Undo and redo record nothing.
 */
public final class UndoHistory {
    public static final int DEFAULT_CAPACITY = 200;
    private static final List<Setting<?>> UNDOABLE = Settings.ALL.stream().filter(Setting::undoable).toList();

    private final LiveState state;
    private final int capacity;
    private final Deque<SettingValues> undo = new ArrayDeque<>();
    private final Deque<SettingValues> redo = new ArrayDeque<>();
    private final BooleanProperty adjusting = new SimpleBooleanProperty(this, "adjusting", false);
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo", false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo", false);
    private SettingValues current;
    private boolean restoring;

    public UndoHistory(LiveState state) {
        this(state, DEFAULT_CAPACITY);
    }

    /** @param capacity the most steps kept; older ones are forgotten */
    public UndoHistory(LiveState state, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity = " + capacity + ": must be >= 1");
        }
        this.state = state;
        this.capacity = capacity;
        this.current = snapshot();
        state.onChange(this::changed, UNDOABLE);
        adjusting.addListener((o, was, now) -> {
            if (!now) {
                commit();
            }
        });
    }

    private SettingValues snapshot() {
        return state.capture(Setting::undoable);
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
        current = snapshot();
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
        if (!adjusting.get() && !restoring) {
            commit();
        }
    }

    private void commit() {
        SettingValues now = snapshot();
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

    private void restore(SettingValues step) {
        restoring = true;
        try {
            state.apply(step);
        } finally {
            restoring = false;
        }
        current = snapshot();
        update();
    }

    private void update() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
    }
}
