package org.focalexplorer.viewmodel.parameters;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.focalexplorer.loss.FocalSetting;
import org.focalexplorer.settings.Settings;
import org.focalexplorer.viewmodel.state.LiveState;
import org.focalexplorer.viewmodel.text.Messages;

/**
 * α (with an "off" state), γ and FL*'s β, shared by every feature that draws or reads out a loss. They are
 * settings of the {@link LiveState}; this view model gives them their controls.
 *
 * <p>{@link #parametersProperty()} is the one thing the other view models listen to: it changes once
 * per user action, also for a preset that sets three numbers at once.
 */
public final class ParameterViewModel {
    public static final double GAMMA_MAX = Settings.GAMMA_MAX;
    public static final double BETA_LIMIT = Settings.BETA_LIMIT;

    private final LiveState state;
    private final NumberParameter alpha;
    private final NumberParameter gamma;
    private final NumberParameter beta;
    private final ReadOnlyObjectWrapper<Parameters> parameters = new ReadOnlyObjectWrapper<>(this, "parameters");

    /** With a live state of its own (tests, the command line). */
    public ParameterViewModel(Messages messages) {
        this(new LiveState(), messages);
    }

    public ParameterViewModel(LiveState state, Messages messages) {
        this.state = state;
        alpha = new NumberParameter("α", state.number(Settings.ALPHA), Settings.range(Settings.ALPHA), 2, messages);
        gamma = new NumberParameter("γ", state.number(Settings.GAMMA), Settings.range(Settings.GAMMA), 2, messages);
        beta = new NumberParameter("β", state.number(Settings.BETA), Settings.range(Settings.BETA), 2, messages);
        parameters.set(snapshot());
        state.onChange(this::publish, List.of(Settings.ALPHA_ENABLED, Settings.ALPHA, Settings.GAMMA, Settings.BETA));
    }

    /** The live state these parameters are settings of (the other view models share it). */
    public LiveState liveState() {
        return state;
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
        return state.bool(Settings.ALPHA_ENABLED);
    }

    public ReadOnlyObjectProperty<Parameters> parametersProperty() {
        return parameters.getReadOnlyProperty();
    }

    public Parameters parameters() {
        return parameters.get();
    }

    /** The focal setting now (α on/off, α, γ). */
    public FocalSetting focal() {
        return parameters.get().focal();
    }

    /** Sets everything a preset names in one change (one undo step). */
    public void apply(Preset preset) {
        set(new Parameters(preset.alphaEnabled(), preset.alpha(), preset.gamma(), beta.get()));
    }

    /** Sets α (on or off) and γ in one change (a preset, a lesson step); out of range throws. */
    public void apply(boolean alphaOn, double alphaValue, double gammaValue) {
        set(new Parameters(alphaOn, alphaValue, gammaValue, beta.get()));
    }

    /**
     * Sets all four values in one change. Out of range → IllegalArgumentException naming the value, and
     * nothing changes.
     */
    public void set(Parameters p) {
        Settings.ALPHA.check(p.alpha());
        Settings.GAMMA.check(p.gamma());
        Settings.BETA.check(p.beta());
        state.transaction(() -> {
            state.set(Settings.ALPHA_ENABLED, p.alphaEnabled());
            alpha.set(p.alpha());
            gamma.set(p.gamma());
            beta.set(p.beta());
        });
    }

    private void publish() {
        Parameters next = snapshot();
        if (!next.equals(parameters.get())) {
            parameters.set(next);
        }
    }

    private Parameters snapshot() {
        return new Parameters(state.get(Settings.ALPHA_ENABLED), alpha.get(), gamma.get(), beta.get());
    }
}
