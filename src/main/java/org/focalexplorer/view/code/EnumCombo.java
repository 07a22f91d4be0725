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
        // The chosen value wraps onto a second line in a narrow side panel instead of ending in "…" (issue #13).
        combo.setButtonCell(new WrappingCell<>(combo, text));
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

    /**
     * The combo's shown value, wrapping. A combo box asks its value's height without a width, which gives one
     * line, so the cell answers for the width it gets: the combo's, less its insets and arrow button.
     */
    private static final class WrappingCell<E> extends javafx.scene.control.ListCell<E> {
        private final ComboBox<E> combo;
        private final Function<E, String> text;

        WrappingCell(ComboBox<E> combo, Function<E, String> text) {
            this.combo = combo;
            this.text = text;
            setWrapText(true);
            combo.widthProperty().addListener((o, a, b) -> requestLayout());
        }

        @Override
        protected void updateItem(E e, boolean empty) {
            super.updateItem(e, empty);
            setText(empty || e == null ? "" : text.apply(e));
        }

        @Override
        protected double computePrefHeight(double width) {
            if (width < 0 && combo.getWidth() > 0) {
                javafx.scene.Node arrow = combo.lookup(".arrow-button");
                double arrowWidth = arrow instanceof javafx.scene.layout.Region r ? r.getWidth() : 0;
                width = Math.max(0, combo.getWidth() - combo.snappedLeftInset() - combo.snappedRightInset() - arrowWidth);
            }
            return super.computePrefHeight(width);
        }
    }
}
