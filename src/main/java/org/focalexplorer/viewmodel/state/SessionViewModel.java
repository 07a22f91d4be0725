package org.focalexplorer.viewmodel.state;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.focalexplorer.io.session.SessionFormatException;
import org.focalexplorer.io.session.SessionJson;
import org.focalexplorer.io.session.SessionRead;
import org.focalexplorer.io.session.StateString;
import org.focalexplorer.settings.SettingValues;
import org.focalexplorer.settings.Settings;
import org.focalexplorer.viewmodel.text.AppLanguage;
import org.focalexplorer.viewmodel.text.Messages;

/**
 * The session commands behind the File menu: save, open, recent files, and the shareable state string.
 * A session that cannot be taken leaves the current state exactly as it was and says why in the user's
 * language; unknown fields are ignored with a warning.
 *
 * <p>{@link #saveLater} and {@link #openLater} do the file I/O on another thread (the app's never blocks on a
 * slow disk or network folder) and apply or report on the UI thread; {@link #save} and {@link #open} are the
 * same, synchronous.
 */
public final class SessionViewModel {
    /** Unknown fields named in the warning; the rest are counted. */
    static final int UNKNOWN_NAMED = 5;

    private final LiveState state;
    private final RecentFiles recent;
    private final Messages messages;
    private final ReadOnlyObjectWrapper<Path> currentFile = new ReadOnlyObjectWrapper<>(this, "currentFile");

    public SessionViewModel(LiveState state, Messages messages, RecentFiles recent) {
        this.state = state;
        this.recent = recent;
        this.messages = messages;
    }

    public RecentFiles recentFiles() {
        return recent;
    }

    /** The session file last saved or opened (for the title bar and a plain "Save"); null before. */
    public ReadOnlyObjectProperty<Path> currentFileProperty() {
        return currentFile.getReadOnlyProperty();
    }

    /** Saves the whole state to {@code file} atomically: on failure the previous file is unchanged. */
    public SessionOutcome save(Path file) {
        return saved(file, write(file, state.capture()));
    }

    /**
     * {@link #save}, with the state taken now and the file written on {@code io}; {@code done} gets the
     * outcome on {@code ui}.
     */
    public void saveLater(Path file, Executor io, Executor ui, Consumer<SessionOutcome> done) {
        SettingValues values = state.capture();
        io.execute(() -> {
            Exception failure = write(file, values);
            ui.execute(() -> done.accept(saved(file, failure)));
        });
    }

    /** Writes, and returns what went wrong (null if nothing). */
    private static Exception write(Path file, SettingValues values) {
        try {
            SessionJson.write(file, values);
            return null;
        } catch (IOException | RuntimeException e) {
            return e;
        }
    }

    private SessionOutcome saved(Path file, Exception failure) {
        if (failure != null) {
            return SessionOutcome.failed(messages.format("session.error.write", name(file), reasonOf(failure)));
        }
        recent.add(file);
        currentFile.set(file.toAbsolutePath().normalize());
        return SessionOutcome.done(messages.format("session.saved", name(file)), List.of());
    }

    /** Opens a session file; the whole state changes at once, or (with a message) not at all. */
    public SessionOutcome open(Path file) {
        return opened(file, read(file));
    }

    /**
     * {@link #open}, with the file read on {@code io} and the state applied on {@code ui}, where {@code done}
     * gets the outcome. Nothing changes until the whole file has been read and checked.
     */
    public void openLater(Path file, Executor io, Executor ui, Consumer<SessionOutcome> done) {
        io.execute(() -> {
            Object read = read(file);
            ui.execute(() -> done.accept(opened(file, read)));
        });
    }

    /** The file read and checked, or the refusal. */
    private static Object read(Path file) {
        try {
            return SessionJson.read(file);
        } catch (SessionFormatException e) {
            return e;
        }
    }

    private SessionOutcome opened(Path file, Object result) {
        if (result instanceof SessionFormatException e) {
            return SessionOutcome.failed(refusal(name(file), e));
        }
        SessionRead read = (SessionRead) result;
        SettingValues values = read.state();
        if (AppLanguage.fromTag(values.get(Settings.LANGUAGE)).isEmpty()) { // a language we lack: stay in this one
            values = values.with(Settings.LANGUAGE, state.get(Settings.LANGUAGE));
        }
        SessionOutcome outcome = take(read, values, name(file), "session.opened");
        if (outcome.succeeded()) {
            recent.add(file);
            currentFile.set(file.toAbsolutePath().normalize());
        }
        return outcome;
    }

    /** The whole state as one line of text, to copy. */
    public String copyStateString() {
        return StateString.encode(state.capture());
    }

    /**
     * Takes a pasted state string. Everything it holds is applied except the language: the view is the
     * same, in the reader's own language.
     */
    public SessionOutcome pasteStateString(String text) {
        String source = messages.get("session.stateString");
        SessionRead read;
        try {
            read = StateString.decode(text);
        } catch (SessionFormatException e) {
            return SessionOutcome.failed(refusal(source, e));
        }
        SettingValues values = read.state().with(Settings.LANGUAGE, state.get(Settings.LANGUAGE));
        return take(read, values, source, "session.pasted");
    }

    /** Applies the whole state as one change (one undo step), or nothing. */
    private SessionOutcome take(SessionRead read, SettingValues values, String source, String doneKey) {
        try {
            state.apply(values);
        } catch (IllegalArgumentException e) {
            return SessionOutcome.failed(messages.format("session.error.invalidValue", source, e.getMessage()));
        }
        return SessionOutcome.done(messages.format(doneKey, source), unknownWarning(read.unknownFields()));
    }

    /** One bounded line, however many unknown fields a file has: "3 unknown fields ignored: a, b, c". */
    private List<String> unknownWarning(List<String> unknown) {
        if (unknown.isEmpty()) {
            return List.of();
        }
        List<String> named = new java.util.ArrayList<>();
        for (String f : unknown.subList(0, Math.min(UNKNOWN_NAMED, unknown.size()))) {
            named.add(f.length() > 40 ? f.substring(0, 40) + "…" : f);
        }
        String list = String.join(", ", named) + (unknown.size() > UNKNOWN_NAMED ? ", …" : "");
        return List.of(messages.format("session.warning.unknownFields", String.valueOf(unknown.size()), list));
    }

    private String refusal(String source, SessionFormatException e) {
        return messages.format("session.error." + e.reason().key(), source, e.detail());
    }

    private static String name(Path file) {
        Path n = file.getFileName();
        return n == null ? file.toString() : n.toString();
    }

    private static String reasonOf(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
