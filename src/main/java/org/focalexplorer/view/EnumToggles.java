package org.focalexplorer.view;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.ToggleButton;
import org.controlsfx.control.SegmentedButton;

/** A ControlsFX {@link SegmentedButton} with one button per enum value, bound both ways to a property. */
public final class EnumToggles {
    private EnumToggles() {}

    /** One button of a segmented control: id, text, tooltip. */
    public record Choice(String id, String text, String tooltip) {}

    public static <E extends Enum<E>> SegmentedButton segmented(ObjectProperty<E> property, Map<E, Choice> choices) {
        Map<E, ToggleButton> buttons = new LinkedHashMap<>();
        SegmentedButton segmented = new SegmentedButton();
        choices.forEach((value, c) -> {
            ToggleButton b = new ToggleButton(c.text());
            b.setId(c.id());
            b.setUserData(value);
            Controls.tip(b, c.tooltip());
            buttons.put(value, b);
            segmented.getButtons().add(b);
        });
        buttons.get(property.get()).setSelected(true);
        segmented.getToggleGroup().selectedToggleProperty().addListener((o, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one choice is always on
            } else {
                @SuppressWarnings("unchecked")
                E value = (E) now.getUserData();
                property.set(value);
            }
        });
        Listen.whileAlive(segmented, property, (o, a, v) -> buttons.get(v).setSelected(true));
        return segmented;
    }
}
