package org.focalexplorer.viewmodel.prefs;

/**
 * Small string settings that outlive a run (language, theme, window geometry, lesson progress, recent
 * files). The app keeps them in {@code java.util.prefs}; tests use {@link MemoryPreferenceStore} so that
 * nothing they do touches the user's settings.
 */
public interface PreferenceStore {

    /** The value under {@code key}, or {@code fallback} when there is none. */
    String get(String key, String fallback);

    void put(String key, String value);

    void remove(String key);

    default double getDouble(String key, double fallback) {
        String v = get(key, null);
        if (v == null) {
            return fallback;
        }
        try {
            double d = Double.parseDouble(v);
            return Double.isFinite(d) ? d : fallback;
        } catch (NumberFormatException e) {
            return fallback; // a hand-edited or damaged value must not stop the app from starting
        }
    }

    default int getInt(String key, int fallback) {
        String v = get(key, null);
        if (v == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    default boolean getBoolean(String key, boolean fallback) {
        String v = get(key, null);
        return v == null ? fallback : Boolean.parseBoolean(v.strip());
    }
}
