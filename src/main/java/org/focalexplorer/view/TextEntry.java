package org.focalexplorer.view;

import java.util.function.Consumer;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

/**
 * A text field for an exact entry that a view model accepts or refuses: it shows the accepted text, submits
 * on Enter and when focus leaves with changed text, and Escape puts the accepted text back and forgets the error.
 */
public final class TextEntry {
    private TextEntry() {}

    public static TextField field(ObservableStringValue accepted, Consumer<String> submit, Runnable clearError) {
        TextField field = new TextField(accepted.get());
        Listen.whileAlive(field, accepted, (o, a, t) -> field.setText(t));
        field.setOnAction(e -> submit.accept(field.getText()));
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now && !field.getText().equals(accepted.get())) {
                submit.accept(field.getText());
            }
        });
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                field.setText(accepted.get());
                clearError.run();
                e.consume();
            }
        });
        return field;
    }
}
