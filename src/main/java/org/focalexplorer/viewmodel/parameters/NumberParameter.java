package org.focalexplorer.viewmodel.parameters;

import java.util.OptionalDouble;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.focalexplorer.settings.Codecs.NumberCodec;
import org.focalexplorer.text.NumberParser;
import org.focalexplorer.text.NumberText;
import org.focalexplorer.viewmodel.text.Messages;

/**
 * One number the user sets with a slider and an exact text entry (α, γ or β), held in its setting's live
 * property; its range is the setting's ({@link NumberCodec}), so there is one range check.
 *
 * <p>Typed text is taken exactly ("2" is 2.0, "0.25" the double nearest 0.25); text that is not a
 * number in range is refused with a message in {@link #errorProperty()} and the value stays. A
 * slider position is rounded to {@code sliderDecimals} decimals, so a drag gives the same values a
 * user could type.
 */
public final class NumberParameter {
    private final String symbol;
    private final NumberCodec range;
    private final double sliderScale;
    private final Messages messages;
    private final DoubleProperty value;
    private final ReadOnlyStringWrapper text;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    /**
     * @param value the setting's live property
     * @param range the setting's domain
     */
    public NumberParameter(String symbol, DoubleProperty value, NumberCodec range, int sliderDecimals, Messages messages) {
        this.symbol = symbol;
        this.range = range;
        this.sliderScale = Math.pow(10, sliderDecimals);
        this.messages = messages;
        this.value = value;
        this.text = new ReadOnlyStringWrapper(this, "text", NumberText.exact(value.get()));
        value.addListener((o, was, now) -> text.set(NumberText.exact(now.doubleValue())));
        messages.bundleProperty().addListener(o -> error.set("")); // a refusal in the old language goes
    }

    public String symbol() {
        return symbol;
    }

    public double min() {
        return range.min();
    }

    public double max() {
        return range.max();
    }

    public double get() {
        return value.get();
    }

    public ReadOnlyDoubleProperty valueProperty() {
        return value;
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
        OptionalDouble parsed = NumberParser.parseWithOverflow(shown);
        if (parsed.isEmpty() || Double.isNaN(parsed.getAsDouble())) {
            error.set(messages.format("parameter.error.notNumber", shown, symbol, text.get()));
            return false;
        }
        double v = parsed.getAsDouble();
        if (!(v >= min() && v <= max())) {
            error.set(messages.format("parameter.error.range", symbol, NumberText.exact(min()), NumberText.exact(max()),
                    text.get(), shown));
            return false;
        }
        set(v);
        return true;
    }

    /** A slider position, rounded to the slider's resolution and clamped to the range. */
    public void setFromSlider(double position) {
        double rounded = Math.round(position * sliderScale) / sliderScale;
        set(Math.max(min(), Math.min(max(), rounded)));
    }

    /** Forgets a refused entry (the field shows the current value again). */
    public void clearError() {
        error.set("");
    }

    void set(double v) {
        double checked = range.check(symbol, v); // out of range → IllegalArgumentException, nothing changes
        error.set("");
        value.set(checked);
        text.set(NumberText.exact(checked));
    }
}
