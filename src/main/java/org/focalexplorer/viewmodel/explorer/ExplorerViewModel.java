package org.focalexplorer.viewmodel.explorer;

import java.util.concurrent.Executor;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import org.focalexplorer.viewmodel.curves.CurvesViewModel;
import org.focalexplorer.viewmodel.parameters.ParameterViewModel;
import org.focalexplorer.viewmodel.probe.ProbeViewModel;
import org.focalexplorer.viewmodel.text.Messages;

/** The explorer window: its features' view models, wired to one set of parameters, and the text size. */
public final class ExplorerViewModel {
    public static final int FONT_SCALE_MIN = 100;
    public static final int FONT_SCALE_MAX = 200;
    public static final int FONT_SCALE_STEP = 25;

    private final Messages messages;
    private final ParameterViewModel parameters;
    private final CurvesViewModel curves;
    private final ProbeViewModel probe;
    private final IntegerProperty fontScale = new SimpleIntegerProperty(this, "fontScale", FONT_SCALE_MIN) {
        @Override
        public void set(int v) {
            super.set(Math.max(FONT_SCALE_MIN, Math.min(FONT_SCALE_MAX, v)));
        }
    };

    /**
     * @param scheduler where recomputations run after a change: {@code Platform::runLater} in the app
     *                  (so a burst of slider events costs one recomputation), {@code Runnable::run} in tests
     */
    public ExplorerViewModel(Messages messages, Executor scheduler) {
        this.messages = messages;
        this.parameters = new ParameterViewModel(messages);
        this.curves = new CurvesViewModel(parameters, messages, scheduler);
        this.probe = new ProbeViewModel(parameters, messages);
    }

    public Messages messages() {
        return messages;
    }

    public ParameterViewModel parameters() {
        return parameters;
    }

    public CurvesViewModel curves() {
        return curves;
    }

    public ProbeViewModel probe() {
        return probe;
    }

    /** Text size in percent (100–200), for projectors. */
    public IntegerProperty fontScaleProperty() {
        return fontScale;
    }
}
