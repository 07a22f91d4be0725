package org.focalexplorer.viewmodel.state;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.focalexplorer.io.session.ExplorerState;
import org.focalexplorer.io.session.SessionFormatException;
import org.focalexplorer.io.session.SessionJson;
import org.focalexplorer.io.session.SessionRead;
import org.focalexplorer.io.session.StateString;
import org.focalexplorer.viewmodel.explorer.ExplorerViewModel;
import org.focalexplorer.viewmodel.text.Messages;

/**
 * The session commands behind the File menu: save, open, recent files, and the shareable state string.
 * A session that cannot be taken leaves the current state exactly as it was and says why in the user's
 * language; unknown fields are ignored with a warning.
 *
 * <p>The commands are synchronous: a session is a few kilobytes and at most {@link SessionJson#MAX_BYTES}.
 */
public final class SessionViewModel {
    private final ExplorerViewModel explorer;
    private final RecentFiles recent;
    private final Messages messages;
    private final ReadOnlyObjectWrapper<Path> currentFile = new ReadOnlyObjectWrapper<>(this, "currentFile");

    public SessionViewModel(ExplorerViewModel explorer, RecentFiles recent) {
        this.explorer = explorer;
        this.recent = recent;
        this.messages = explorer.messages();
    }

    public RecentFiles recentFiles() {
        return recent;
    }

    /** Goes on with the file of {@code previous} (the same window rebuilt in another language). */
    public void takeOver(SessionViewModel previous) {
        currentFile.set(previous.currentFile.get());
    }

    /** The session file last saved or opened (for the title bar and a plain "Save"); null before. */
    public ReadOnlyObjectProperty<Path> currentFileProperty() {
        return currentFile.getReadOnlyProperty();
    }

    /** Saves the whole state to {@code file} atomically: on failure the previous file is unchanged. */
    public SessionOutcome save(Path file) {
        try {
            SessionJson.write(file, explorer.state());
        } catch (IOException | RuntimeException e) {
            return SessionOutcome.failed(messages.format("session.error.write", name(file), reasonOf(e)));
        }
        recent.add(file);
        currentFile.set(file.toAbsolutePath().normalize());
        return SessionOutcome.done(messages.format("session.saved", name(file)), List.of());
    }

    /** Opens a session file; the whole state changes at once, or (with a message) not at all. */
    public SessionOutcome open(Path file) {
        SessionRead read;
        try {
            read = SessionJson.read(file);
        } catch (SessionFormatException e) {
            return SessionOutcome.failed(refusal(name(file), e));
        }
        SessionOutcome outcome = take(read, read.state(), name(file), "session.opened");
        if (outcome.succeeded()) {
            recent.add(file);
            currentFile.set(file.toAbsolutePath().normalize());
        }
        return outcome;
    }

    /** The whole state as one line of text, to copy. */
    public String copyStateString() {
        return StateString.encode(explorer.state());
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
        ExplorerState state = read.state().withLanguage(explorer.stateBinder().languageProperty().get());
        return take(read, state, source, "session.pasted");
    }

    private SessionOutcome take(SessionRead read, ExplorerState state, String source, String doneKey) {
        try {
            explorer.apply(state);
        } catch (IllegalArgumentException e) {
            return SessionOutcome.failed(messages.format("session.error.invalidValue", source, e.getMessage()));
        }
        List<String> warnings = read.unknownFields().stream()
                .map(f -> messages.format("session.warning.unknownField", f))
                .toList();
        return SessionOutcome.done(messages.format(doneKey, source), warnings);
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
