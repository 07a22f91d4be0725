package org.focalexplorer.view.shell;

import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import javafx.application.Platform;

import java.io.File;
import java.nio.file.Path;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.FileChooser;
import org.focalexplorer.viewmodel.text.Messages;

/** The File menu's session commands: the dialogs around {@link org.focalexplorer.viewmodel.state.SessionViewModel}. */
final class SessionActions {
    /** Session files are read and written here, never on the JavaFX Application Thread. */
    private static final Executor IO = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "session-io");
        t.setDaemon(true);
        return t;
    });
    private final MainWindow window;
    private final Messages m;

    SessionActions(MainWindow window, Messages m) {
        this.window = window;
        this.m = m;
    }

    void open() {
        File f = chooser().showOpenDialog(window.stage());
        if (f != null) {
            open(f.toPath());
        }
    }

    void open(Path file) {
        window.session().openLater(file, IO, Platform::runLater, window::report);
    }

    void save() {
        Path current = window.session().currentFileProperty().get();
        if (current == null) {
            saveAs();
        } else {
            window.session().saveLater(current, IO, Platform::runLater, window::report);
        }
    }

    void saveAs() {
        FileChooser chooser = chooser();
        Path current = window.session().currentFileProperty().get();
        chooser.setInitialFileName(current == null ? m.get("session.defaultFileName") : current.getFileName().toString());
        File f = chooser.showSaveDialog(window.stage());
        if (f != null) {
            Path p = f.toPath();
            window.session().saveLater(p.getFileName().toString().contains(".") ? p
                    : p.resolveSibling(p.getFileName() + ".json"), IO, Platform::runLater, window::report);
        }
    }

    void copyStateString() {
        ClipboardContent content = new ClipboardContent();
        content.putString(window.session().copyStateString());
        Clipboard.getSystemClipboard().setContent(content);
        window.reportInfo(m.get("session.stateString.copied"));
    }

    /** Asks for the string, prefilled from the clipboard, so the user sees what will be applied. */
    void pasteStateString() {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        TextInputDialog dialog = new TextInputDialog(clipboard.hasString() ? clipboard.getString().strip() : "");
        dialog.initOwner(window.stage());
        dialog.setTitle(m.get("session.paste.title"));
        dialog.setHeaderText(m.get("session.paste.header"));
        dialog.getEditor().setPrefColumnCount(40);
        org.focalexplorer.view.DialogButtons.okCancel(dialog, m);
        dialog.getEditor().setAccessibleText(m.get("session.paste.title"));
        dialog.showAndWait().ifPresent(text -> window.report(window.session().pasteStateString(text)));
    }

    private FileChooser chooser() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(m.get("session.chooser.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(m.get("session.fileType"), "*.json"),
                new FileChooser.ExtensionFilter(m.get("session.chooser.all"), "*"));
        Path current = window.session().currentFileProperty().get();
        if (current != null && current.getParent() != null && current.getParent().toFile().isDirectory()) {
            chooser.setInitialDirectory(current.getParent().toFile());
        }
        return chooser;
    }
}
