package org.focalexplorer.viewmodel.state;

import java.util.Locale;

/** The explorer's enums as the lower-case ids a session holds ("probability", "alpha_ce"), and back. */
final class Ids {
    private Ids() {}

    static String of(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    /** The constant of {@code type} with this id; the session schema has already checked the id. */
    static <E extends Enum<E>> E parse(Class<E> type, String field, String id) {
        try {
            return Enum.valueOf(type, id.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + " = \"" + id + "\": not a choice of the explorer", e);
        }
    }
}
