package org.focalexplorer.viewmodel.pin;

import java.util.ArrayList;
import java.util.List;
import org.focalexplorer.settings.PinnedSetting;
import org.focalexplorer.viewmodel.parameters.Parameters;

/**
 * Which parameters of the live setting differ from the pinned one, so that a learner varies one at a time.
 * α counts only where it acts (with α off on both sides its value shapes nothing); β only while FL* is drawn.
 */
public final class PinDifference {
    /** A parameter that can differ, by its symbol as the legend writes it. */
    public enum Parameter {
        ALPHA_SWITCH, ALPHA, GAMMA, BETA
    }

    private PinDifference() {}

    /** The parameters that differ, in the order α switch, α, γ, β; empty if nothing is pinned or all agree. */
    public static List<Parameter> of(Parameters live, PinnedSetting pin, boolean flStarShown) {
        List<Parameter> out = new ArrayList<>();
        if (!pin.pinned()) {
            return out;
        }
        if (live.alphaEnabled() != pin.alphaEnabled()) {
            out.add(Parameter.ALPHA_SWITCH);
        } else if (live.alphaEnabled() && live.alpha() != pin.alpha()) {
            out.add(Parameter.ALPHA);
        }
        if (live.gamma() != pin.gamma()) {
            out.add(Parameter.GAMMA);
        }
        if (flStarShown && live.beta() != pin.beta()) {
            out.add(Parameter.BETA);
        }
        return out;
    }

    /** The pinned setting as the {@link Parameters} the curves and the probe are computed from. */
    public static Parameters parameters(PinnedSetting pin) {
        return new Parameters(pin.alphaEnabled(), pin.alpha(), pin.gamma(), pin.beta());
    }
}
