package org.focalexplorer.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Tab;

/**
 * A view built the first time it is needed — its tab is selected, or someone asks for it — then kept. The
 * window's start pays only for what it shows (issue #14: most of the start-up went into building and styling
 * tabs nobody had opened). The state lives in the view models, so a view built late shows every setting made
 * before it existed. FX thread only.
 */
public final class Deferred<T> {
    private final Supplier<T> build;
    private final List<Consumer<T>> whenBuilt = new ArrayList<>();
    private T value;

    public Deferred(Supplier<T> build) {
        this.build = Objects.requireNonNull(build);
    }

    /** The view, built now if it was not yet. */
    public T get() {
        if (value == null) {
            T v = Objects.requireNonNull(build.get());
            value = v;
            List<Consumer<T>> pending = List.copyOf(whenBuilt);
            whenBuilt.clear();
            pending.forEach(c -> c.accept(v));
        }
        return value;
    }

    public boolean isBuilt() {
        return value != null;
    }

    /** The view if it was built; never builds it. */
    public Optional<T> ifBuilt() {
        return Optional.ofNullable(value);
    }

    /** Runs {@code action} with the view once it is built (at once if it is). */
    public Deferred<T> whenBuilt(Consumer<T> action) {
        if (value != null) {
            action.accept(value);
        } else {
            whenBuilt.add(action);
        }
        return this;
    }

    /** Builds the view when {@code tab} is selected (at once if it is now). */
    public Deferred<T> onSelected(Tab tab) {
        if (tab.isSelected()) {
            get();
        }
        tab.selectedProperty().addListener((o, was, selected) -> {
            if (selected) {
                get();
            }
        });
        return this;
    }
}
