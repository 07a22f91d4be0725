package org.focalexplorer.viewmodel.parameters;

import java.util.OptionalDouble;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.focalexplorer.viewmodel.text.Messages;
import org.focalexplorer.text.NumberParser;
import org.focalexplorer.text.NumberText;

/**
 * One number the user sets with a slider and an exact text entry (α, γ or β).
 *
 * <p>Typed text is taken exactly ("2" is 2.0, "0.25" the double nearest 0.25); text that is not a
 * number in range is refused with a message in {@link #errorProperty()} and the value stays. A
 * slider position is rounded to {@code sliderDecimals} decimals, so a drag gives the same values a
 * user could type.
 */
public final class NumberParameter {
    private final String symbol;
    private final double min;
    private final double max;
    private final double sliderScale;
    private final Messages messages;
    private final ReadOnlyDoubleWrapper value;
    private final ReadOnlyStringWrapper text;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    public NumberParameter(String symbol, double min, double max, int sliderDecimals, double initial, Messages messages) {
        this.symbol = symbol;
        this.min = min;
        this.max = max;
        this.sliderScale = Math.pow(10, sliderDecimals);
        this.messages = messages;
        this.value = new ReadOnlyDoubleWrapper(this, "value", initial);
        this.text = new ReadOnlyStringWrapper(this, "text", NumberText.exact(initial));
    }

    public String symbol() {
        return symbol;
    }

    public double min() {
        return min;
    }

    public double max() {
        return max;
    }

    public double get() {
        return value.get();
    }

    public ReadOnlyDoubleProperty valueProperty() {
        return value.getReadOnlyProperty();
    }

    /** The current value as the shortest exact text; the entry field shows it. */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /** Empty while the last entry was accepted; otherwise why it was refused. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /**
     * Takes typed text as the new value if it is a number in [min, max].
     *
     * @return whether the text was accepted
     */
    public boolean submit(String typed) {
        String shown = typed == null ? "" : typed.strip();
        OptionalDouble parsed = NumberParser.parse(shown);
        if (parsed.isEmpty()) {
            error.set(messages.format("parameter.error.notNumber", shown, symbol, text.get()));
            return false;
        }
        double v = parsed.getAsDouble();
        if (!(v >= min && v <= max)) {
            error.set(messages.format("parameter.error.range", symbol, NumberText.exact(min), NumberText.exact(max),
                    text.get()));
            return false;
        }
        set(v);
        return true;
    }

    /** A slider position, rounded to the slider's resolution and clamped to the range. */
    public void setFromSlider(double position) {
        double rounded = Math.round(position * sliderScale) / sliderScale;
        set(Math.max(min, Math.min(max, rounded)));
    }

    /** Forgets a refused entry (the field shows the current value again). */
    public void clearError() {
        error.set("");
    }

    void set(double v) {
        if (!(v >= min && v <= max)) {
            throw new IllegalArgumentException(symbol + " = " + v + ": must be in [" + min + ", " + max + "]");
        }
        error.set("");
        value.set(v == 0.0 ? 0.0 : v); // no −0
        text.set(NumberText.exact(v));
    }
}
