package org.focalexplorer.viewmodel.probe;

import org.focalexplorer.settings.ProbePosition;
import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalDouble;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.focalexplorer.viewmodel.curves.Grids;
import org.focalexplorer.settings.XAxis;
import org.focalexplorer.viewmodel.parameters.ParameterViewModel;
import org.focalexplorer.viewmodel.parameters.Parameters;
import org.focalexplorer.viewmodel.text.Messages;
import org.focalexplorer.settings.Settings;
import org.focalexplorer.viewmodel.state.LiveState;
import javafx.beans.property.ObjectProperty;
import org.focalexplorer.text.NumberParser;
import org.focalexplorer.text.NumberText;

/**
 * The probe: one position shared by every plot and the loss core's values there, as numbers and as
 * text. A click or drag, the arrow keys and a typed p_t pin the probe; hovering over a plot only
 * previews a position, and leaving the plot returns the probe to where it was pinned.
 */
public final class ProbeViewModel {
    /** The pointer and the keys keep p_t inside the plot, where every value is finite. */
    public static final double PROBABILITY_MIN = 0.001;
    public static final double PROBABILITY_MAX = 0.999;
    private static final double PROBABILITY_RESOLUTION = 1e3;
    private static final double LOGIT_RESOLUTION = 1e2;
    private static final int DIGITS = 4;

    private final ParameterViewModel parameters;
    private final Messages messages;
    private final ReadOnlyObjectWrapper<ProbePosition> position = new ReadOnlyObjectWrapper<>(this, "position");
    private final ObjectProperty<ProbePosition> pinned;
    private final ReadOnlyObjectWrapper<ProbeReadout> readout = new ReadOnlyObjectWrapper<>(this, "readout");
    private final Map<Quantity, ReadOnlyStringWrapper> texts = new EnumMap<>(Quantity.class);
    /** The pinned setting's values at the same position (issue #12): the probe's second column. */
    private final Map<Quantity, ReadOnlyStringWrapper> pinnedTexts = new EnumMap<>(Quantity.class);
    private final ObjectProperty<org.focalexplorer.settings.PinnedSetting> pinnedSetting;
    private final ReadOnlyObjectWrapper<ProbeReadout> pinnedReadout = new ReadOnlyObjectWrapper<>(this, "pinnedReadout");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary");
    private final ReadOnlyStringWrapper probabilityText = new ReadOnlyStringWrapper(this, "probabilityText");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    /** While a lesson waits for a guess, the headline and the ratio do not give the answer away. */
    private final javafx.beans.property.BooleanProperty concealed =
            new javafx.beans.property.SimpleBooleanProperty(this, "concealed", false);

    /** In the live state of {@code parameters}. */
    public ProbeViewModel(ParameterViewModel parameters, Messages messages) {
        this(parameters.liveState(), parameters, messages);
    }

    public ProbeViewModel(LiveState state, ParameterViewModel parameters, Messages messages) {
        this.parameters = parameters;
        this.messages = messages;
        for (Quantity q : Quantity.values()) {
            texts.put(q, new ReadOnlyStringWrapper(this, q.name()));
            pinnedTexts.put(q, new ReadOnlyStringWrapper(this, "pinned" + q.name(), ""));
        }
        pinnedSetting = state.object(Settings.PINNED);
        pinnedSetting.addListener(o -> update());
        pinned = state.object(Settings.PROBE);
        position.set(pinned.get());
        pinned.addListener((o, a, b) -> position.set(b)); // a session, a lesson, an undo: the probe goes there
        position.addListener((o, a, b) -> update());
        parameters.parametersProperty().addListener((o, a, b) -> update());
        messages.bundleProperty().addListener(o -> {
            error.set("");
            update();
        });
        concealed.addListener(o -> update());
        update();
    }

    /** Set by the lessons while a step waits for the learner's guess (issue #12: predict, then reveal). */
    public javafx.beans.property.BooleanProperty concealedProperty() {
        return concealed;
    }

    public ReadOnlyObjectProperty<ProbePosition> positionProperty() {
        return position.getReadOnlyProperty();
    }

    public ProbePosition position() {
        return position.get();
    }

    public ReadOnlyObjectProperty<ProbeReadout> readoutProperty() {
        return readout.getReadOnlyProperty();
    }

    public ProbeReadout readout() {
        return readout.get();
    }

    /** A readout value as text (4 significant digits, powers of ten for tiny values, "—" where undefined). */
    public ReadOnlyStringProperty textProperty(Quantity q) {
        return texts.get(q).getReadOnlyProperty();
    }

    /** The pinned setting's value of {@code q} at the probe; empty while nothing is pinned. */
    public ReadOnlyStringProperty pinnedTextProperty(Quantity q) {
        return pinnedTexts.get(q).getReadOnlyProperty();
    }

    /** The pinned setting's values at the probe; null while nothing is pinned. */
    public ReadOnlyObjectProperty<ProbeReadout> pinnedReadoutProperty() {
        return pinnedReadout.getReadOnlyProperty();
    }

    /** "At p_t = 0.9 this example counts 100× less than under CE." */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** p_t as the entry field shows it: exactly as typed, or the probe's p_t to 6 digits. */
    public ReadOnlyStringProperty probabilityTextProperty() {
        return probabilityText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Pins the probe at a plot coordinate (click or drag), rounded to the pointer's resolution. */
    public void moveTo(XAxis axis, double value) {
        if (!Double.isNaN(value)) {
            pin(at(axis, value));
        }
    }

    /** Shows the probe at a plot coordinate under the pointer, without pinning it there. */
    public void hover(XAxis axis, double value) {
        if (!Double.isNaN(value)) {
            position.set(at(axis, value));
        }
    }

    /** The pointer left the plot: back to the pinned position. */
    public void endHover() {
        position.set(pinned.get());
    }

    private static ProbePosition at(XAxis axis, double value) {
        if (axis == XAxis.PROBABILITY) {
            double p = Math.round(value * PROBABILITY_RESOLUTION) / PROBABILITY_RESOLUTION;
            return ProbePosition.ofProbability(Math.max(PROBABILITY_MIN, Math.min(PROBABILITY_MAX, p)));
        }
        double x = Math.round(value * LOGIT_RESOLUTION) / LOGIT_RESOLUTION;
        return ProbePosition.ofLogit(Math.max(Grids.LOGIT_MIN, Math.min(Grids.TAIL_END, x)));
    }

    /**
     * Pins the probe exactly at logit {@code xt} (no rounding to the pointer's resolution): the live
     * classifier puts it at the p_t of a point the user hovers. A non-finite logit leaves it where it is.
     */
    public void moveToLogit(double xt) {
        if (Double.isFinite(xt)) {
            pin(ProbePosition.ofLogit(xt));
        }
    }

    /** One arrow-key step along {@code axis}: 0.01 in p_t or 0.1 in x_t, ten times that if coarse. */
    public void step(XAxis axis, int direction, boolean coarse) {
        double size = (axis == XAxis.PROBABILITY ? 0.01 : 0.1) * (coarse ? 10 : 1);
        pin(at(axis, position.get().along(axis) + Integer.signum(direction) * size));
    }

    /** Puts the probe at a typed p_t in (0, 1), exactly; other text is refused and the probe stays. */
    public boolean submitProbability(String typed) {
        String shown = typed == null ? "" : typed.strip();
        OptionalDouble p = NumberParser.parse(shown);
        if (p.isEmpty() || !(p.getAsDouble() > 0.0 && p.getAsDouble() < 1.0)) {
            error.set(messages.format("probe.error", shown, probabilityText.get()));
            return false;
        }
        pin(ProbePosition.ofProbability(p.getAsDouble()));
        return true;
    }

    /** Where the probe is pinned (hovering only previews a position; this is where it returns). */
    public ProbePosition pinned() {
        return pinned.get();
    }

    /**
     * Pins the probe exactly at {@code p} (a session, a lesson): p_t in (0, 1) or a finite logit, whichever
     * {@code p} was made from; otherwise IllegalArgumentException and the probe stays.
     */
    public void pinAt(ProbePosition p) {
        boolean ok = p.fromProbability() ? p.pt() > 0.0 && p.pt() < 1.0 : Double.isFinite(p.xt());
        if (!ok) {
            throw new IllegalArgumentException("probe = " + (p.fromProbability() ? "p_t " + p.pt() : "x_t " + p.xt())
                    + ": must be a p_t in (0, 1) or a finite logit");
        }
        pin(p);
    }

    public void clearError() {
        error.set("");
    }

    private void pin(ProbePosition next) {
        error.set("");
        pinned.set(next);
        position.set(next);
    }

    private void update() {
        Parameters p = parameters.parameters();
        ProbePosition at = position.get();
        ProbeReadout r = ProbeMath.readout(at, p);
        readout.set(r);
        for (Quantity q : Quantity.values()) {
            texts.get(q).set(NumberText.format(q.of(r), DIGITS));
        }
        if (at.fromProbability()) {
            texts.get(Quantity.PT).set(NumberText.exact(at.pt()));
        }
        updatePinned(at);
        String ptText = at.fromProbability() ? NumberText.exact(at.pt()) : NumberText.format(at.pt(), 6);
        probabilityText.set(ptText);
        if (concealed.get()) {
            texts.get(Quantity.RATIO).set(messages.get("probe.concealed.value"));
            summary.set(messages.format("probe.summary.concealed", ptText));
            return;
        }
        summary.set(summaryOf(r, ptText));
    }

    /** The second column: the same quantities for the pinned setting, at the same p_t (the probe is shared). */
    private void updatePinned(ProbePosition at) {
        org.focalexplorer.settings.PinnedSetting pin = pinnedSetting.get();
        if (!pin.pinned()) {
            pinnedReadout.set(null);
            pinnedTexts.values().forEach(t -> t.set(""));
            return;
        }
        ProbeReadout r = ProbeMath.readout(at, org.focalexplorer.viewmodel.pin.PinDifference.parameters(pin));
        pinnedReadout.set(r);
        for (Quantity q : Quantity.values()) {
            pinnedTexts.get(q).set(NumberText.format(q.of(r), DIGITS));
        }
        pinnedTexts.get(Quantity.PT).set(texts.get(Quantity.PT).get());
        if (concealed.get()) {
            pinnedTexts.get(Quantity.RATIO).set(messages.get("probe.concealed.value"));
        }
    }

    /**
     * The headline: how many times smaller the loss is than under CE, and beside it the gradient ratio,
     * which is never larger (FL's gradient has a second term from the factor changing with x_t) and is
     * below 1 — FL pulls harder than CE — for hard examples with α off (issue #12: a loss ratio is not a
     * training weight).
     */
    private String summaryOf(ProbeReadout r, String pt) {
        if (!(r.ratio() < Double.POSITIVE_INFINITY)) {
            return messages.format("probe.summary.ignored", pt);
        }
        String times = NumberText.format(r.ratio(), 3);
        double gradientRatio = r.ceGradient() / r.flGradient();
        if (times.equals("1")) {
            return messages.format("probe.summary.same", pt, NumberText.format(r.fl(), DIGITS),
                    NumberText.format(r.flGradient(), DIGITS));
        }
        if (!(gradientRatio < Double.POSITIVE_INFINITY)) {
            return messages.format("probe.summary.lossOnly", pt, times);
        }
        String gradientTimes = NumberText.format(gradientRatio, 3);
        if (gradientTimes.equals("1")) {
            return messages.format("probe.summary.lessGradientSame", pt, times);
        }
        if (gradientRatio < 1.0) {
            return messages.format("probe.summary.lessGradientLarger", pt, times, NumberText.format(1.0 / gradientRatio, 3));
        }
        return messages.format("probe.summary.less", pt, times, gradientTimes);
    }
}
