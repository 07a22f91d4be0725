package org.focalexplorer.viewmodel.explorer;

import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.focalexplorer.viewmodel.classifier.BackgroundScheduler;
import org.focalexplorer.viewmodel.classifier.ClassifierViewModel;
import org.focalexplorer.viewmodel.classifier.TrainingScheduler;
import org.focalexplorer.viewmodel.curves.CurvesViewModel;
import org.focalexplorer.viewmodel.lessons.LessonsViewModel;
import org.focalexplorer.viewmodel.parameters.ParameterViewModel;
import org.focalexplorer.viewmodel.prefs.MemoryPreferenceStore;
import org.focalexplorer.viewmodel.prefs.PreferenceStore;
import org.focalexplorer.viewmodel.probe.ProbeViewModel;
import org.focalexplorer.viewmodel.text.Messages;

/**
 * The explorer window: its features' view models (curves and live classifier), wired to one set of
 * parameters and one probe, which feature is shown, and the text size.
 */
public final class ExplorerViewModel {
    public static final int FONT_SCALE_MIN = 100;
    public static final int FONT_SCALE_MAX = 200;
    public static final int FONT_SCALE_STEP = 25;

    private final Messages messages;
    private final ParameterViewModel parameters;
    private final CurvesViewModel curves;
    private final ProbeViewModel probe;
    private final ClassifierViewModel classifier;
    private final LessonsViewModel lessons;
    private final ObjectProperty<Feature> feature = new SimpleObjectProperty<>(this, "feature", Feature.CURVES);
    private final BooleanProperty sidePanelShown = new SimpleBooleanProperty(this, "sidePanelShown", true);
    private final DoubleProperty sideDivider = new SimpleDoubleProperty(this, "sideDivider", 0.68);
    private final IntegerProperty fontScale = new SimpleIntegerProperty(this, "fontScale", FONT_SCALE_MIN) {
        @Override
        public void set(int v) {
            super.set(Math.max(FONT_SCALE_MIN, Math.min(FONT_SCALE_MAX, v)));
        }
    };

    /**
     * @param scheduler where recomputations run after a change: {@code Platform::runLater} in the app
     *                  (so a burst of slider events costs one recomputation), {@code Runnable::run} in tests;
     *                  the live classifier's frames are delivered there too. It trains on a background thread.
     */
    public ExplorerViewModel(Messages messages, Executor scheduler) {
        this(messages, scheduler, new BackgroundScheduler());
    }

    /** @param training where the live classifier trains (tests drive a queue of their own) */
    public ExplorerViewModel(Messages messages, Executor scheduler, TrainingScheduler training) {
        this(messages, scheduler, training, Runnable::run);
    }

    /**
     * @param afterShown runs a task once the live classifier's last frame has been drawn (the app waits
     *                   for the next pulses, so frames never arrive faster than they are rendered)
     */
    public ExplorerViewModel(Messages messages, Executor scheduler, TrainingScheduler training, Executor afterShown) {
        this(messages, scheduler, training, afterShown, new MemoryPreferenceStore());
    }

    /** @param prefs where settings that outlive a run are kept (lesson progress, …) */
    public ExplorerViewModel(Messages messages, Executor scheduler, TrainingScheduler training, Executor afterShown,
            PreferenceStore prefs) {
        this.messages = messages;
        this.parameters = new ParameterViewModel(messages);
        this.curves = new CurvesViewModel(parameters, messages, scheduler);
        this.probe = new ProbeViewModel(parameters, messages);
        this.classifier = new ClassifierViewModel(parameters, probe, messages, scheduler, afterShown, training);
        this.lessons = new LessonsViewModel(messages, prefs, parameters, curves, probe, feature, classifier);
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

    public ClassifierViewModel classifier() {
        return classifier;
    }

    /** The guided lessons (start, resume, leave for the Lessons menu). */
    public LessonsViewModel lessons() {
        return lessons;
    }

    /** Which feature's tab is shown. */
    public ObjectProperty<Feature> featureProperty() {
        return feature;
    }

    /** Stops background work (the window closed). */
    public void dispose() {
        classifier.dispose();
    }

    /** Text size in percent (100–200), for projectors. */
    public IntegerProperty fontScaleProperty() {
        return fontScale;
    }

    /** Whether the side panel (explanations, code) is shown. */
    public BooleanProperty sidePanelShownProperty() {
        return sidePanelShown;
    }

    /** Where the divider between the features and the side panel sits (0–1). */
    public DoubleProperty sideDividerProperty() {
        return sideDivider;
    }
}
