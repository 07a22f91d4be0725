package org.focalexplorer.view;

import java.util.OptionalDouble;
import javafx.scene.control.SpinnerValueFactory;
import javafx.util.StringConverter;
import org.focalexplorer.text.NumberParser;

/**
 * The text of a whole-number spinner (a seed, a number of classes, the text size). Typed text that is not a
 * whole number in range is refused: the spinner shows its value again and nothing changes, where the
 * default converter would throw on the FX thread.
 */
public final class WholeNumbers {
    private WholeNumbers() {}

    /** Gives {@code factory} a converter that shows values with {@code suffix} ("", " %") and reads them leniently. */
    public static void lenient(SpinnerValueFactory.IntegerSpinnerValueFactory factory, String suffix) {
        factory.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer v) {
                return v == null ? "" : v + suffix;
            }

            @Override
            public Integer fromString(String s) {
                String t = s == null ? "" : s.strip();
                if (!suffix.isBlank() && t.endsWith(suffix.strip())) {
                    t = t.substring(0, t.length() - suffix.strip().length()).strip();
                }
                OptionalDouble v = NumberParser.parse(t);
                if (v.isEmpty() || v.getAsDouble() != Math.rint(v.getAsDouble())
                        || v.getAsDouble() < factory.getMin() || v.getAsDouble() > factory.getMax()) {
                    return factory.getValue(); // refused: the value stays, and the field shows it again
                }
                return (int) v.getAsDouble();
            }
        });
    }
}
