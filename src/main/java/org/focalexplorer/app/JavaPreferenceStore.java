package org.focalexplorer.app;

import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.focalexplorer.viewmodel.prefs.PreferenceStore;

/** {@link PreferenceStore} on {@code java.util.prefs} (on Linux: a file under {@code ~/.java}). */
public final class JavaPreferenceStore implements PreferenceStore {
    private final Preferences node;

    public JavaPreferenceStore(Preferences node) {
        this.node = node;
    }

    /** The app's own node, {@code /org/focalexplorer}. */
    public static JavaPreferenceStore forApp() {
        return new JavaPreferenceStore(Preferences.userRoot().node("org/focalexplorer"));
    }

    @Override
    public String get(String key, String fallback) {
        return node.get(key, fallback);
    }

    @Override
    public void put(String key, String value) {
        node.put(key, value);
        flush();
    }

    @Override
    public void remove(String key) {
        node.remove(key);
        flush();
    }

    private void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // Settings are a convenience: a read-only home directory must not break the app.
        }
    }
}
