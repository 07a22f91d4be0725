package org.focalexplorer.viewmodel.explorer;

import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.focalexplorer.settings.Feature;
import org.focalexplorer.settings.SettingValues;
import org.focalexplorer.settings.Settings;
import org.focalexplorer.settings.SideTab;
import org.focalexplorer.viewmodel.classifier.BackgroundScheduler;
import org.focalexplorer.viewmodel.classifier.ClassifierViewModel;
import org.focalexplorer.viewmodel.multiclass.MulticlassViewModel;
import org.focalexplorer.viewmodel.classifier.TrainingScheduler;
import org.focalexplorer.viewmodel.code.CodeViewModel;
import org.focalexplorer.viewmodel.curves.CurvesViewModel;
import org.focalexplorer.viewmodel.explain.ExplainViewModel;
import org.focalexplorer.viewmodel.lessons.LessonsViewModel;
import org.focalexplorer.viewmodel.parameters.ParameterViewModel;
import org.focalexplorer.viewmodel.prefs.MemoryPreferenceStore;
import org.focalexplorer.viewmodel.prefs.PreferenceStore;
import org.focalexplorer.viewmodel.predictions.PredictionsViewModel;
import org.focalexplorer.viewmodel.predictions.Workers;
import org.focalexplorer.viewmodel.probe.ProbeViewModel;
import org.focalexplorer.viewmodel.state.LiveState;
import org.focalexplorer.viewmodel.state.UndoHistory;
import org.focalexplorer.viewmodel.text.AppLanguage;
import org.focalexplorer.viewmodel.text.Messages;


/**
 * The explorer window: its features' view models (curves and live classifier), wired to one live state
 * ({@link LiveState}, every setting of the table in {@link Settings}), one set of parameters and one probe;
 * which feature is shown, and the text size.
 *
 * <p>The view models outlive the language: a switch changes {@link Messages} in place and every view
 * model writes its texts again, so only the views are rebuilt; training, undo, the session file, the
 * lesson and the probe stay where they are.
 */
public final class ExplorerViewModel {
    public static final int FONT_SCALE_MIN = Settings.FONT_SCALE_MIN;
    public static final int FONT_SCALE_MAX = Settings.FONT_SCALE_MAX;
    public static final int FONT_SCALE_STEP = 25;

    private final org.focalexplorer.viewmodel.budget.LossBudgetViewModel budget;
    private final org.focalexplorer.viewmodel.smp.SmpViewModel smp;
    private final LiveState state;
    private final Messages messages;
    private final ParameterViewModel parameters;
    private final CurvesViewModel curves;
    private final ProbeViewModel probe;
    private final org.focalexplorer.viewmodel.pin.PinViewModel pin;
    private final ClassifierViewModel classifier;
    private final MulticlassViewModel multiclass;
    private final CodeViewModel code;
    private final UndoHistory undo;
    private final LessonsViewModel lessons;
    private final ExplainViewModel explain;
    private final java.util.concurrent.ExecutorService predictionLoader = Workers.daemon("predictions-load");
    private final java.util.concurrent.ExecutorService predictionAnalyser = Workers.daemon("predictions-analyse");
    private final PredictionsViewModel predictions;
    /** The α × γ sweep's training thread (issue #12): never the FX thread, never the live lab's. */
    private final java.util.concurrent.ExecutorService sweepWorker = Workers.daemon("sweep");
    private final org.focalexplorer.viewmodel.sweep.SweepViewModel sweep;
    private final ObjectProperty<Feature> feature;
    private final BooleanProperty sidePanelShown;
    // The live classifier needs the width: there the side panel starts hidden, and is toggled on its own.
    private final BooleanProperty sidePanelWithClassifier =
            new SimpleBooleanProperty(this, "sidePanelWithClassifier", false);
    private final BooleanBinding sidePanelVisible;

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
        this.state = new LiveState();
        this.messages = messages;
        state.set(Settings.LANGUAGE, AppLanguage.forLocale(messages.locale()).tag());
        this.feature = state.object(Settings.FEATURE);
        this.sidePanelShown = state.bool(Settings.SIDE_PANEL_SHOWN);
        this.sidePanelVisible = Bindings.createBooleanBinding(
                () -> feature.get() == Feature.CURVES ? sidePanelShown.get() : sidePanelWithClassifier.get(),
                feature, sidePanelShown, sidePanelWithClassifier);
        this.parameters = new ParameterViewModel(state, messages);
        this.curves = new CurvesViewModel(state, parameters, messages, scheduler);
        this.probe = new ProbeViewModel(state, parameters, messages);
        this.pin = new org.focalexplorer.viewmodel.pin.PinViewModel(state, parameters, messages);
        this.classifier = new ClassifierViewModel(state, parameters, probe, messages, scheduler, afterShown, training);
        // Its own training thread: the two labs train independently (only the tab shown is drawn).
        this.multiclass = new MulticlassViewModel(state, parameters, messages, scheduler, afterShown, training.another());
        this.code = new CodeViewModel(state, parameters, messages);
        this.predictions = new PredictionsViewModel(parameters, messages, scheduler, predictionLoader, predictionAnalyser);
        this.budget = new org.focalexplorer.viewmodel.budget.LossBudgetViewModel(parameters, messages);
        // issue #12 §5: smp's options; its reduced_threshold r is overlaid on the curves
        this.smp = new org.focalexplorer.viewmodel.smp.SmpViewModel(parameters, budget, messages);
        curves.reducedThresholdProperty().bind(smp.activeThresholdProperty());
        this.undo = new UndoHistory(state);
        this.sweep = new org.focalexplorer.viewmodel.sweep.SweepViewModel(state, () -> classifier.settings().settings(), messages,
                scheduler, sweepWorker);
        this.explain = new ExplainViewModel(parameters, probe, messages, feature);
        this.lessons = new LessonsViewModel(messages, prefs, state, parameters, curves, probe, classifier, explain,
                multiclass, predictions);
        // The language is a setting (a session may hold one): the strings follow it, after a whole change.
        state.onChange(() -> AppLanguage.fromTag(languageProperty().get()).ifPresent(l -> messages.switchTo(l.locale())),
                java.util.List.of(Settings.LANGUAGE));
    }

    /** The live state: every setting's property. */
    public LiveState liveState() {
        return state;
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

    /** Pin and compare (issue #12): the pinned loss setting, its ghost curves and probe column. */
    public org.focalexplorer.viewmodel.pin.PinViewModel pin() {
        return pin;
    }

    public MulticlassViewModel multiclass() {
        return multiclass;
    }

    public ClassifierViewModel classifier() {
        return classifier;
    }

    /** The side panel's code tab: its options are part of the state (a session keeps them). */
    /** The loss-budget panel (issue #12): a population's loss and gradient by group, under CE, α-CE and FL. */
    public org.focalexplorer.viewmodel.budget.LossBudgetViewModel budget() {
        return budget;
    }

    /** The smp tab (issue #12 §5): reduced_threshold, normalized, ignore_index, batchwise_mean, alpha. */
    public org.focalexplorer.viewmodel.smp.SmpViewModel smp() {
        return smp;
    }

    public CodeViewModel code() {
        return code;
    }

    /** "Your predictions": a file of the user's predictions, analysed live at α and γ. */
    public PredictionsViewModel predictions() {
        return predictions;
    }

    /** The whole state as one value (for a session, the state string). */
    public SettingValues state() {
        return state.capture();
    }

    /** Applies a whole state as one change; an invalid one → IllegalArgumentException and nothing changes. */
    public void apply(SettingValues values) {
        state.apply(values);
    }

    /** The UI language as a tag ("en", "zh-CN"); setting it switches every text of the app. */
    public ObjectProperty<String> languageProperty() {
        return state.object(Settings.LANGUAGE);
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
        multiclass.dispose();
        predictionLoader.shutdownNow();
        predictionAnalyser.shutdownNow();
        sweep.cancel();
        sweepWorker.shutdownNow();
    }

    /** The α × γ sweep over the live lab's settings (issue #12): a small Table 1b. */
    public org.focalexplorer.viewmodel.sweep.SweepViewModel sweep() {
        return sweep;
    }

    /** Text size in percent (100–200), for projectors. */
    public IntegerProperty fontScaleProperty() {
        return state.integer(Settings.FONT_SCALE);
    }

    /** Whether the side panel (explanations, code) is shown. */
    public BooleanProperty sidePanelShownProperty() {
        return sidePanelShown;
    }

    /** Whether the side panel is shown now: its own choice for each feature (hidden with the classifier at first). */
    public BooleanBinding sidePanelVisibleProperty() {
        return sidePanelVisible;
    }

    /** Shows or hides the side panel for the feature shown (View → Side panel, F9). */
    public void toggleSidePanel() {
        BooleanProperty p = feature.get() == Feature.CURVES ? sidePanelShown : sidePanelWithClassifier;
        p.set(!p.get());
    }

    /** Which tab of the side panel is shown. */
    public ObjectProperty<SideTab> sideTabProperty() {
        return state.object(Settings.SIDE_TAB);
    }

    /** Where the divider between the features and the side panel sits (0–1). */
    public DoubleProperty sideDividerProperty() {
        return state.number(Settings.SIDE_DIVIDER);
    }
}
