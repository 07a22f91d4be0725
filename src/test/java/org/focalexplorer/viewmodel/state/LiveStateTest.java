package org.focalexplorer.viewmodel.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.focalexplorer.io.session.SessionSamples;
import org.focalexplorer.loss.Reduction;
import org.focalexplorer.settings.BatchMode;
import org.focalexplorer.settings.CodeVariant;
import org.focalexplorer.settings.Feature;
import org.focalexplorer.settings.Framework;
import org.focalexplorer.settings.LessonPlace;
import org.focalexplorer.settings.MeanOver;
import org.focalexplorer.settings.ModelKind;
import org.focalexplorer.settings.ReferenceLoss;
import org.focalexplorer.settings.Setting;
import org.focalexplorer.settings.SettingValues;
import org.focalexplorer.settings.Settings;
import org.focalexplorer.settings.SideTab;
import org.focalexplorer.settings.TargetKind;
import org.focalexplorer.settings.XAxis;
import org.focalexplorer.settings.YScale;
import org.focalexplorer.toy.Activation;
import org.focalexplorer.toy.DatasetKind;
import org.focalexplorer.toy.OptimizerKind;
import org.focalexplorer.toy.TrainingSettings;
import org.focalexplorer.viewmodel.classifier.ClassifierSettingsViewModel;
import org.focalexplorer.viewmodel.code.CodeViewModel;
import org.focalexplorer.viewmodel.explorer.ExplorerViewModel;
import org.focalexplorer.viewmodel.parameters.Parameters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The live state driven by the table of settings: capture, apply (whole or not at all), validation. */
class LiveStateTest {
    private final ExplorerViewModel vm = Explorers.english();

    @AfterEach
    void dispose() {
        vm.dispose();
    }

    @Test
    void the_sample_differs_from_the_defaults_in_every_field() {
        // so that applying it and reading it back checks every single parameter
        SettingValues defaults = vm.state();
        SettingValues sample = SessionSamples.sample();
        assertThat(sample.settings()).isEqualTo(Settings.ALL).isEqualTo(defaults.settings());
        for (Setting<?> s : Settings.ALL) {
            assertThat(sample.get(s)).as(s.id()).isNotEqualTo(defaults.get(s));
        }
    }

    @Test
    void applying_a_state_sets_every_property_and_capturing_reads_it_back() {
        vm.apply(SessionSamples.sample());
        assertThat(vm.state()).isEqualTo(SessionSamples.sample());

        assertThat(vm.parameters().parameters()).isEqualTo(new Parameters(true, 0.75, 0.5, -1.5));
        assertThat(vm.curves().selection().xAxis()).isEqualTo(XAxis.LOGIT);
        assertThat(vm.curves().selection().yScale()).isEqualTo(YScale.LOG);
        assertThat(vm.probe().position().xt()).isEqualTo(-2.5);
        assertThat(vm.probe().position().fromProbability()).isFalse();
        ClassifierSettingsViewModel s = vm.classifier().settings();
        assertThat(s.modelProperty().get()).isEqualTo(ModelKind.LOGISTIC);
        assertThat(s.hiddenTextProperty().get()).isEqualTo("32, 8, 4");
        assertThat(s.batchModeProperty().get()).isEqualTo(BatchMode.MINI);
        assertThat(s.referenceProperty().get()).isEqualTo(ReferenceLoss.ALPHA_CE);
        TrainingSettings t = s.settings();
        assertThat(t.data().kind()).isEqualTo(DatasetKind.RING);
        assertThat(t.data().positiveFraction()).isEqualTo(0.05);
        assertThat(t.data().trainPoints()).isEqualTo(500);
        assertThat(t.data().seed()).isEqualTo(12345);
        assertThat(t.model().isLogistic()).isTrue();
        assertThat(t.model().priorInit()).isFalse();
        assertThat(t.optimizer().kind()).isEqualTo(OptimizerKind.SGD);
        assertThat(t.optimizer().learningRate()).isEqualTo(0.0123);
        assertThat(t.optimizer().batchSize()).isEqualTo(256);
        assertThat(t.reference().alpha()).isEqualTo(0.6);
        assertThat(vm.classifier().speed().get()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(vm.featureProperty().get()).isEqualTo(Feature.CLASSIFIER);
        assertThat(vm.fontScaleProperty().get()).isEqualTo(150);
        assertThat(vm.sidePanelShownProperty().get()).isFalse();
        assertThat(vm.sideTabProperty().get()).isEqualTo(SideTab.CODE);
        assertThat(vm.lessons().isActive()).isTrue();
        assertThat(vm.lessons().stepIndexProperty().get()).isEqualTo(3);
        assertThat(vm.languageProperty().get()).isEqualTo("zh-CN");
        assertThat(vm.messages().locale().getLanguage()).isEqualTo("zh");
        CodeViewModel code = vm.code();
        assertThat(code.frameworkProperty().get()).isEqualTo(Framework.KERAS);
        assertThat(code.variantProperty().get()).isEqualTo(CodeVariant.KERAS_CATEGORICAL);
        assertThat(code.reductionProperty().get()).isEqualTo(Reduction.SUM);
        assertThat(code.meanOverProperty().get()).isEqualTo(MeanOver.POSITIVES);
        assertThat(code.targetsProperty().get()).isEqualTo(TargetKind.SOFT);
        assertThat(code.classesProperty().get()).isEqualTo(4);
        assertThat(code.typedAlphaVector()).hasValueSatisfying(v -> assertThat(v).containsExactly(0.5, 1.0, 2.0, 0.25));
        assertThat(code.settingsProperty().get().alphaVector()).containsExactly(0.5, 1.0, 2.0, 0.25);
        assertThat(code.codeProperty().get()).contains("alpha = [0.5, 1.0, 2.0, 0.25]")
                .contains("ops.one_hot(labels, 4)");
    }

    @Test
    void a_state_whose_alpha_vector_follows_alpha_lets_a_typed_vector_go() {
        vm.apply(SessionSamples.sample());
        vm.apply(SessionSamples.sample().with(SettingValues.defaults().only(x -> x.owner() == org.focalexplorer.settings.Owner.CODE)));
        assertThat(vm.code().typedAlphaVector()).isEmpty();
        assertThat(vm.code().alphaVectorFollowsAlphaProperty().get()).isTrue();
        // the sample's α is on at 0.75: background 1 − α, the two other classes α
        assertThat(vm.code().settingsProperty().get().alphaVector()).containsExactly(0.25, 0.75, 0.75);
        assertThat(vm.state().get(Settings.CODE_ALPHA_VECTOR)).isEmpty();
    }

    @Test
    void a_second_explorer_shows_the_same_after_applying_the_first_ones_state() {
        vm.parameters().gamma().submit("3.5");
        vm.parameters().alphaEnabledProperty().set(true);
        vm.curves().paperFamilyProperty().set(true);
        vm.probe().submitProbability("0.42");
        vm.classifier().settings().seedProperty().set(99);
        vm.classifier().settings().submitHidden("8, 8, 8");
        vm.classifier().settings().learningRate().submit("0.003");
        vm.classifier().settings().activationProperty().set(Activation.RELU);
        ExplorerViewModel other = Explorers.english();
        try {
            other.apply(vm.state());
            assertThat(other.state()).isEqualTo(vm.state());
            assertThat(other.parameters().parameters()).isEqualTo(vm.parameters().parameters());
            assertThat(other.classifier().settings().settings()).isEqualTo(vm.classifier().settings().settings());
            assertThat(other.probe().readout()).isEqualTo(vm.probe().readout());
            assertThat(other.curves().lossPlotProperty().get().series())
                    .usingRecursiveComparison().isEqualTo(vm.curves().lossPlotProperty().get().series());
        } finally {
            other.dispose();
        }
    }

    @Test
    void the_classifier_restarts_once_for_a_whole_state() {
        AtomicInteger changes = new AtomicInteger();
        vm.classifier().settings().settingsProperty().addListener((o, a, b) -> changes.incrementAndGet());
        AtomicInteger parameterChanges = new AtomicInteger();
        vm.parameters().parametersProperty().addListener((o, a, b) -> parameterChanges.incrementAndGet());
        vm.apply(SessionSamples.sample());
        assertThat(changes).hasValue(1);
        assertThat(parameterChanges).hasValue(1);
    }

    @Test
    void an_invalid_state_is_refused_naming_field_and_value_and_changes_nothing() {
        SettingValues before = vm.state();
        TrainingSettings settingsBefore = vm.classifier().settings().settings();
        SettingValues good = SessionSamples.sample();
        assertRefused(() -> good.with(Settings.GAMMA, 12.0), "loss.gamma = 12.0");
        assertRefused(() -> good.with(Settings.BETA, 7.0), "loss.beta = 7.0");
        assertRefused(() -> good.with(Settings.POINTS_COUNT, 3000.0), "classifier.points = 3000");
        assertRefused(() -> good.with(Settings.NOISE_LEVEL, 0.33), "classifier.noise = 0.33");
        assertRefused(() -> good.with(Settings.SEED, 1_000_000), "classifier.seed = 1000000");
        assertRefused(() -> good.with(Settings.SPEED, 3.0), "classifier.speed = 3.0");
        assertRefused(() -> good.with(Settings.FONT_SCALE, 250), "view.font_scale = 250");
        assertRefused(() -> good.with(Settings.LESSON, new LessonPlace(0, Settings.LESSON_STEPS)),
                "lesson.step = " + Settings.LESSON_STEPS);
        assertRefused(() -> good.with(Settings.CODE_CLASSES, 11), "code.classes = 11");
        SettingValues wrongFramework = good.with(Settings.CODE_FRAMEWORK, Framework.PYTORCH)
                .with(Settings.CODE_VARIANT, CodeVariant.KERAS_BINARY);
        assertThatThrownBy(() -> vm.apply(wrongFramework)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("code.variant = \"keras_binary\": not a call of framework \"pytorch\"");
        SettingValues wrongLength = good.with(Settings.CODE_CLASSES, 3);
        assertThatThrownBy(() -> vm.apply(wrongLength)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("code.alpha_vector: 4 weights, expected one for each of the 3 classes");
        assertThat(vm.state()).isEqualTo(before);
        assertThat(vm.classifier().settings().settings()).isSameAs(settingsBefore);
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable make, String message) {
        assertThatThrownBy(make).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith(message);
    }

    @Test
    void the_probe_is_captured_where_it_is_pinned_not_where_the_pointer_hovers() {
        vm.probe().submitProbability("0.3");
        vm.probe().hover(XAxis.PROBABILITY, 0.8);
        assertThat(vm.state().get(Settings.PROBE).pt()).isEqualTo(0.3);
    }

    @Test
    void every_choice_of_the_explorer_has_an_id_in_the_schema() {
        for (XAxis a : List.of(XAxis.PROBABILITY, XAxis.LOGIT)) {
            vm.curves().xAxisProperty().set(a);
            ExplorerViewModel other = Explorers.english();
            other.apply(vm.state());
            assertThat(other.curves().xAxisProperty().get()).isEqualTo(a);
            other.dispose();
        }
        for (Feature f : Feature.values()) {
            vm.featureProperty().set(f);
            assertThat(vm.state().get(Settings.FEATURE)).isEqualTo(f);
        }
        for (CodeVariant v : CodeVariant.values()) {
            vm.code().variantProperty().set(v);
            for (Reduction r : CodeViewModel.REDUCTIONS) {
                vm.code().reductionProperty().set(r);
                for (MeanOver o : MeanOver.values()) {
                    vm.code().meanOverProperty().set(o);
                    for (TargetKind t : TargetKind.values()) {
                        vm.code().targetsProperty().set(t);
                        ExplorerViewModel other = Explorers.english();
                        other.apply(vm.state());
                        assertThat(other.code().settingsProperty().get()).isEqualTo(vm.code().settingsProperty().get());
                        assertThat(other.code().frameworkProperty().get()).isEqualTo(v.framework());
                        other.dispose();
                    }
                }
            }
        }
        for (ReferenceLoss r : ReferenceLoss.values()) {
            vm.classifier().settings().referenceProperty().set(r);
            vm.apply(vm.state());
            assertThat(vm.classifier().settings().referenceProperty().get()).isEqualTo(r);
        }
    }

    @Test
    void the_language_starts_as_the_bundles() {
        assertThat(vm.languageProperty().get()).isEqualTo("en");
        ExplorerViewModel zh = Explorers.chinese();
        assertThat(zh.languageProperty().get()).isEqualTo("zh-CN");
        zh.dispose();
    }
}
