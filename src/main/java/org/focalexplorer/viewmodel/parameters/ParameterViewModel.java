package org.focalexplorer.viewmodel.parameters;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.focalexplorer.viewmodel.text.Messages;

/**
 * α (with an "off" state), γ and FL*'s β, shared by every feature that draws or reads out a loss.
 *
 * <p>{@link #parametersProperty()} is the one thing the other view models listen to: it changes once
 * per user action, also for a preset that sets three numbers at once.
 */
public final class ParameterViewModel {
    public static final double GAMMA_MAX = 10.0;
    public static final double BETA_LIMIT = 5.0;

    private final NumberParameter alpha;
    private final NumberParameter gamma;
    private final NumberParameter beta;
    private final BooleanProperty alphaEnabled = new SimpleBooleanProperty(this, "alphaEnabled", false);
    private final ReadOnlyObjectWrapper<Parameters> parameters = new ReadOnlyObjectWrapper<>(this, "parameters");
    private boolean applying;

    public ParameterViewModel(Messages messages) {
        alpha = new NumberParameter("α", 0.0, 1.0, 2, 0.25, messages);
        gamma = new NumberParameter("γ", 0.0, GAMMA_MAX, 2, 2.0, messages);
        beta = new NumberParameter("β", -BETA_LIMIT, BETA_LIMIT, 2, 1.0, messages);
        parameters.set(snapshot());
        alpha.valueProperty().addListener((o, a, b) -> publish());
        gamma.valueProperty().addListener((o, a, b) -> publish());
        beta.valueProperty().addListener((o, a, b) -> publish());
        alphaEnabled.addListener((o, a, b) -> publish());
    }

    public NumberParameter alpha() {
        return alpha;
    }

    public NumberParameter gamma() {
        return gamma;
    }

    public NumberParameter beta() {
        return beta;
    }

    /** Off = no α weighting (α_t = 1); α keeps its value for when it is switched on again. */
    public BooleanProperty alphaEnabledProperty() {
        return alphaEnabled;
    }

    public ReadOnlyObjectProperty<Parameters> parametersProperty() {
        return parameters.getReadOnlyProperty();
    }

    public Parameters parameters() {
        return parameters.get();
    }

    /** Sets everything a preset names in one change. */
    public void apply(Preset preset) {
        set(new Parameters(preset.alphaEnabled(), preset.alpha(), preset.gamma(), beta.get()));
    }

    /** Sets α (on or off) and γ in one change (a preset, a lesson step); out of range throws. */
    public void apply(boolean alphaOn, double alphaValue, double gammaValue) {
        set(new Parameters(alphaOn, alphaValue, gammaValue, beta.get()));
    }

    /**
     * Sets all four values in one change (a session, an undo step). Out of range → IllegalArgumentException
     * naming the value, and nothing changes.
     */
    public void set(Parameters p) {
        checkRange(alpha, p.alpha());
        checkRange(gamma, p.gamma());
        checkRange(beta, p.beta());
        applying = true;
        try {
            alphaEnabled.set(p.alphaEnabled());
            alpha.set(p.alpha());
            gamma.set(p.gamma());
            beta.set(p.beta());
        } finally {
            applying = false;
        }
        publish();
    }

    private static void checkRange(NumberParameter n, double v) {
        if (!(v >= n.min() && v <= n.max())) {
            throw new IllegalArgumentException(n.symbol() + " = " + v + ": must be in [" + n.min() + ", " + n.max() + "]");
        }
    }

    private void publish() {
        if (!applying) {
            Parameters next = snapshot();
            if (!next.equals(parameters.get())) {
                parameters.set(next);
            }
        }
    }

    private Parameters snapshot() {
        return new Parameters(alphaEnabled.get(), alpha.get(), gamma.get(), beta.get());
    }
}
