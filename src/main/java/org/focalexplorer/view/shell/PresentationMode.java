package org.focalexplorer.view.shell;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;

/**
 * Presenting (F5, View → Present): full screen, larger text, and only the figure or the lab with the
 * parameters and the lesson card; the menu bar, the title bar, the status bar and the side panel step
 * aside, so the projector's pixels go to the figure. Esc or F5 leaves, back to the window as it was.
 * The text size setting itself is not changed (nothing to undo, nothing saved in a session).
 */
final class PresentationMode {
    private final Stage stage;
    private final BooleanProperty on = new SimpleBooleanProperty(this, "presenting");
    private boolean wasFullScreen;

    PresentationMode(Stage stage, Scene scene, String exitHint) {
        this.stage = stage;
        // Esc is ours: it leaves the presentation, except in a text field, where it cancels a typed value.
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreenExitHint(exitHint);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (on.get() && e.getCode() == KeyCode.ESCAPE && !(scene.getFocusOwner() instanceof TextInputControl)) {
                leave();
                e.consume();
            }
        });
        // The window manager may end full screen itself (another window, a keyboard shortcut of its own).
        stage.fullScreenProperty().addListener((o, was, full) -> {
            if (!full && on.get()) {
                on.set(false);
            }
        });
    }

    /** Whether the window presents now. */
    ReadOnlyBooleanProperty onProperty() {
        return on;
    }

    void toggle() {
        if (on.get()) {
            leave();
        } else {
            enter();
        }
    }

    void enter() {
        if (on.get()) {
            return;
        }
        wasFullScreen = stage.isFullScreen();
        on.set(true);
        stage.setFullScreen(true);
    }

    void leave() {
        if (!on.get()) {
            return;
        }
        on.set(false);
        if (!wasFullScreen) {
            stage.setFullScreen(false);
        }
    }
}
