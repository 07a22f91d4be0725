package org.focalexplorer.viewmodel.classifier;

import java.util.OptionalDouble;
import java.util.function.DoubleFunction;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.DoubleProperty;
import org.focalexplorer.settings.Codecs.LevelCodec;
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
    private final LevelCodec ladder;
    private final double[] levels;
    private final DoubleFunction<String> format;
    private final Messages messages;
    private final DoubleProperty value;
    private final ReadOnlyIntegerWrapper position = new ReadOnlyIntegerWrapper(this, "position");
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    /**
     * @param value    the setting's live property
     * @param ladder   the setting's levels (and typed range, if it can be typed)
     * @param format   the value as the label beside the slider shows it (in the current language)
     * @param symbol   its name in refusal messages ("learning rate"); null if it cannot be typed
     * @param messages the strings; the label is written again when the language changes
     */
    public LevelParameter(DoubleProperty value, LevelCodec ladder, DoubleFunction<String> format, String symbol,
            Messages messages) {
        this.symbol = symbol;
        this.ladder = ladder;
        this.levels = ladder.levels();
        this.format = format;
        this.messages = messages;
        this.value = value;
        show(value.get());
        value.addListener((o, was, now) -> show(now.doubleValue()));
        messages.bundleProperty().addListener(o -> {
            error.set("");
            show(value.get());
        });
    }

    public double get() {
        return value.get();
    }

    public ReadOnlyDoubleProperty valueProperty() {
        return value;
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
        return ladder.isTyped();
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
        return ladder.accepts(v);
    }

    /** Sets an exact value (a lesson); one {@link #accepts} refuses → IllegalArgumentException. */
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
        OptionalDouble parsed = NumberParser.parseWithOverflow(shown);
        if (parsed.isEmpty()) {
            error.set(messages.format("parameter.error.notNumber", shown, symbol, entryText()));
            return false;
        }
        double v = parsed.getAsDouble();
        if (!(v >= ladder.typedMin() && v <= ladder.typedMax())) {
            error.set(messages.format("parameter.error.range", symbol, NumberText.format(ladder.typedMin(), 3),
                    NumberText.format(ladder.typedMax(), 3), entryText(), shown));
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
        show(v);
    }

    private void show(double v) {
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
