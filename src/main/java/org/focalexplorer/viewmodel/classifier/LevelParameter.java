package org.focalexplorer.viewmodel.classifier;

import java.util.OptionalDouble;
import java.util.function.DoubleFunction;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.focalexplorer.viewmodel.text.Messages;
import org.focalexplorer.text.NumberParser;
import org.focalexplorer.text.NumberText;

/**
 * A setting picked on a slider from a ladder of round values, and optionally typed exactly.
 *
 * <p>The slider's position is the index of a level: ladders that span decades are log-spaced (1, 2, 5 ×
 * 10ⁿ…), so the slider is a log-scale slider whose every stop is a value one could name, and an arrow
 * key moves one stop. A typed value need not be a level; the slider then stands at the nearest one.
 */
public final class LevelParameter {
    private final String symbol;
    private final double[] levels;
    private final DoubleFunction<String> format;
    private final double typedMin;
    private final double typedMax;
    private final Messages messages;
    private final ReadOnlyDoubleWrapper value;
    private final ReadOnlyIntegerWrapper position = new ReadOnlyIntegerWrapper(this, "position");
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    /** A slider-only setting. */
    public LevelParameter(double[] levels, double initial, DoubleFunction<String> format) {
        this(null, levels, initial, format, Double.NaN, Double.NaN, null);
    }

    /**
     * A setting that can also be typed, anywhere in [typedMin, typedMax].
     *
     * @param symbol its name in refusal messages ("learning rate")
     */
    public LevelParameter(String symbol, double[] levels, double initial, DoubleFunction<String> format,
            double typedMin, double typedMax, Messages messages) {
        if (levels.length < 2) {
            throw new IllegalArgumentException("a ladder needs at least two levels");
        }
        this.symbol = symbol;
        this.levels = levels.clone();
        this.format = format;
        this.typedMin = typedMin;
        this.typedMax = typedMax;
        this.messages = messages;
        this.value = new ReadOnlyDoubleWrapper(this, "value", Double.NaN);
        set(initial);
    }

    public double get() {
        return value.get();
    }

    public ReadOnlyDoubleProperty valueProperty() {
        return value.getReadOnlyProperty();
    }

    /** The slider's stop: the index of the level nearest the value. */
    public ReadOnlyIntegerProperty positionProperty() {
        return position.getReadOnlyProperty();
    }

    /** The highest slider position (levels − 1). */
    public int maxPosition() {
        return levels.length - 1;
    }

    public double level(int i) {
        return levels[i];
    }

    /** The value as the label beside the slider shows it. */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /** Empty while the last typed entry was accepted; otherwise why it was refused. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public boolean isTyped() {
        return !Double.isNaN(typedMin);
    }

    /** The value as an entry field shows it: exact, in scientific notation when very small or large. */
    public String entryText() {
        double v = value.get();
        if (v == 0.0 || (Math.abs(v) >= 1e-6 && Math.abs(v) < 1e6)) {
            return NumberText.exact(v);
        }
        return Double.toString(v).replace("E", "e");
    }

    /** A slider position (rounded to the nearest stop). */
    public void setPosition(double sliderValue) {
        if (!Double.isNaN(sliderValue)) {
            int i = (int) Math.round(Math.max(0, Math.min(maxPosition(), sliderValue)));
            set(levels[i]);
        }
    }

    /** Whether {@link #setValue} takes {@code v}: one of the levels, or in the typed range if it can be typed. */
    public boolean accepts(double v) {
        for (double l : levels) {
            if (l == v) {
                return true;
            }
        }
        return isTyped() && v >= typedMin && v <= typedMax;
    }

    /** Sets an exact value (a session, an undo step); one {@link #accepts} refuses → IllegalArgumentException. */
    public void setValue(double v) {
        if (!accepts(v)) {
            throw new IllegalArgumentException((symbol == null ? "value" : symbol) + " = " + v + ": not a level of this setting");
        }
        set(v);
    }

    /** Takes typed text if this setting can be typed and it is a number in range; else refuses it. */
    public boolean submit(String typed) {
        if (!isTyped()) {
            throw new IllegalStateException("this setting cannot be typed");
        }
        String shown = typed == null ? "" : typed.strip();
        OptionalDouble parsed = NumberParser.parse(shown);
        if (parsed.isEmpty()) {
            error.set(messages.format("parameter.error.notNumber", shown, symbol, entryText()));
            return false;
        }
        double v = parsed.getAsDouble();
        if (!(v >= typedMin && v <= typedMax)) {
            error.set(messages.format("parameter.error.range", symbol, NumberText.format(typedMin, 3),
                    NumberText.format(typedMax, 3), entryText()));
            return false;
        }
        set(v);
        return true;
    }

    public void clearError() {
        error.set("");
    }

    private void set(double v) {
        error.set("");
        value.set(v);
        position.set(nearest(v));
        text.set(format.apply(v));
    }

    /** The level nearest v: in ratio where the ladder is positive (log-spaced), else in difference. */
    private int nearest(double v) {
        boolean log = v > 0;
        for (double l : levels) {
            log &= l > 0;
        }
        int best = 0;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int i = 0; i < levels.length; i++) {
            if (levels[i] == v) {
                return i;
            }
            double d = log ? Math.abs(Math.log(levels[i] / v)) : Math.abs(levels[i] - v);
            if (d < bestDistance) {
                bestDistance = d;
                best = i;
            }
        }
        return best;
    }
}
