package org.focalexplorer.viewmodel.state;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.Observable;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.focalexplorer.io.session.ClassifierState;
import org.focalexplorer.io.session.CurveState;
import org.focalexplorer.io.session.ExplorerState;
import org.focalexplorer.io.session.LessonState;
import org.focalexplorer.io.session.LossState;
import org.focalexplorer.io.session.ProbeState;
import org.focalexplorer.io.session.ViewState;
import org.focalexplorer.settings.BatchMode;
import org.focalexplorer.viewmodel.classifier.ClassifierSettingsViewModel;
import org.focalexplorer.viewmodel.classifier.ClassifierViewModel;
import org.focalexplorer.settings.Figure4Class;
import org.focalexplorer.viewmodel.classifier.LevelParameter;
import org.focalexplorer.settings.ModelKind;
import org.focalexplorer.settings.ReferenceLoss;
import org.focalexplorer.viewmodel.curves.CurvesViewModel;
import org.focalexplorer.settings.XAxis;
import org.focalexplorer.settings.YScale;
import org.focalexplorer.viewmodel.explorer.ExplorerViewModel;
import org.focalexplorer.settings.Feature;
import org.focalexplorer.settings.SideTab;
import org.focalexplorer.viewmodel.parameters.NumberParameter;
import org.focalexplorer.viewmodel.parameters.ParameterViewModel;
import org.focalexplorer.viewmodel.parameters.Parameters;
import org.focalexplorer.settings.ProbePosition;

/**
 * Captures the explorer's whole state as one {@link ExplorerState} and applies one: every check first
 * (an invalid state → IllegalArgumentException naming the field and value, and nothing has changed),
 * then every property, the classifier's settings as one change so that training restarts once.
 *
 * <p>It also holds the parts of the state that belong to no view model yet: the lesson and step (−1 =
 * none; the lessons bind to {@link #lessonIdProperty()} / {@link #lessonStepProperty()}) and the language
 * tag (the shell listens to {@link #languageProperty()} to switch the UI's language).
 */
public final class StateBinder {
    private final ExplorerViewModel explorer;
    private final IntegerProperty lessonId = new SimpleIntegerProperty(this, "lessonId", -1);
    private final IntegerProperty lessonStep = new SimpleIntegerProperty(this, "lessonStep", -1);
    private final StringProperty language;
    private final ReadOnlyBooleanWrapper applying = new ReadOnlyBooleanWrapper(this, "applying", false);

    public StateBinder(ExplorerViewModel explorer) {
        this.explorer = explorer;
        this.language = new SimpleStringProperty(this, "language", languageOf(explorer.messages().locale()));
    }

    /** "en" for the base bundle (whose locale is the root locale), else the locale's tag, e.g. "zh-CN". */
    static String languageOf(Locale locale) {
        String tag = locale == null ? "" : locale.toLanguageTag();
        return tag.isEmpty() || tag.equals("und") ? "en" : tag;
    }

    public IntegerProperty lessonIdProperty() {
        return lessonId;
    }

    public IntegerProperty lessonStepProperty() {
        return lessonStep;
    }

    /** The UI language as a tag ("en", "zh-CN"); a loaded session sets it, the shell switches to it. */
    public StringProperty languageProperty() {
        return language;
    }

    /** True while {@link #apply} sets properties: listeners that count user steps ignore those changes. */
    public ReadOnlyBooleanProperty applyingProperty() {
        return applying.getReadOnlyProperty();
    }

    public boolean isApplying() {
        return applying.get();
    }

    // ---- capture ----

    public ExplorerState capture() {
        Parameters p = explorer.parameters().parameters();
        CurvesViewModel c = explorer.curves();
        ProbePosition probe = explorer.probe().pinned();
        ClassifierViewModel cl = explorer.classifier();
        ClassifierSettingsViewModel s = cl.settings();
        ClassifierState classifier = new ClassifierState(s.datasetProperty().get(), s.positiveFraction().get(),
                (int) s.points().get(), s.noise().get(), s.labelNoise().get(), s.seedProperty().get(),
                Ids.of(s.modelProperty().get()), s.hidden(), s.activationProperty().get(), s.priorInitProperty().get(),
                s.optimizerProperty().get(), s.learningRate().get(), Ids.of(s.batchModeProperty().get()),
                (int) s.batchSize().get(), Ids.of(s.referenceProperty().get()), s.referenceAlpha().get(),
                cl.speed().get(), Ids.of(cl.figure4ClassProperty().get()));
        return new ExplorerState(
                new LossState(p.alphaEnabled(), p.alpha(), p.gamma(), p.beta()),
                new CurveState(c.showAlphaCeProperty().get(), c.showFlProperty().get(), c.showFlStarProperty().get(),
                        c.paperFamilyProperty().get(), Ids.of(c.xAxisProperty().get()), Ids.of(c.yScaleProperty().get())),
                probe.fromProbability() ? new ProbeState("probability", probe.pt()) : new ProbeState("logit", probe.xt()),
                classifier,
                new ViewState(Ids.of(explorer.featureProperty().get()), explorer.fontScaleProperty().get(),
                        explorer.sidePanelShownProperty().get(), explorer.sideDividerProperty().get(),
                        Ids.of(explorer.sideTabProperty().get())),
                new LessonState(lessonId.get(), lessonStep.get()),
                language.get(),
                CodeStates.capture(explorer.code()));
    }

    // ---- validate ----

    /**
     * Checks what the schema cannot know: the explorer's own limits (γ ≤ 10, the levels its sliders offer,
     * the font scale). Throws IllegalArgumentException naming the field and value.
     */
    public void validate(ExplorerState state) {
        ParameterViewModel params = explorer.parameters();
        LossState l = state.loss();
        within("loss.alpha", l.alpha(), params.alpha());
        within("loss.gamma", l.gamma(), params.gamma());
        within("loss.beta", l.beta(), params.beta());
        CurveState c = state.curves();
        Ids.parse(XAxis.class, "curves.x_axis", c.xAxis());
        Ids.parse(YScale.class, "curves.y_scale", c.yScale());
        ClassifierState k = state.classifier();
        ClassifierSettingsViewModel s = explorer.classifier().settings();
        level("classifier.positive_fraction", k.positiveFraction(), s.positiveFraction());
        level("classifier.points", k.points(), s.points());
        level("classifier.noise", k.noise(), s.noise());
        level("classifier.label_noise", k.labelNoise(), s.labelNoise());
        if (k.seed() > ClassifierSettingsViewModel.MAX_SEED) {
            throw new IllegalArgumentException("classifier.seed = " + k.seed() + ": must be in [0, "
                    + ClassifierSettingsViewModel.MAX_SEED + "]");
        }
        Ids.parse(ModelKind.class, "classifier.model", k.model());
        level("classifier.learning_rate", k.learningRate(), s.learningRate());
        Ids.parse(BatchMode.class, "classifier.batch", k.batch());
        level("classifier.batch_size", k.batchSize(), s.batchSize());
        Ids.parse(ReferenceLoss.class, "classifier.reference", k.reference());
        level("classifier.reference_alpha", k.referenceAlpha(), s.referenceAlpha());
        level("classifier.speed", k.speed(), explorer.classifier().speed());
        Ids.parse(Figure4Class.class, "classifier.figure4", k.figure4());
        ViewState v = state.view();
        Ids.parse(Feature.class, "view.feature", v.feature());
        Ids.parse(SideTab.class, "view.side_tab", v.sideTab());
        if (v.fontScale() < ExplorerViewModel.FONT_SCALE_MIN || v.fontScale() > ExplorerViewModel.FONT_SCALE_MAX) {
            throw new IllegalArgumentException("view.font_scale = " + v.fontScale() + ": must be in ["
                    + ExplorerViewModel.FONT_SCALE_MIN + ", " + ExplorerViewModel.FONT_SCALE_MAX + "]");
        }
        CodeStates.validate(state.code());
    }

    private static void within(String field, double v, NumberParameter n) {
        if (!(v >= n.min() && v <= n.max())) {
            throw new IllegalArgumentException(field + " = " + v + ": must be in [" + n.min() + ", " + n.max() + "]");
        }
    }

    private static void level(String field, double v, LevelParameter p) {
        if (!p.accepts(v)) {
            List<Double> levels = new ArrayList<>();
            for (int i = 0; i <= p.maxPosition(); i++) {
                levels.add(p.level(i));
            }
            throw new IllegalArgumentException(field + " = " + v + ": must be one of " + levels
                    + (p.isTyped() ? " or a typed value in range" : ""));
        }
    }

    // ---- apply ----

    /** Validates {@code state} whole, then sets every property; an invalid state changes nothing. */
    public void apply(ExplorerState state) {
        validate(state);
        applying.set(true);
        try {
            LossState l = state.loss();
            explorer.parameters().set(new Parameters(l.alphaEnabled(), l.alpha(), l.gamma(), l.beta()));
            applyCurves(state.curves());
            ProbeState p = state.probe();
            explorer.probe().pinAt(p.axis().equals("probability") ? ProbePosition.ofProbability(p.value())
                    : ProbePosition.ofLogit(p.value()));
            applyClassifier(state.classifier());
            ViewState v = state.view();
            explorer.featureProperty().set(Ids.parse(Feature.class, "view.feature", v.feature()));
            explorer.fontScaleProperty().set(v.fontScale());
            explorer.sidePanelShownProperty().set(v.sidePanelShown());
            explorer.sideDividerProperty().set(v.sideDivider());
            explorer.sideTabProperty().set(Ids.parse(SideTab.class, "view.side_tab", v.sideTab()));
            lessonId.set(state.lesson().id());
            lessonStep.set(state.lesson().step());
            CodeStates.apply(explorer.code(), state.code());
            language.set(state.language()); // last: a listener may switch the window's language on it
        } finally {
            applying.set(false);
        }
    }

    private void applyCurves(CurveState c) {
        CurvesViewModel curves = explorer.curves();
        curves.showAlphaCeProperty().set(c.alphaCe());
        curves.showFlProperty().set(c.fl());
        curves.showFlStarProperty().set(c.flStar());
        curves.paperFamilyProperty().set(c.paperFamily());
        curves.xAxisProperty().set(Ids.parse(XAxis.class, "curves.x_axis", c.xAxis()));
        curves.yScaleProperty().set(Ids.parse(YScale.class, "curves.y_scale", c.yScale()));
    }

    private void applyClassifier(ClassifierState k) {
        ClassifierViewModel cl = explorer.classifier();
        ClassifierSettingsViewModel s = cl.settings();
        s.change(() -> {
            s.datasetProperty().set(k.dataset());
            s.positiveFraction().setValue(k.positiveFraction());
            s.points().setValue(k.points());
            s.noise().setValue(k.noise());
            s.labelNoise().setValue(k.labelNoise());
            s.seedProperty().set(k.seed());
            s.modelProperty().set(Ids.parse(ModelKind.class, "classifier.model", k.model()));
            s.setHidden(k.hidden());
            s.activationProperty().set(k.activation());
            s.priorInitProperty().set(k.priorInit());
            s.optimizerProperty().set(k.optimizer());
            s.learningRate().setValue(k.learningRate());
            s.batchModeProperty().set(Ids.parse(BatchMode.class, "classifier.batch", k.batch()));
            s.batchSize().setValue(k.batchSize());
            s.referenceProperty().set(Ids.parse(ReferenceLoss.class, "classifier.reference", k.reference()));
            s.referenceAlpha().setValue(k.referenceAlpha());
        });
        cl.speed().setValue(k.speed());
        cl.figure4ClassProperty().set(Ids.parse(Figure4Class.class, "classifier.figure4", k.figure4()));
    }

    // ---- for the undo history ----

    /** Every property whose change is a user's step: the loss, the curve options, the classifier's settings. */
    public List<Observable> undoableSources() {
        CurvesViewModel c = explorer.curves();
        ClassifierViewModel cl = explorer.classifier();
        ClassifierSettingsViewModel s = cl.settings();
        return List.of(explorer.parameters().parametersProperty(),
                c.showAlphaCeProperty(), c.showFlProperty(), c.showFlStarProperty(), c.paperFamilyProperty(),
                c.xAxisProperty(), c.yScaleProperty(),
                s.datasetProperty(), s.positiveFraction().valueProperty(), s.points().valueProperty(),
                s.noise().valueProperty(), s.labelNoise().valueProperty(), s.seedProperty(), s.modelProperty(),
                s.hiddenTextProperty(), s.activationProperty(), s.priorInitProperty(), s.optimizerProperty(),
                s.learningRate().valueProperty(), s.batchModeProperty(), s.batchSize().valueProperty(),
                s.referenceProperty(), s.referenceAlpha().valueProperty(), cl.speed().valueProperty(),
                cl.figure4ClassProperty());
    }
}
