package org.focalexplorer.view.code;

import org.focalexplorer.view.Listen;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;
import org.focalexplorer.view.Controls;

/**
 * A ComboBox of enum values kept in step with a property both ways. Not a bidirectional binding: when the
 * item list is replaced the ComboBox may pass through null, which the property must never take.
 */
final class EnumCombo {
    private EnumCombo() {}

    static <E> ComboBox<E> of(String id, ObjectProperty<E> property, ObservableList<E> items, Function<E, String> text,
            String tooltip) {
        ComboBox<E> combo = new ComboBox<>(items);
        combo.setId(id);
        combo.setConverter(new StringConverter<>() {
            @Override
            public String toString(E e) {
                return e == null ? "" : text.apply(e);
            }

            @Override
            public E fromString(String s) {
                return null; // not editable
            }
        });
        combo.setValue(property.get());
        combo.valueProperty().addListener((o, was, v) -> {
            if (v != null && v != property.get()) {
                property.set(v);
            }
        });
        Listen.whileAlive(combo, property, (o, was, v) -> combo.setValue(v));
        combo.setMaxWidth(Double.MAX_VALUE);
        Controls.tip(combo, tooltip);
        return combo;
    }
}
