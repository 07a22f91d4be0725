package org.focalexplorer.viewmodel.multiclass;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.focalexplorer.loss.FocalSetting;
import org.focalexplorer.plot.ClassMarks;
import org.focalexplorer.plot.ClassPanel;
import org.focalexplorer.settings.Feature;
import org.focalexplorer.settings.Settings;
import org.focalexplorer.toy.AlphaVector;
import org.focalexplorer.toy.DataSource;
import org.focalexplorer.toy.MulticlassLoss;
import org.focalexplorer.toy.MulticlassSnapshot;
import org.focalexplorer.toy.MulticlassTrainer;
import org.focalexplorer.viewmodel.TestMessages;
import org.focalexplorer.viewmodel.classifier.QueueScheduler;
import org.focalexplorer.viewmodel.parameters.ParameterViewModel;
import org.focalexplorer.viewmodel.state.LiveState;
import org.focalexplorer.viewmodel.state.UndoHistory;
import org.junit.jupiter.api.Test;

/**
 * The multi-class lab's view model without a toolkit: training tasks run at once on the test thread, frames
 * are delivered at once. What it trains is checked against a {@link MulticlassTrainer} driven directly.
 */
class MulticlassViewModelTest {
    private final ParameterViewModel parameters = new ParameterViewModel(TestMessages.english());
    private final LiveState live = parameters.liveState();
    private final MulticlassViewModel vm = new MulticlassViewModel(live, parameters, TestMessages.english(),
            Runnable::run, Runnable::run, QueueScheduler.immediate());

    private MulticlassSnapshot snapshot() {
        return vm.frame().snapshot();
    }

    private void show() {
        live.set(Settings.FEATURE, Feature.MULTICLASS);
    }

    @Test
    void nothing_trains_until_the_lab_is_shown_then_it_opens_on_its_defaults() {
        assertThat(vm.isActive()).isFalse();
        assertThat(vm.frame()).isNull();
        show();
        assertThat(vm.isActive()).isTrue();
        MulticlassSnapshot s = snapshot();
        assertThat(s.step()).isZero();
        assertThat(s.settings().classes()).isEqualTo(4);
        assertThat(s.settings().losses()).containsExactly(MulticlassLoss.CE, MulticlassLoss.WEIGHTED_CE,
                MulticlassLoss.SOFTMAX_FOCAL);
        assertThat(s.settings().source()).isEqualTo(DataSource.STREAM);
        assertThat(s.data().test().size()).isEqualTo(20_000);
        // the α vector in force is the inverse class frequency; γ and the scalar α are the app's
        assertThat(s.params().alphaVector()).isEqualTo(AlphaVector.inverseFrequency(
                MulticlassViewModel.data(4).frequencyArray()));
        assertThat(s.params().focal()).isEqualTo(parameters.focal());
        assertThat(vm.frame().panels()).extracting(ClassPanel::loss).containsExactlyElementsOf(s.settings().losses());
    }

    @Test
    void the_models_are_those_a_trainer_driven_directly_gives_after_the_same_steps() {
        show();
        vm.step(7);
        assertThat(snapshot().step()).isEqualTo(7);
        MulticlassTrainer direct = new MulticlassTrainer(vm.settings());
        direct.step(7);
        for (MulticlassLoss loss : vm.settings().losses()) {
            assertThat(snapshot().model(loss).parameters()).as(loss.id()).isEqualTo(direct.parameters(loss));
        }
    }

    @Test
    void at_gamma_zero_the_softmax_focal_loss_trains_bit_for_bit_like_weighted_ce_and_the_lab_says_so() {
        show();
        live.set(Settings.GAMMA, 0.0);
        vm.reset();
        vm.step(20);
        MulticlassSnapshot s = snapshot();
        assertThat(s.model(MulticlassLoss.SOFTMAX_FOCAL).parameters())
                .isEqualTo(s.model(MulticlassLoss.WEIGHTED_CE).parameters());
        assertThat(s.model(MulticlassLoss.CE).parameters()).isNotEqualTo(s.model(MulticlassLoss.WEIGHTED_CE).parameters());
        assertThat(vm.frame().note()).contains("bit-identical").contains("20");

        // γ was 2 for some steps: the two differ, and the lab says why instead of claiming they agree
        live.set(Settings.GAMMA, 2.0);
        vm.step(3);
        live.set(Settings.GAMMA, 0.0);
        vm.step(1);
        assertThat(snapshot().model(MulticlassLoss.SOFTMAX_FOCAL).parameters())
                .isNotEqualTo(snapshot().model(MulticlassLoss.WEIGHTED_CE).parameters());
        assertThat(vm.frame().note()).contains("Press Reset");
        live.set(Settings.GAMMA, 2.0);
        vm.step(1);
        assertThat(vm.frame().note()).isEmpty();
    }

    @Test
    void an_invalid_alpha_vector_is_refused_with_a_message_and_the_previous_one_is_kept() {
        show();
        AlphaVector before = vm.alpha();
        String text = vm.alphaTextProperty().get();
        for (String bad : List.of("1, 2", "1, -1, 1, 1", "0, 0, 0, 0", "1, NaN, 1, 1", "1, x, 1, 1", "1, 1e999, 1, 1", "")) {
            assertThat(vm.submitAlpha(bad)).as(bad).isFalse();
            assertThat(vm.alphaErrorProperty().get()).as(bad).contains("refused").contains("previous one is kept");
            assertThat(vm.alpha()).as(bad).isEqualTo(before);
            assertThat(vm.alphaTextProperty().get()).isEqualTo(text);
            assertThat(snapshot().params().alphaVector()).isEqualTo(before);
        }
        vm.submitAlpha("1, 2");
        assertThat(vm.alphaErrorProperty().get()).contains("2 values for 4 classes");
        vm.submitAlpha("1, -1, 1, 1");
        assertThat(vm.alphaErrorProperty().get()).contains("α[1]");
        vm.submitAlpha("0, 0, 0, 0");
        assertThat(vm.alphaErrorProperty().get()).contains("all weights are 0");

        assertThat(vm.submitAlpha("0.25; 1 1, 2")).isTrue();
        assertThat(vm.alphaErrorProperty().get()).isEmpty();
        assertThat(live.get(Settings.MC_ALPHA_VECTOR)).containsExactly(0.25, 1.0, 1.0, 2.0);
        assertThat(snapshot().params().alphaVector().values()).containsExactly(0.25, 1.0, 1.0, 2.0);
        assertThat(vm.alphaTextProperty().get()).isEqualTo("0.25, 1, 1, 2");
    }

    @Test
    void presets_set_the_vector_and_a_preset_follows_the_number_of_classes() {
        show();
        vm.applyPreset(AlphaPreset.UNIFORM);
        assertThat(vm.alpha().values()).containsExactly(1, 1, 1, 1);
        vm.applyPreset(AlphaPreset.BACKGROUND_QUARTER);
        assertThat(vm.alpha().values()).containsExactly(0.25, 1, 1, 1);
        vm.setClasses(5);
        assertThat(vm.alpha().values()).containsExactly(0.25, 1, 1, 1, 1);
        assertThat(snapshot().settings().classes()).isEqualTo(5);
        assertThat(snapshot().params().alphaVector().values()).containsExactly(0.25, 1, 1, 1, 1);
        vm.submitAlpha("3, 1, 1, 1, 1");
        vm.setClasses(3); // a typed vector cannot carry over: the inverse frequency of 3 classes
        assertThat(live.get(Settings.MC_ALPHA_VECTOR)).isEmpty();
        assertThat(vm.alpha()).isEqualTo(AlphaVector.inverseFrequency(MulticlassViewModel.data(3).frequencyArray()));
        vm.applyPreset(AlphaPreset.INVERSE_FREQUENCY);
        assertThat(live.get(Settings.MC_ALPHA_VECTOR)).isEmpty(); // stored as the word, so it follows K
    }

    @Test
    void changing_the_classes_with_a_typed_vector_is_one_undo_step() {
        UndoHistory undo = new UndoHistory(live);
        show();
        vm.applyPreset(AlphaPreset.UNIFORM);
        vm.setClasses(6);
        assertThat(vm.alpha().values()).hasSize(6);
        undo.undo();
        assertThat(vm.classesProperty().get()).isEqualTo(4);
        assertThat(vm.alpha().values()).containsExactly(1, 1, 1, 1);
        assertThat(snapshot().settings().classes()).isEqualTo(4);
    }

    @Test
    void at_least_two_models_train_and_the_panels_keep_one_order() {
        show();
        vm.setModel(MulticlassLoss.OVR_FOCAL, true);
        assertThat(vm.modelsProperty().get()).containsExactly(MulticlassLoss.values());
        assertThat(vm.frame().panels()).hasSize(4);
        vm.setModel(MulticlassLoss.CE, false);
        vm.setModel(MulticlassLoss.WEIGHTED_CE, false);
        assertThat(vm.modelsErrorProperty().get()).isEmpty();
        vm.setModel(MulticlassLoss.SOFTMAX_FOCAL, false);
        assertThat(vm.modelsErrorProperty().get()).contains("at least 2");
        assertThat(vm.modelsProperty().get()).containsExactly(MulticlassLoss.SOFTMAX_FOCAL, MulticlassLoss.OVR_FOCAL);
        assertThat(snapshot().settings().losses()).containsExactly(MulticlassLoss.SOFTMAX_FOCAL, MulticlassLoss.OVR_FOCAL);
        vm.setModel(MulticlassLoss.CE, true);
        assertThat(vm.modelsErrorProperty().get()).isEmpty();
        assertThat(vm.modelsProperty().get()).containsExactly(MulticlassLoss.CE, MulticlassLoss.SOFTMAX_FOCAL,
                MulticlassLoss.OVR_FOCAL);
    }

    @Test
    void the_panels_show_every_class_the_whole_test_set_and_weights_relative_to_ce() {
        show();
        vm.step(30);
        MulticlassSnapshot s = snapshot();
        for (ClassPanel p : vm.frame().panels()) {
            assertThat(p.rows()).hasSize(4);
            assertThat(p.rows().get(0).get(0)).isEqualTo("Background");
            int total = 0;
            for (int t = 0; t < 4; t++) {
                for (int q = 0; q < 4; q++) {
                    total += p.count(t, q);
                }
            }
            assertThat(total).isEqualTo(s.data().test().size());
            double share = 0;
            for (double v : s.model(p.loss()).lossShares()) {
                share += v;
            }
            assertThat(share).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-12));
        }
        // Under CE every point weighs 1; under weighted CE a point weighs α_y N / Σ α_y, whose mean is 1 too.
        ClassMarks ce = panel(MulticlassLoss.CE).marks();
        ClassMarks weighted = panel(MulticlassLoss.WEIGHTED_CE).marks();
        double sum = 0;
        for (int i = 0; i < weighted.count(); i++) {
            assertThat(ce.weight(i)).isEqualTo(1.0);
            sum += weighted.weight(i);
        }
        assertThat(sum / weighted.count()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        // the background (α small) weighs less than CE's 1, the rarest class more
        int background = -1;
        int rare = -1;
        for (int i = 0; i < weighted.count(); i++) {
            int label = weighted.points().label(i);
            background = label == 0 ? i : background;
            rare = label == 3 ? i : rare;
        }
        assertThat(weighted.weight(background)).isLessThan(1.0);
        assertThat(weighted.weight(rare)).isGreaterThan(1.0);
    }

    @Test
    void gamma_and_the_scalar_alpha_come_from_the_shared_parameters_and_apply_at_the_next_step() {
        show();
        parameters.alphaEnabledProperty().set(true);
        live.set(Settings.GAMMA, 1.5);
        assertThat(vm.lossParams().focal()).isEqualTo(FocalSetting.focal(parameters.focal().alpha(), 1.5));
        vm.step(1);
        assertThat(snapshot().params().gamma()).isEqualTo(1.5);
        assertThat(snapshot().params().focal().alphaOn()).isTrue();
    }

    private ClassPanel panel(MulticlassLoss loss) {
        return vm.frame().panels().stream().filter(p -> p.loss() == loss).findFirst().orElseThrow();
    }
}
