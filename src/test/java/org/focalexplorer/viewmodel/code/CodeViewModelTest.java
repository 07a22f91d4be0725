package org.focalexplorer.viewmodel.code;

import org.focalexplorer.settings.TargetKind;
import org.focalexplorer.settings.MeanOver;
import org.focalexplorer.settings.CodeVariant;
import org.focalexplorer.settings.Framework;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.focalexplorer.loss.BinaryFocalLoss;
import org.focalexplorer.loss.BinaryFocalParams;
import org.focalexplorer.loss.LabelTensor;
import org.focalexplorer.loss.Reduction;
import org.focalexplorer.loss.SoftmaxFocalLoss;
import org.focalexplorer.loss.Tensor;
import org.focalexplorer.viewmodel.TestMessages;
import org.focalexplorer.viewmodel.parameters.ParameterViewModel;
import org.focalexplorer.viewmodel.text.Messages;
import org.junit.jupiter.api.Test;

/** The code panel's view model without a toolkit: the Keras mapping, warnings exactly when they apply, options. */
class CodeViewModelTest {
    private final Messages en = TestMessages.english();
    private final ParameterViewModel parameters = new ParameterViewModel(en);
    private final CodeViewModel vm = new CodeViewModel(parameters, en);

    @Test
    void keras_binary_passes_alpha_only_with_class_balancing_and_always_from_logits() {
        vm.variantProperty().set(CodeVariant.KERAS_BINARY);
        for (String alpha : new String[] {"0.25", "0.75", "0.3", "1"}) {
            for (String gamma : new String[] {"0", "0.5", "2", "7.25"}) {
                assertThat(parameters.alpha().submit(alpha)).isTrue();
                assertThat(parameters.gamma().submit(gamma)).isTrue();
                parameters.alphaEnabledProperty().set(true);
                SnippetArgs on = new SnippetArgs(vm.codeProperty().get());
                assertThat(on.keyword("apply_class_balancing")).contains("True");
                assertThat(on.keyword("alpha").map(Double::parseDouble)).contains(Double.parseDouble(alpha));
                assertThat(on.keyword("gamma").map(Double::parseDouble)).contains(Double.parseDouble(gamma));
                assertThat(on.keyword("from_logits")).contains("True");
                assertThat(vm.warningKindsProperty().get()).contains(CodeWarning.KERAS_BALANCING_ON)
                        .doesNotContain(CodeWarning.KERAS_BALANCING_OFF);

                parameters.alphaEnabledProperty().set(false);
                SnippetArgs off = new SnippetArgs(vm.codeProperty().get());
                assertThat(off.keyword("apply_class_balancing")).contains("False");
                assertThat(off.keyword("alpha")).isEmpty();
                assertThat(off.keyword("from_logits")).contains("True");
                assertThat(vm.warningKindsProperty().get()).contains(CodeWarning.KERAS_BALANCING_OFF)
                        .doesNotContain(CodeWarning.KERAS_BALANCING_ON);
            }
        }
    }

    @Test
    void keras_categorical_passes_alpha_1_when_off_and_the_vector_when_on() {
        vm.variantProperty().set(CodeVariant.KERAS_CATEGORICAL);
        parameters.alphaEnabledProperty().set(false);
        SnippetArgs off = new SnippetArgs(vm.codeProperty().get());
        assertThat(off.keyword("alpha")).contains("1.0");
        assertThat(off.keyword("reduction")).contains("\"sum_over_batch_size\"");
        parameters.alphaEnabledProperty().set(true);
        assertThat(vm.submitAlphaVector("0.5, 2, 0.125")).isTrue();
        SnippetArgs on = new SnippetArgs(vm.codeProperty().get());
        assertThat(on.keyword("alpha")).contains("alpha");
        assertThat(on.assignment("alpha")).contains("[0.5, 2.0, 0.125]");
        assertThat(on.keyword("reduction")).contains("\"sum\""); // and divides by Σ α_y itself
        assertThat(on.keyword("from_logits")).contains("True");
    }

    /** Every combination of the options: each warning is listed exactly when the code shows what it explains. */
    @Test
    void warnings_appear_exactly_when_they_apply() {
        int combos = 0;
        for (CodeVariant v : CodeVariant.values()) {
            vm.variantProperty().set(v);
            for (boolean on : new boolean[] {false, true}) {
                parameters.alphaEnabledProperty().set(on);
                for (Reduction r : CodeViewModel.REDUCTIONS) {
                    vm.reductionProperty().set(r);
                    for (MeanOver mo : MeanOver.values()) {
                        vm.meanOverProperty().set(mo);
                        for (TargetKind tk : TargetKind.values()) {
                            vm.targetsProperty().set(tk);
                            check(v, on, r, mo, tk);
                            combos++;
                        }
                    }
                }
            }
        }
        assertThat(combos).isEqualTo(7 * 2 * 3 * 2 * 2);
    }

    private void check(CodeVariant v, boolean on, Reduction r, MeanOver mo, TargetKind tk) {
        String code = vm.codeProperty().get();
        List<CodeWarning> w = vm.warningKindsProperty().get();
        String where = v + " alpha " + on + " " + r + " " + mo + " " + tk + "\n" + code;
        SnippetArgs args = new SnippetArgs(code);
        boolean smp = v.name().startsWith("SMP_");
        boolean keras = v.framework() == Framework.KERAS;
        assertIff(w, CodeWarning.TORCHVISION_ALPHA_OFF, v == CodeVariant.TORCHVISION && args.keyword("alpha").orElse("").equals("-1"), where);
        assertIff(w, CodeWarning.SMP_ALPHA_OFF, smp && args.keyword("alpha").orElse("").equals("None"), where);
        assertIff(w, CodeWarning.SMP_MULTICLASS_ONE_VS_REST, args.keyword("mode").orElse("").equals("\"multiclass\""), where);
        assertIff(w, CodeWarning.KERAS_BALANCING_ON, args.keyword("apply_class_balancing").orElse("").equals("True"), where);
        assertIff(w, CodeWarning.KERAS_BALANCING_OFF, args.keyword("apply_class_balancing").orElse("").equals("False"), where);
        assertIff(w, CodeWarning.KERAS_CATEGORICAL_DEFAULT_ALPHA,
                v == CodeVariant.KERAS_CATEGORICAL && args.keyword("alpha").orElse("").equals("1.0"), where);
        assertIff(w, CodeWarning.KERAS_CATEGORICAL_NOT_NORMALISED, code.contains("ops.take(ops.array(alpha), labels)"), where);
        assertIff(w, CodeWarning.SOFTMAX_ALPHA_NORMALISED,
                v == CodeVariant.SOFTMAX_ALPHA && on && code.contains("return loss.sum() / w.sum()"), where);
        assertIff(w, CodeWarning.MEAN_OVER_POSITIVES, code.contains("num_pos"), where);
        assertIff(w, CodeWarning.MEAN_OVER_ALL_ELEMENTS, v.binaryTargets() && !code.contains("num_pos")
                && (args.keyword("reduction").orElse("").equals("\"mean\"")
                        || args.keyword("reduction").orElse("").equals("\"sum_over_batch_size\"")), where);
        assertIff(w, CodeWarning.SOFT_TARGETS_LINEAR, tk == TargetKind.SOFT
                && (v == CodeVariant.TORCHVISION || v == CodeVariant.KERAS_BINARY), where);
        assertIff(w, CodeWarning.SOFT_TARGETS_GEOMETRIC, tk == TargetKind.SOFT
                && (v == CodeVariant.SMP_BINARY || v == CodeVariant.SMP_MULTILABEL), where);
        assertIff(w, CodeWarning.KERAS_LAST_AXIS, v == CodeVariant.KERAS_BINARY
                && !args.keyword("reduction").orElse("").equals("\"sum_over_batch_size\""), where);
        assertIff(w, CodeWarning.KERAS_CLIPS, keras, where);
        assertThat(vm.warnings()).as(where).hasSameSizeAs(w);
        for (int i = 0; i < w.size(); i++) {
            assertThat(vm.warnings().get(i)).isEqualTo(en.get("code.warning." + w.get(i).id()));
        }
    }

    private static void assertIff(List<CodeWarning> shown, CodeWarning warning, boolean applies, String where) {
        assertThat(shown.contains(warning)).as("%s shown?%n%s", warning, where).isEqualTo(applies);
    }

    @Test
    void the_code_follows_gamma_and_alpha_as_they_change() {
        parameters.alphaEnabledProperty().set(true);
        assertThat(parameters.gamma().submit("3.5")).isTrue();
        assertThat(parameters.alpha().submit("0.1")).isTrue();
        SnippetArgs tv = new SnippetArgs(vm.codeProperty().get());
        assertThat(tv.keyword("gamma")).contains("3.5");
        assertThat(tv.keyword("alpha")).contains("0.1");
        assertThat(vm.settingsProperty().get().gamma()).isEqualTo(3.5);
        parameters.alphaEnabledProperty().set(false);
        assertThat(new SnippetArgs(vm.codeProperty().get()).keyword("alpha")).contains("-1");
    }

    @Test
    void framework_and_variant_stay_consistent() {
        assertThat(vm.variants()).containsExactly(CodeVariant.TORCHVISION, CodeVariant.SMP_BINARY,
                CodeVariant.SMP_MULTILABEL, CodeVariant.SMP_MULTICLASS, CodeVariant.SOFTMAX_ALPHA);
        vm.frameworkProperty().set(Framework.KERAS);
        assertThat(vm.variantProperty().get()).isEqualTo(CodeVariant.KERAS_BINARY);
        assertThat(vm.variants()).containsExactly(CodeVariant.KERAS_BINARY, CodeVariant.KERAS_CATEGORICAL);
        assertThat(vm.codeProperty().get()).contains("keras.losses.BinaryFocalCrossentropy");
        vm.variantProperty().set(CodeVariant.SMP_MULTICLASS);
        assertThat(vm.frameworkProperty().get()).isEqualTo(Framework.PYTORCH);
        assertThat(vm.codeProperty().get()).contains("mode=\"multiclass\"");
    }

    @Test
    void the_options_that_do_not_apply_are_marked() {
        vm.variantProperty().set(CodeVariant.TORCHVISION);
        assertThat(vm.meanOverApplies().get()).isTrue();
        assertThat(vm.targetsApply().get()).isTrue();
        assertThat(vm.alphaVectorApplies().get()).isFalse();
        vm.reductionProperty().set(Reduction.SUM);
        assertThat(vm.meanOverApplies().get()).isFalse();
        vm.variantProperty().set(CodeVariant.SOFTMAX_ALPHA);
        assertThat(vm.targetsApply().get()).isFalse();
        assertThat(vm.alphaVectorApplies().get()).isTrue();
    }

    @Test
    void a_bad_alpha_vector_is_refused_with_a_message_and_the_vector_stays() {
        vm.variantProperty().set(CodeVariant.SOFTMAX_ALPHA);
        parameters.alphaEnabledProperty().set(true);
        assertThat(vm.alphaVectorTextProperty().get()).isEqualTo("0.75, 0.25, 0.25"); // 1 − α for background, α else
        String code = vm.codeProperty().get();
        assertThat(vm.submitAlphaVector("1, 2")).isFalse();
        assertThat(vm.alphaVectorErrorProperty().get())
                .isEqualTo("“1, 2” does not have one weight for each of the 3 classes; α stays 0.75, 0.25, 0.25.");
        assertThat(vm.submitAlphaVector("1, -2, 3")).isFalse();
        assertThat(vm.alphaVectorErrorProperty().get()).contains("negative");
        assertThat(vm.submitAlphaVector("0 0 0")).isFalse();
        assertThat(vm.submitAlphaVector("1, x, 3")).isFalse();
        assertThat(vm.alphaVectorErrorProperty().get()).contains("not a list of numbers");
        assertThat(vm.codeProperty().get()).isEqualTo(code);
        assertThat(vm.alphaVectorTextProperty().get()).isEqualTo("0.75, 0.25, 0.25");

        assertThat(vm.submitAlphaVector("[1 2 0.5]")).isTrue();
        assertThat(vm.alphaVectorErrorProperty().get()).isEmpty();
        assertThat(new SnippetArgs(vm.codeProperty().get()).assignment("alpha"))
                .contains("torch.tensor([1.0, 2.0, 0.5], dtype=torch.float64)");

        vm.classesProperty().set(5);
        assertThat(vm.alphaVectorTextProperty().get()).isEqualTo("1, 2, 0.5, 0.5, 0.5");
        vm.classesProperty().set(2);
        assertThat(vm.alphaVectorTextProperty().get()).isEqualTo("1, 2");
        vm.classesProperty().set(99);
        assertThat(vm.classesProperty().get()).isEqualTo(CodeViewModel.MAX_CLASSES);
    }

    @Test
    void until_typed_the_alpha_vector_follows_the_apps_alpha_in_the_softmax_and_keras_snippets() {
        vm.variantProperty().set(CodeVariant.SOFTMAX_ALPHA);
        parameters.alphaEnabledProperty().set(true);
        assertThat(parameters.alpha().submit("0.6")).isTrue();
        // the reviewer's case: α on at 0.6 must not leave the vector at the 0.25 it had when the panel was built
        assertThat(vm.alphaVectorFollowsAlphaProperty().get()).isTrue();
        assertThat(vm.alphaVectorTextProperty().get()).isEqualTo("0.4, 0.6, 0.6");
        assertThat(new SnippetArgs(vm.codeProperty().get()).assignment("alpha"))
                .contains("torch.tensor([0.4, 0.6, 0.6], dtype=torch.float64)");
        vm.variantProperty().set(CodeVariant.KERAS_CATEGORICAL);
        assertThat(new SnippetArgs(vm.codeProperty().get()).assignment("alpha")).contains("[0.4, 0.6, 0.6]");

        assertThat(parameters.alpha().submit("0.1")).isTrue();
        assertThat(vm.settingsProperty().get().alphaVector()).containsExactly(1.0 - 0.1, 0.1, 0.1);
        vm.classesProperty().set(5);
        assertThat(vm.settingsProperty().get().alphaVector()).containsExactly(1.0 - 0.1, 0.1, 0.1, 0.1, 0.1);
        vm.classesProperty().set(2); // two classes: exactly the app's binary α-balanced weights
        assertThat(vm.settingsProperty().get().alphaVector()).containsExactly(1.0 - 0.1, 0.1);

        parameters.alphaEnabledProperty().set(false); // α off: every class weighs 1, the snippets pass no α
        assertThat(vm.alphaVectorTextProperty().get()).isEqualTo("1, 1");
        assertThat(new SnippetArgs(vm.codeProperty().get()).keyword("alpha")).contains("1.0");
        vm.variantProperty().set(CodeVariant.SOFTMAX_ALPHA);
        assertThat(new SnippetArgs(vm.codeProperty().get()).assignment("alpha")).contains("None");
        assertThat(vm.typedAlphaVector()).isEmpty();
    }

    @Test
    void with_two_classes_the_following_alpha_vector_gives_each_example_the_apps_binary_focal_loss() {
        // why 1 − α for class 0 and α for the others: a softmax of two logits is the sigmoid of their difference
        vm.variantProperty().set(CodeVariant.SOFTMAX_ALPHA);
        vm.classesProperty().set(2);
        parameters.alphaEnabledProperty().set(true);
        for (String a : new String[] {"0.25", "0.6"}) {
            assertThat(parameters.alpha().submit(a)).isTrue();
            double alpha = Double.parseDouble(a);
            double[] weights = vm.settingsProperty().get().alphaVector();
            for (double[] z : new double[][] {{0.3, -1.2}, {-2.0, 2.5}, {4.0, 1.0}}) {
                for (int y = 0; y < 2; y++) {
                    // one row: the Σ α_y normalisation leaves the unweighted loss, so weigh it back
                    double softmax = weights[y] * SoftmaxFocalLoss.compute(new Tensor(new int[] {1, 2}, z.clone()),
                            LabelTensor.vector(y), 2.0, weights).loss().item();
                    double binary = BinaryFocalLoss.compute(Tensor.vector(z[1] - z[0]), Tensor.vector(y),
                            BinaryFocalParams.torchvision(alpha, 2.0), Reduction.NONE).loss().data()[0];
                    assertThat(softmax).as("α %s, z %s, y %d", a, java.util.Arrays.toString(z), y)
                            .isCloseTo(binary, org.assertj.core.data.Offset.offset(1e-12 * Math.max(1, binary)));
                }
            }
        }
    }

    @Test
    void a_typed_alpha_vector_stays_as_typed_until_the_field_is_emptied() {
        vm.variantProperty().set(CodeVariant.SOFTMAX_ALPHA);
        parameters.alphaEnabledProperty().set(true);
        assertThat(vm.submitAlphaVector("1, 2, 3")).isTrue();
        assertThat(vm.alphaVectorFollowsAlphaProperty().get()).isFalse();
        assertThat(parameters.alpha().submit("0.9")).isTrue();
        assertThat(vm.alphaVectorTextProperty().get()).isEqualTo("1, 2, 3");
        assertThat(vm.settingsProperty().get().alphaVector()).containsExactly(1.0, 2.0, 3.0);
        assertThat(vm.typedAlphaVector()).hasValueSatisfying(v -> assertThat(v).containsExactly(1.0, 2.0, 3.0));
        vm.classesProperty().set(4); // still typed: the new class weighs like the last
        assertThat(vm.typedAlphaVector()).hasValueSatisfying(v -> assertThat(v).containsExactly(1.0, 2.0, 3.0, 3.0));

        assertThat(vm.submitAlphaVector("  ")).isTrue();
        assertThat(vm.alphaVectorFollowsAlphaProperty().get()).isTrue();
        assertThat(vm.typedAlphaVector()).isEmpty();
        assertThat(vm.settingsProperty().get().alphaVector()).containsExactly(1.0 - 0.9, 0.9, 0.9, 0.9);

        vm.setTypedAlphaVector(new double[] {0.5, 0.5, 1, 2});
        assertThat(vm.alphaVectorTextProperty().get()).isEqualTo("0.5, 0.5, 1, 2");
        assertThatThrownBy(() -> vm.setTypedAlphaVector(new double[] {1, 2}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 weights, expected 4");
    }

    @Test
    void every_code_key_exists_in_english_and_chinese_and_the_chinese_warnings_are_chinese() {
        Set<String> enKeys = codeKeys(ResourceBundle.getBundle(Messages.BUNDLE, Locale.ROOT));
        Set<String> zhKeys = codeKeys(Messages.forLocale(Locale.SIMPLIFIED_CHINESE).bundle());
        assertThat(zhKeys).isEqualTo(enKeys);
        List<String> needed = new ArrayList<>();
        for (CodeVariant v : CodeVariant.values()) {
            needed.add("code.variant." + v.id());
            needed.add("code.comment." + v.id());
        }
        for (CodeWarning w : CodeWarning.values()) {
            needed.add("code.warning." + w.id());
        }
        assertThat(enKeys).containsAll(needed);
        Messages zh = Messages.forLocale(Locale.SIMPLIFIED_CHINESE);
        CodeViewModel zhVm = new CodeViewModel(new ParameterViewModel(zh), zh);
        zhVm.variantProperty().set(CodeVariant.SMP_MULTICLASS);
        assertThat(zhVm.warnings()).isNotEmpty().allSatisfy(t -> assertThat(t).containsPattern("\\p{IsHan}"));
        assertThat(zhVm.codeProperty().get()).contains("# logits：");
    }

    private static Set<String> codeKeys(ResourceBundle b) {
        Set<String> keys = new TreeSet<>();
        for (String k : b.keySet()) {
            if (k.startsWith("code.")) {
                keys.add(k);
            }
        }
        return keys;
    }
}
