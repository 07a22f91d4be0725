package org.focalexplorer.viewmodel.state;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.focalexplorer.viewmodel.prefs.PreferenceStore;

/**
 * The sessions opened or saved last, most recent first, at most {@link #MAX} and each once (paths are
 * compared absolute and normalised), kept in the {@link PreferenceStore} under {@code session.recent.0…7}.
 */
public final class RecentFiles {
    public static final int MAX = 8;
    static final String KEY = "session.recent.";

    private final PreferenceStore store;
    private final ObservableList<Path> files = FXCollections.observableArrayList();
    private final ObservableList<Path> view = FXCollections.unmodifiableObservableList(files);

    public RecentFiles(PreferenceStore store) {
        this.store = store;
        List<Path> loaded = new ArrayList<>();
        for (int i = 0; i < MAX; i++) {
            String s = store.get(KEY + i, null);
            if (s == null || s.isBlank()) {
                continue;
            }
            try {
                Path p = normal(Path.of(s));
                if (!loaded.contains(p)) {
                    loaded.add(p);
                }
            } catch (InvalidPathException e) {
                // a damaged or foreign entry: skipped, and dropped at the next save
            }
        }
        files.setAll(loaded);
    }

    /** The list the menu shows (read-only; most recent first). */
    public ObservableList<Path> files() {
        return view;
    }

    /** Puts {@code file} first (moving it up if it was already there) and drops the oldest beyond {@link #MAX}. */
    public void add(Path file) {
        Path p = normal(file);
        List<Path> next = new ArrayList<>(files);
        next.remove(p);
        next.add(0, p);
        while (next.size() > MAX) {
            next.remove(next.size() - 1);
        }
        set(next);
    }

    public void remove(Path file) {
        List<Path> next = new ArrayList<>(files);
        if (next.remove(normal(file))) {
            set(next);
        }
    }

    /** Drops the files that no longer exist; returns how many. */
    public int pruneMissing() {
        List<Path> next = new ArrayList<>(files);
        next.removeIf(p -> !Files.isRegularFile(p));
        int dropped = files.size() - next.size();
        if (dropped > 0) {
            set(next);
        }
        return dropped;
    }

    public void clear() {
        set(List.of());
    }

    private void set(List<Path> next) {
        files.setAll(next);
        for (int i = 0; i < MAX; i++) {
            if (i < next.size()) {
                store.put(KEY + i, next.get(i).toString());
            } else {
                store.remove(KEY + i);
            }
        }
    }

    private static Path normal(Path p) {
        return p.toAbsolutePath().normalize();
    }
}
