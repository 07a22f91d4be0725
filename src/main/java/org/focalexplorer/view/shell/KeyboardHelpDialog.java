package org.focalexplorer.view.shell;

import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.focalexplorer.viewmodel.shell.Shortcut;
import org.focalexplorer.viewmodel.shell.Shortcuts;
import org.focalexplorer.viewmodel.text.Messages;

/** Help → Keyboard: every shortcut of the app, grouped, from the same list the menus use. */
final class KeyboardHelpDialog {
    static final String ID = "keyboardHelp";

    private KeyboardHelpDialog() {
    }

    static Dialog<ButtonType> create(Window owner, Messages m) {
        GridPane grid = new GridPane();
        grid.setHgap(18);
        grid.setVgap(4);
        grid.setPadding(new Insets(8));
        ColumnConstraints keys = new ColumnConstraints();
        keys.setHalignment(HPos.RIGHT);
        grid.getColumnConstraints().addAll(keys, new ColumnConstraints());
        String group = null;
        int row = 0;
        for (Shortcut s : Shortcuts.all()) {
            if (!s.groupKey().equals(group)) {
                group = s.groupKey();
                Label heading = new Label(m.get(group));
                heading.getStyleClass().add("section-title");
                GridPane.setMargin(heading, new Insets(row == 0 ? 0 : 10, 0, 2, 0));
                GridPane.setHalignment(heading, HPos.LEFT);
                grid.add(heading, 0, row++, 2, 1);
            }
            Label k = new Label(displayText(s.keys()));
            k.getStyleClass().add("shortcut-keys");
            k.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            grid.add(k, 0, row);
            grid.add(new Label(m.get(s.descriptionKey())), 1, row++);
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(460);
        scroll.setPrefViewportWidth(560);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(m.get("help.keyboard.title"));
        dialog.setHeaderText(m.get("help.keyboard.header"));
        dialog.getDialogPane().setContent(scroll);
        dialog.getDialogPane().getButtonTypes().add(org.focalexplorer.view.DialogButtons.close(m));
        dialog.getDialogPane().setId(ID);
        dialog.setResizable(true);
        return dialog;
    }

    /** "Shortcut+Z" as this platform writes it (Ctrl+Z, ⌘Z); keys the views handle are shown as written. */
    static String displayText(String keys) {
        try {
            return KeyCombination.valueOf(keys).getDisplayText();
        } catch (IllegalArgumentException e) {
            return keys;
        }
    }
}
