package org.focalexplorer.viewmodel.prefs;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Preferences held in memory only: for tests, and for runs that must not change the user's settings. */
public final class MemoryPreferenceStore implements PreferenceStore {
    private final Map<String, String> values = new ConcurrentHashMap<>();

    @Override
    public String get(String key, String fallback) {
        return values.getOrDefault(key, fallback);
    }

    @Override
    public void put(String key, String value) {
        values.put(key, value);
    }

    @Override
    public void remove(String key) {
        values.remove(key);
    }
}
