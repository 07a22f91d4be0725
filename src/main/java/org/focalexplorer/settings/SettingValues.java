package org.focalexplorer.settings;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Values of settings at one moment: the whole state (every setting of {@link Settings#ALL}), or a part of
 * it (the undoable settings, for an undo step). Immutable; equal when the same settings have equal values.
 * Every value is checked against its setting when it is put in.
 */
public final class SettingValues {
    private final Map<Setting<?>, Object> values;

    private SettingValues(Map<Setting<?>, Object> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    /** Every setting at its default. */
    public static SettingValues defaults() {
        Map<Setting<?>, Object> m = new LinkedHashMap<>();
        for (Setting<?> s : Settings.ALL) {
            m.put(s, s.defaultValue());
        }
        return new SettingValues(m);
    }

    /** Values for the given settings, each checked. */
    public static SettingValues of(Map<Setting<?>, ?> given) {
        Map<Setting<?>, Object> m = new LinkedHashMap<>();
        for (Setting<?> s : Settings.ALL) { // the table's order, whatever the map's
            if (given.containsKey(s)) {
                m.put(s, s.check(given.get(s)));
            }
        }
        if (m.size() != given.size()) {
            throw new IllegalArgumentException("not settings of the table: " + given.keySet());
        }
        return new SettingValues(m);
    }

    public <T> T get(Setting<T> s) {
        if (!values.containsKey(s)) {
            throw new IllegalArgumentException(s.id() + " is not part of these values");
        }
        return s.cast(values.get(s));
    }

    public boolean has(Setting<?> s) {
        return values.containsKey(s);
    }

    /** A copy with {@code s} set to {@code value} (checked). */
    public <T> SettingValues with(Setting<T> s, T value) {
        Map<Setting<?>, Object> m = new LinkedHashMap<>(values);
        m.put(s, s.check(value));
        return of(m);
    }

    /** A copy with the values of {@code other} put over these. */
    public SettingValues with(SettingValues other) {
        Map<Setting<?>, Object> m = new LinkedHashMap<>(values);
        m.putAll(other.values);
        return of(m);
    }

    /** Only the settings that pass {@code which}. */
    public SettingValues only(Predicate<Setting<?>> which) {
        Map<Setting<?>, Object> m = new LinkedHashMap<>();
        values.forEach((s, v) -> {
            if (which.test(s)) {
                m.put(s, v);
            }
        });
        return new SettingValues(m);
    }

    /** The settings held, in the table's order. */
    public List<Setting<?>> settings() {
        return List.copyOf(values.keySet());
    }

    /** Whether the whole state is held. */
    public boolean isComplete() {
        return values.size() == Settings.ALL.size();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SettingValues v && values.equals(v.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(values);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("{");
        values.forEach((s, v) -> b.append(b.length() > 1 ? ", " : "").append(s.id()).append('=').append(v));
        return b.append('}').toString();
    }
}
