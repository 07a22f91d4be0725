package org.focalexplorer.settings;

import java.util.List;

/**
 * How one setting's value is checked and written as plain JSON data ({@link Boolean}, {@link Number},
 * {@link String}, {@link List}, {@link java.util.Map}): the one place that knows a setting's domain. A
 * session file, the state string, a value typed in the app and a step of the undo history are all checked
 * here.
 *
 * <p>Every refusal is an {@link IllegalArgumentException} whose message starts with the setting's id and
 * names the value: {@code "loss.gamma = -1.0: out of range [0, 10]"},
 * {@code "classifier.points: expected a whole number, found 500.5"}.
 */
public interface Codec<T> {
    /** The type of the live value (Boolean, Double, Integer, an enum, a list…). */
    Class<?> type();

    /** {@code value}, checked, as plain JSON data. */
    Object encode(T value);

    /** A value from plain JSON data, checked. */
    T decode(String id, Object plain);

    /** Checks a live value; returns it (normalised, e.g. an immutable copy of a list). */
    T check(String id, T value);

    /**
     * The keys of a value written as a JSON object (empty for others): a reader lists the keys it does not
     * know as unknown fields.
     */
    default List<String> keys() {
        return List.of();
    }
}
