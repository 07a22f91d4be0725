package org.focalexplorer.viewmodel.explorer;

import org.focalexplorer.settings.SideTab;
import org.focalexplorer.settings.Feature;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.focalexplorer.io.session.ExplorerState;
import org.focalexplorer.viewmodel.classifier.BackgroundScheduler;
import org.focalexplorer.viewmodel.classifier.ClassifierViewModel;
import org.focalexplorer.viewmodel.classifier.TrainingScheduler;
import org.focalexplorer.viewmodel.code.CodeViewModel;
import org.focalexplorer.viewmodel.curves.CurvesViewModel;
import org.focalexplorer.viewmodel.explain.ExplainViewModel;
import org.focalexplorer.viewmodel.lessons.LessonPosition;
import org.focalexplorer.viewmodel.lessons.LessonsViewModel;
import org.focalexplorer.viewmodel.parameters.ParameterViewModel;
import org.focalexplorer.viewmodel.prefs.MemoryPreferenceStore;
import org.focalexplorer.viewmodel.prefs.PreferenceStore;
import org.focalexplorer.viewmodel.probe.ProbeViewModel;
import org.focalexplorer.viewmodel.state.StateBinder;
import org.focalexplorer.viewmodel.state.UndoHistory;
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
    private final CodeViewModel code;
    private final StateBinder stateBinder;
    private final UndoHistory undo;
    private final LessonsViewModel lessons;
    private final ObjectProperty<Feature> feature = new SimpleObjectProperty<>(this, "feature", Feature.CURVES);
    private final ExplainViewModel explain;
    private final BooleanProperty sidePanelShown = new SimpleBooleanProperty(this, "sidePanelShown", true);
    // The live classifier needs the width: there the side panel starts hidden, and is toggled on its own.
    private final BooleanProperty sidePanelWithClassifier =
            new SimpleBooleanProperty(this, "sidePanelWithClassifier", false);
    private final javafx.beans.binding.BooleanBinding sidePanelVisible = javafx.beans.binding.Bindings.createBooleanBinding(
            () -> feature.get() == Feature.CURVES ? sidePanelShown.get() : sidePanelWithClassifier.get(),
            feature, sidePanelShown, sidePanelWithClassifier);
    private final ObjectProperty<SideTab> sideTab = new SimpleObjectProperty<>(this, "sideTab", SideTab.EXPLAIN);
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
        this.code = new CodeViewModel(parameters, messages);
        this.stateBinder = new StateBinder(this);
        this.undo = new UndoHistory(stateBinder);
        this.explain = new ExplainViewModel(parameters, probe, messages, feature);
        this.lessons = new LessonsViewModel(messages, prefs, parameters, curves, probe, feature, classifier, explain);
        // The lesson's place travels with the state: a saved session or a language switch keeps the step.
        lessons.activeProperty().addListener(o -> lessonToState());
        lessons.stepIndexProperty().addListener(o -> lessonToState());
        stateBinder.applyingProperty().addListener((o, was, now) -> {
            if (!now) {
                stateToLesson();
            }
        });
    }

    private void lessonToState() {
        boolean on = lessons.isActive();
        stateBinder.lessonIdProperty().set(on ? 0 : -1); // 0 = the one lesson there is, "paper"
        stateBinder.lessonStepProperty().set(on ? lessons.stepIndexProperty().get() : -1);
    }

    private void stateToLesson() {
        int step = stateBinder.lessonStepProperty().get();
        if (stateBinder.lessonIdProperty().get() == 0 && step >= 0) {
            lessons.restore(new LessonPosition(lessons.lesson().id(), step, true));
        } else if (lessons.isActive()) {
            lessons.leave();
        }
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

    /** The side panel's code tab: its options are part of the state (a session, a language switch keep them). */
    public CodeViewModel code() {
        return code;
    }

    /** The whole state as one value (for a session, the state string, a lesson). */
    public ExplorerState state() {
        return stateBinder.capture();
    }

    /** Applies a whole state at once; an invalid one → IllegalArgumentException and nothing changes. */
    public void apply(ExplorerState state) {
        stateBinder.apply(state);
    }

    /** Capture and apply, and the lesson position and language that a state holds. */
    public StateBinder stateBinder() {
        return stateBinder;
    }

    /** Undo/redo of parameter changes (Ctrl+Z / Ctrl+Shift+Z). */
    public UndoHistory undo() {
        return undo;
    }

    /** The explanations and formulas of the side panel. */
    public ExplainViewModel explain() {
        return explain;
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

    /** Whether the side panel is shown now: its own choice for each feature (hidden with the classifier at first). */
    public javafx.beans.binding.BooleanBinding sidePanelVisibleProperty() {
        return sidePanelVisible;
    }

    /** Shows or hides the side panel for the feature shown (View → Side panel, F9). */
    public void toggleSidePanel() {
        BooleanProperty p = feature.get() == Feature.CURVES ? sidePanelShown : sidePanelWithClassifier;
        p.set(!p.get());
    }

    /** Which tab of the side panel is shown. */
    public ObjectProperty<SideTab> sideTabProperty() {
        return sideTab;
    }

    /** Where the divider between the features and the side panel sits (0–1). */
    public DoubleProperty sideDividerProperty() {
        return sideDivider;
    }
}
