package org.focalexplorer.viewmodel.state;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.Property;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.focalexplorer.settings.Codecs.IntegerCodec;
import org.focalexplorer.settings.Setting;
import org.focalexplorer.settings.SettingValues;
import org.focalexplorer.settings.Settings;

/**
 * The app's one live state: a JavaFX property for every setting of {@link Settings}, made from the table.
 * The view models bind their controls to these properties (each setting's owner does); capture, apply,
 * validation and undo work on the whole table at once, without knowing any setting by name.
 *
 * <p>Several changes can be made as one ({@link #transaction}): a lesson step, a preset, an opened
 * session, a pasted state string, an undo. Work registered with {@link #onChange} (derived values, the undo
 * history) then runs once, after the last of them.
 */
public final class LiveState {
    private final Map<Setting<?>, Property<?>> properties = new LinkedHashMap<>();
    private final ReadOnlyBooleanWrapper changing = new ReadOnlyBooleanWrapper(this, "changing", false);
    private final List<Reaction> reactions = new ArrayList<>();
    private int depth;

    /** Every setting at its default. */
    public LiveState() {
        for (Setting<?> s : Settings.ALL) {
            properties.put(s, create(s));
        }
    }

    private static Property<?> create(Setting<?> s) {
        Object initial = s.defaultValue();
        Class<?> type = s.codec().type();
        if (type == Boolean.class) {
            return new SimpleBooleanProperty(null, s.id(), (Boolean) initial);
        }
        if (type == Double.class) {
            return new SimpleDoubleProperty(null, s.id(), (Double) initial);
        }
        if (type == Integer.class) {
            IntegerCodec range = (IntegerCodec) s.codec();
            return new SimpleIntegerProperty(null, s.id(), (Integer) initial) {
                @Override
                public void set(int v) {
                    super.set(range.clamp(v)); // a spinner or Ctrl+= past the end stays at the end
                }
            };
        }
        return new SimpleObjectProperty<Object>(null, s.id(), initial) {
            @Override
            public void set(Object v) {
                super.set(s.check(v)); // outside the setting's domain → IllegalArgumentException, nothing changes
            }
        };
    }

    // ---- the properties ----

    public BooleanProperty bool(Setting<Boolean> s) {
        return (BooleanProperty) properties.get(s);
    }

    public DoubleProperty number(Setting<Double> s) {
        return (DoubleProperty) properties.get(s);
    }

    public IntegerProperty integer(Setting<Integer> s) {
        return (IntegerProperty) properties.get(s);
    }

    @SuppressWarnings("unchecked")
    public <T> ObjectProperty<T> object(Setting<T> s) {
        if (s.codec().type() == Boolean.class || s.codec().type() == Double.class || s.codec().type() == Integer.class) {
            throw new IllegalArgumentException(s.id() + " has a primitive property");
        }
        return (ObjectProperty<T>) properties.get(s);
    }

    /** The property of any setting (for listening). */
    public Property<?> property(Setting<?> s) {
        return properties.get(s);
    }

    public <T> T get(Setting<T> s) {
        return s.cast(properties.get(s).getValue());
    }

    /** Sets one setting, checked: an invalid value → IllegalArgumentException naming it, and nothing changes. */
    public <T> void set(Setting<T> s, T value) {
        write(s, s.check(value));
    }

    @SuppressWarnings("unchecked")
    private void write(Setting<?> s, Object value) {
        ((Property<Object>) properties.get(s)).setValue(value);
    }

    // ---- the whole state ----

    /** Every setting's value now. */
    public SettingValues capture() {
        return capture(s -> true);
    }

    /** The values of the settings that pass {@code which} (e.g. the undoable ones). */
    public SettingValues capture(Predicate<Setting<?>> which) {
        Map<Setting<?>, Object> m = new LinkedHashMap<>();
        properties.forEach((s, p) -> {
            if (which.test(s)) {
                m.put(s, p.getValue());
            }
        });
        return SettingValues.of(m);
    }

    /**
     * Checks that {@code values} may be applied: each value in its setting's domain (the values' own
     * checks), and together with the rest of the state (a code variant of the framework, one α weight per
     * class). Throws IllegalArgumentException naming the field and value.
     */
    public void validate(SettingValues values) {
        Settings.checkTogether(capture().with(values));
    }

    /** Applies {@code values} as one change: checked whole first, so an invalid one changes nothing. */
    public void apply(SettingValues values) {
        validate(values);
        transaction(() -> {
            for (Setting<?> s : values.settings()) {
                write(s, values.get(s));
            }
        });
    }

    // ---- changes made as one ----

    /** Runs {@code changes}; work registered with {@link #onChange} runs once after them (nesting allowed). */
    public void transaction(Runnable changes) {
        depth++;
        changing.set(true);
        try {
            changes.run();
        } finally {
            depth--;
            if (depth == 0) {
                changing.set(false);
                settle();
            }
        }
    }

    /** True inside a {@link #transaction}. */
    public ReadOnlyBooleanProperty changingProperty() {
        return changing.getReadOnlyProperty();
    }

    public boolean isChanging() {
        return depth > 0;
    }

    /**
     * Runs {@code action} after any of {@code sources} changes: at once outside a transaction, else once
     * when the outermost transaction ends. Reactions run in the order they were registered.
     */
    public void onChange(Runnable action, Observable... sources) {
        Reaction r = new Reaction(action);
        reactions.add(r);
        for (Observable o : sources) {
            // A change listener: it fires on every change (an invalidation listener would stay silent until
            // someone read the value), and after the plain listeners that were added before it.
            if (o instanceof javafx.beans.value.ObservableValue<?> v) {
                v.addListener((x, was, now) -> r.changed());
            } else {
                o.addListener(x -> r.changed());
            }
        }
    }

    /** {@link #onChange} for the properties of these settings. */
    public void onChange(Runnable action, List<Setting<?>> settings) {
        onChange(action, settings.stream().map(properties::get).toArray(Observable[]::new));
    }

    private void settle() {
        for (Reaction r : List.copyOf(reactions)) {
            if (r.pending) {
                r.pending = false;
                r.action.run();
            }
        }
    }

    private final class Reaction {
        final Runnable action;
        boolean pending;

        Reaction(Runnable action) {
            this.action = action;
        }

        void changed() {
            if (depth > 0) {
                pending = true;
            } else {
                action.run();
            }
        }
    }
}
