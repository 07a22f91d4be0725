package org.focalexplorer.viewmodel.pin;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.focalexplorer.settings.PinnedSetting;
import org.focalexplorer.settings.Settings;
import org.focalexplorer.text.NumberText;
import org.focalexplorer.viewmodel.parameters.ParameterViewModel;
import org.focalexplorer.viewmodel.parameters.Parameters;
import org.focalexplorer.viewmodel.state.LiveState;
import org.focalexplorer.viewmodel.text.Messages;

/**
 * Pin and compare (issue #12): pins the live loss setting so that its curves and probe values stay beside
 * the live ones, unpins, and sets the paper's baseline pair in one click. The pin is a setting of the
 * {@link LiveState} ({@link Settings#PINNED}): undo, sessions and the state string keep it.
 */
public final class PinViewModel {
    /** The paper's α-balanced CE baseline (Table 1a's best: α = 0.75, γ = 0) … */
    public static final PinnedSetting BASELINE_PINNED = PinnedSetting.of(true, 0.75, 0.0, Settings.BETA.defaultValue());
    /** … against its best FL (α = 0.25, γ = 2), set live. */
    public static final double BASELINE_LIVE_ALPHA = 0.25;
    public static final double BASELINE_LIVE_GAMMA = 2.0;

    private final LiveState state;
    private final ParameterViewModel parameters;
    private final Messages messages;
    private final ObjectProperty<PinnedSetting> pinned;
    private final BooleanProperty flStarShown;
    private final BooleanBinding isPinned;
    private final ReadOnlyStringWrapper difference = new ReadOnlyStringWrapper(this, "difference", "");
    private final ReadOnlyStringWrapper pinnedText = new ReadOnlyStringWrapper(this, "pinnedText", "");

    public PinViewModel(LiveState state, ParameterViewModel parameters, Messages messages) {
        this.state = state;
        this.parameters = parameters;
        this.messages = messages;
        this.pinned = state.object(Settings.PINNED);
        this.flStarShown = state.bool(Settings.SHOW_FL_STAR);
        this.isPinned = Bindings.createBooleanBinding(() -> pinned.get().pinned(), pinned);
        pinned.addListener(o -> update());
        flStarShown.addListener(o -> update());
        parameters.parametersProperty().addListener(o -> update());
        messages.bundleProperty().addListener(o -> update());
        update();
    }

    /** The pinned setting ({@link PinnedSetting#NONE} when nothing is pinned). */
    public ObjectProperty<PinnedSetting> pinnedProperty() {
        return pinned;
    }

    public BooleanBinding isPinnedProperty() {
        return isPinned;
    }

    /** "Only γ differs from the pinned setting (2 now, 0 pinned)", "2 parameters differ: α, γ"; empty unpinned. */
    public ReadOnlyStringProperty differenceProperty() {
        return difference.getReadOnlyProperty();
    }

    /** The pinned setting in words ("α = 0.75, γ = 0"); empty unpinned. */
    public ReadOnlyStringProperty pinnedTextProperty() {
        return pinnedText.getReadOnlyProperty();
    }

    /** Pins the live setting; a pinned one is replaced (one undo step). */
    public void pin() {
        Parameters p = parameters.parameters();
        pinned.set(PinnedSetting.of(p.alphaEnabled(), p.alpha(), p.gamma(), p.beta()));
    }

    /** Removes the pin and its ghost curves (one undo step). */
    public void unpin() {
        pinned.set(PinnedSetting.NONE);
    }

    /**
     * The paper's baseline pair in one click (one undo step): α-balanced CE at α = 0.75 (γ = 0) pinned,
     * FL at α = 0.25, γ = 2 live. β keeps its value on both sides.
     */
    public void comparePaperBaseline() {
        double beta = parameters.parameters().beta();
        state.transaction(() -> {
            pinned.set(PinnedSetting.of(true, BASELINE_PINNED.alpha(), BASELINE_PINNED.gamma(), beta));
            parameters.apply(true, BASELINE_LIVE_ALPHA, BASELINE_LIVE_GAMMA);
        });
    }

    private void update() {
        PinnedSetting pin = pinned.get();
        if (!pin.pinned()) {
            difference.set("");
            pinnedText.set("");
            return;
        }
        pinnedText.set(describe(pin));
        Parameters live = parameters.parameters();
        List<PinDifference.Parameter> d = PinDifference.of(live, pin, flStarShown.get());
        if (d.isEmpty()) {
            difference.set(messages.get("pin.difference.none"));
        } else if (d.size() == 1) {
            PinDifference.Parameter only = d.get(0);
            difference.set(messages.format("pin.difference.one", name(only), value(only, live.alphaEnabled(),
                    live.alpha(), live.gamma(), live.beta()), value(only, pin.alphaEnabled(), pin.alpha(), pin.gamma(),
                    pin.beta())));
        } else {
            difference.set(messages.format("pin.difference.many", d.size(),
                    String.join(messages.get("pin.difference.separator"), d.stream().map(this::name).toList())));
        }
    }

    /** "α = 0.75, γ = 0" or "α off, γ = 2" (and β while FL* is drawn). */
    private String describe(PinnedSetting pin) {
        String alpha = pin.alphaEnabled() ? messages.format("pin.alpha", NumberText.exact(pin.alpha()))
                : messages.get("pin.alpha.off");
        String text = messages.format("pin.setting", alpha, NumberText.exact(pin.gamma()));
        return flStarShown.get() ? messages.format("pin.setting.beta", text, NumberText.exact(pin.beta())) : text;
    }

    private String name(PinDifference.Parameter p) {
        return messages.get("pin.parameter." + p.name().toLowerCase(java.util.Locale.ROOT));
    }

    private String value(PinDifference.Parameter p, boolean alphaOn, double alpha, double gamma, double beta) {
        return switch (p) {
            case ALPHA_SWITCH -> messages.get(alphaOn ? "pin.value.on" : "pin.value.off");
            case ALPHA -> NumberText.exact(alpha);
            case GAMMA -> NumberText.exact(gamma);
            case BETA -> NumberText.exact(beta);
        };
    }
}
