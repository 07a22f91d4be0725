package org.focalexplorer.view;

import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import org.focalexplorer.viewmodel.text.Messages;

/**
 * Dialog buttons in the app's language: JavaFX labels its standard buttons in the language the toolkit
 * started in, which is wrong after a switch from the View menu.
 */
public final class DialogButtons {
    private DialogButtons() {
    }

    public static ButtonType close(Messages m) {
        return new ButtonType(m.get("dialog.close"), ButtonData.CANCEL_CLOSE);
    }

    public static ButtonType ok(Messages m) {
        return new ButtonType(m.get("dialog.ok"), ButtonData.OK_DONE);
    }

    public static ButtonType cancel(Messages m) {
        return new ButtonType(m.get("dialog.cancel"), ButtonData.CANCEL_CLOSE);
    }

    /** Replaces a dialog's OK and Cancel with buttons in the app's language. */
    public static void okCancel(Dialog<?> dialog, Messages m) {
        dialog.getDialogPane().getButtonTypes().setAll(ok(m), cancel(m));
    }
}
