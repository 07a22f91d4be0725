package org.focalexplorer.viewmodel.code;

import org.focalexplorer.settings.TargetKind;
import org.focalexplorer.settings.MeanOver;
import org.focalexplorer.settings.CodeVariant;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.focalexplorer.loss.BinaryFocalLoss;
import org.focalexplorer.loss.BinaryFocalParams;
import org.focalexplorer.loss.LabelTensor;
import org.focalexplorer.loss.Reduction;
import org.focalexplorer.loss.SmpFocalLoss;
import org.focalexplorer.loss.SmpMode;
import org.focalexplorer.loss.SoftTargetConvention;
import org.focalexplorer.loss.SoftmaxFocalLoss;
import org.focalexplorer.loss.Tensor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every generated snippet, for a grid of settings, computes the app's numbers: its arguments are read back
 * from the code text and evaluated under the REFERENCE library's rules ({@link ReferenceSemantics}: torchvision
 * disables α only for alpha &lt; 0, smp only for None and really multiplies by −1, Keras uses alpha only with
 * apply_class_balancing=True, the softmax loss divides by Σ α_y, the libraries' own defaults for omitted
 * arguments); the result must equal the app's loss core for the same settings on fixed logits and targets.
 */
class SnippetReproducesAppTest {
    private static final double[] X = {-3.5, -1.2, -0.3, 0.0, 0.4, 1.7, 2.9, -6.0, 5.5, 0.8};
    private static final double[] HARD = {0, 1, 0, 1, 0, 1, 0, 0, 1, 0};
    private static final double[] SOFT = {0.3, 0.9, 0.0, 1.0, 0.6, 0.75, 0.1, 0.2, 1.0, 0.5};
    private static final int ROWS = 7;
    private static final double[] ALPHAS = {0.25, 0.5, 0.1 + 0.2, 1.0, 0.0};
    private static final double[] GAMMAS = {0.0, 0.5, 1.0 / 3.0, 2.0, 5.0};
    private static final double[][] ALPHA_VECTORS = {{0.75, 0.25, 0.25}, {1.0, 2.0, 0.5, 0.1 + 0.7}};

    @ParameterizedTest
    @EnumSource(CodeVariant.class)
    void each_snippet_reproduces_the_apps_loss_under_its_librarys_semantics(CodeVariant variant) {
        int checked = 0;
        for (CodeSettings s : grid(variant)) {
            String code = Snippets.code(s, "inputs");
            double[] expected = appLoss(s);
            double[] actual = evaluate(variant, new SnippetArgs(code), s);
            assertThat(actual).as("%s%n%s", s, code).hasSameSizeAs(expected);
            for (int i = 0; i < expected.length; i++) {
                double tol = 1e-12 + 1e-9 * Math.abs(expected[i]);
                assertThat(Math.abs(actual[i] - expected[i])).as("entry %d of %s%n%s", i, s, code).isLessThanOrEqualTo(tol);
            }
            checked++;
        }
        assertThat(checked).isGreaterThanOrEqualTo(300);
    }

    /** α on/off × several α and γ × reductions × (mean over all/positives, hard/soft) or α vectors. */
    static List<CodeSettings> grid(CodeVariant v) {
        List<CodeSettings> out = new ArrayList<>();
        for (boolean on : new boolean[] {false, true}) {
            for (double a : ALPHAS) {
                for (double g : GAMMAS) {
                    for (Reduction r : CodeViewModel.REDUCTIONS) {
                        for (MeanOver mo : v.binaryTargets() ? MeanOver.values() : new MeanOver[] {MeanOver.ALL_ELEMENTS}) {
                            for (TargetKind tk : v.binaryTargets() ? TargetKind.values() : new TargetKind[] {TargetKind.HARD}) {
                                for (double[] vec : v.binaryTargets() ? new double[][] {ALPHA_VECTORS[0]} : ALPHA_VECTORS) {
                                    out.add(new CodeSettings(v, on, a, g, r, mo, tk, vec));
                                }
                            }
                        }
                    }
                }
            }
        }
        return out;
    }

    // ---- the reference: the snippet's arguments under the library's rules ----

    private static double[] evaluate(CodeVariant v, SnippetArgs args, CodeSettings s) {
        double[] t = targets(s);
        return switch (v) {
            case TORCHVISION -> torchvision(args, t);
            case SMP_BINARY, SMP_MULTILABEL -> smpBinary(args, t, v);
            case SMP_MULTICLASS -> smpMulticlass(args, s.alphaVector().length);
            case SOFTMAX_ALPHA -> softmax(args, s.alphaVector().length);
            case KERAS_BINARY -> kerasBinary(args, t);
            case KERAS_CATEGORICAL -> kerasCategorical(args, s.alphaVector().length);
        };
    }

    private static double[] torchvision(SnippetArgs args, double[] t) {
        // torchvision 0.14.1 defaults: alpha=0.25, gamma=2, reduction="none"; alpha=None raises a TypeError.
        double alpha = SnippetArgs.number(args.keyword("alpha").orElse("0.25"))
                .orElseThrow(() -> new AssertionError("torchvision raises a TypeError for alpha=None"));
        double gamma = SnippetArgs.number(args.keyword("gamma").orElse("2.0")).orElseThrow();
        String reduction = SnippetArgs.string(args.keyword("reduction").orElse("\"none\""));
        double[] e = new double[X.length];
        for (int i = 0; i < X.length; i++) {
            e[i] = ReferenceSemantics.torchvision(X[i], t[i], alpha, gamma);
        }
        return torchPositives(args, torchReduce(e, reduction), t);
    }

    private static double[] smpBinary(SnippetArgs args, double[] t, CodeVariant v) {
        String mode = SnippetArgs.string(args.keyword("mode").orElseThrow());
        assertThat(mode).isEqualTo(v == CodeVariant.SMP_BINARY ? "binary" : "multilabel");
        Double alpha = smpAlpha(args);
        double gamma = SnippetArgs.number(args.keyword("gamma").orElse("2.0")).orElseThrow();
        String reduction = SnippetArgs.string(args.keyword("reduction").orElse("\"mean\""));
        double[] e = new double[X.length];
        for (int i = 0; i < X.length; i++) {
            e[i] = ReferenceSemantics.smp(X[i], t[i], alpha, gamma);
        }
        return torchPositives(args, torchReduce(e, reduction), t);
    }

    private static double[] smpMulticlass(SnippetArgs args, int classes) {
        assertThat(SnippetArgs.string(args.keyword("mode").orElseThrow())).isEqualTo("multiclass");
        Double alpha = smpAlpha(args);
        double gamma = SnippetArgs.number(args.keyword("gamma").orElse("2.0")).orElseThrow();
        String reduction = SnippetArgs.string(args.keyword("reduction").orElse("\"mean\""));
        double[][] logits = rows(classes);
        int[] labels = labels(classes);
        double[] total = null;
        for (int c = 0; c < classes; c++) { // smp: Σ_c loss(logits[:, c], labels == c), each reduced on its own
            double[] e = new double[ROWS];
            for (int r = 0; r < ROWS; r++) {
                e[r] = ReferenceSemantics.smp(logits[r][c], labels[r] == c ? 1 : 0, alpha, gamma);
            }
            double[] reduced = torchReduce(e, reduction);
            if (total == null) {
                total = reduced;
            } else {
                for (int i = 0; i < total.length; i++) {
                    total[i] += reduced[i];
                }
            }
        }
        return total;
    }

    private static Double smpAlpha(SnippetArgs args) {
        return SnippetArgs.number(args.keyword("alpha").orElse("None")).orElse(null); // smp's default is None
    }

    private static double[] softmax(SnippetArgs args, int classes) {
        assertThat(args.hasLine("loss = -w * (1 - pt) ** gamma * log_pt")).isTrue();
        String a = args.assignment("alpha").orElseThrow();
        double[] alpha = a.equals("None") ? null
                : SnippetArgs.list(a.replaceFirst("^torch\\.tensor\\((\\[.*\\]), dtype=torch\\.float64\\)$", "$1"));
        double gamma = SnippetArgs.number(args.assignment("gamma").orElseThrow()).orElseThrow();
        double[][] logits = rows(classes);
        int[] labels = labels(classes);
        double[] e = new double[ROWS];
        double num = 0;
        double den = 0;
        for (int r = 0; r < ROWS; r++) {
            double w = alpha == null ? 1.0 : alpha[labels[r]];
            e[r] = w * ReferenceSemantics.softmaxRow(logits[r], labels[r], gamma);
            num += e[r];
            den += w;
        }
        if (args.hasLine("return loss.sum() / w.sum()")) {
            return new double[] {num / den};
        }
        if (args.hasLine("return loss.sum()")) {
            return new double[] {num};
        }
        assertThat(args.hasLine("return loss")).isTrue();
        return e;
    }

    private static double[] kerasBinary(SnippetArgs args, double[] t) {
        assertThat(args.keyword("from_logits")).contains("True");
        // The mean over the last axis is the identity only for inputs of shape (N, 1).
        assertThat(args.hasLine("loss = loss_fn(ops.reshape(targets, (-1, 1)), ops.reshape(logits, (-1, 1)))")).isTrue();
        boolean balancing = args.keyword("apply_class_balancing").orElse("False").equals("True");
        double alpha = SnippetArgs.number(args.keyword("alpha").orElse("0.25")).orElseThrow();
        double gamma = SnippetArgs.number(args.keyword("gamma").orElse("2.0")).orElseThrow();
        double[] e = new double[X.length];
        for (int i = 0; i < X.length; i++) {
            e[i] = ReferenceSemantics.kerasBinary(X[i], t[i], balancing, alpha, gamma);
        }
        double[] reduced = kerasReduce(e, args.keyword("reduction").orElse("\"sum_over_batch_size\""));
        if (args.hasLine("loss = loss / ops.maximum(num_pos, 1)")) {
            assertThat(args.hasLine("num_pos = ops.sum(ops.cast(ops.equal(targets, 1), loss.dtype))")).isTrue();
            return divide(reduced, Math.max(1, positives(t)));
        }
        return reduced;
    }

    private static double[] kerasCategorical(SnippetArgs args, int classes) {
        assertThat(args.keyword("from_logits")).contains("True");
        assertThat(args.hasLine("loss = loss_fn(ops.one_hot(labels, " + classes + "), logits)")).isTrue();
        String a = args.keyword("alpha").orElse("0.25"); // Keras' default
        double[] alpha = new double[classes];
        if (a.equals("alpha")) {
            alpha = SnippetArgs.list(args.assignment("alpha").orElseThrow());
        } else {
            java.util.Arrays.fill(alpha, Double.parseDouble(a));
        }
        double gamma = SnippetArgs.number(args.keyword("gamma").orElse("2.0")).orElseThrow();
        double[][] logits = rows(classes);
        int[] labels = labels(classes);
        double[] e = new double[ROWS];
        for (int r = 0; r < ROWS; r++) {
            e[r] = ReferenceSemantics.kerasCategoricalRow(logits[r], labels[r], alpha, gamma);
        }
        double[] reduced = kerasReduce(e, args.keyword("reduction").orElse("\"sum_over_batch_size\""));
        if (args.hasLine("loss = loss / ops.sum(ops.take(ops.array(alpha), labels))")) {
            double den = 0;
            for (int r = 0; r < ROWS; r++) {
                den += alpha[labels[r]];
            }
            return divide(reduced, den);
        }
        return reduced;
    }

    private static double[] torchReduce(double[] e, String reduction) {
        return switch (reduction) {
            case "mean" -> new double[] {sum(e) / e.length};
            case "sum" -> new double[] {sum(e)};
            case "none" -> e;
            default -> throw new AssertionError("unknown reduction " + reduction);
        };
    }

    private static double[] kerasReduce(double[] e, String literal) {
        if (literal.equals("None")) {
            return e;
        }
        return switch (SnippetArgs.string(literal)) {
            case "sum_over_batch_size" -> new double[] {sum(e) / e.length};
            case "sum" -> new double[] {sum(e)};
            default -> throw new AssertionError("unknown Keras reduction " + literal);
        };
    }

    private static double[] torchPositives(SnippetArgs args, double[] reduced, double[] t) {
        if (!args.hasLine("loss = loss / num_pos.clamp(min=1)")) {
            return reduced;
        }
        assertThat(args.hasLine("num_pos = (targets == 1).sum()")).isTrue();
        return divide(reduced, Math.max(1, positives(t)));
    }

    // ---- the app: its loss core with the app's settings ----

    private static double[] appLoss(CodeSettings s) {
        OptionalDouble alpha = s.alphaEnabled() ? OptionalDouble.of(s.alpha()) : OptionalDouble.empty();
        Reduction r = s.dividesByPositives() ? Reduction.SUM : s.reduction();
        double[] t = targets(s);
        double[] loss = switch (s.variant()) {
            case TORCHVISION, KERAS_BINARY -> BinaryFocalLoss.compute(Tensor.vector(X), Tensor.vector(t),
                    new BinaryFocalParams(SoftTargetConvention.TORCHVISION_LINEAR, alpha, s.gamma(), false,
                            OptionalDouble.empty(), BinaryFocalParams.SMP_DEFAULT_EPS), r).loss().data();
            case SMP_BINARY, SMP_MULTILABEL -> SmpFocalLoss.compute(new Tensor(new int[] {2, 5}, X), new Tensor(new int[] {2, 5}, t),
                    smp(s, s.variant() == CodeVariant.SMP_BINARY ? SmpMode.BINARY : SmpMode.MULTILABEL), r).loss().data();
            case SMP_MULTICLASS -> SmpFocalLoss.compute(matrix(s.alphaVector().length), labelTensor(s.alphaVector().length),
                    smp(s, SmpMode.MULTICLASS), r).loss().data();
            case SOFTMAX_ALPHA, KERAS_CATEGORICAL -> softmaxApp(s);
        };
        return s.dividesByPositives() ? divide(loss, Math.max(1, positives(t))) : loss;
    }

    private static SmpFocalLoss.Settings smp(CodeSettings s, SmpMode mode) {
        return SmpFocalLoss.Settings.of(mode, s.alphaEnabled() ? s.alpha() : null, s.gamma(), null, false, null);
    }

    /** mean: the core's Σ α_y FL / Σ α_y; sum and none: the rows α_y · FL_y (each row's FL from the core). */
    private static double[] softmaxApp(CodeSettings s) {
        int classes = s.alphaVector().length;
        double[] alpha = s.alphaEnabled() ? s.alphaVector() : null;
        if (s.reduction() == Reduction.MEAN) {
            return new double[] {SoftmaxFocalLoss.compute(matrix(classes), labelTensor(classes), s.gamma(), alpha).loss().item()};
        }
        double[][] logits = rows(classes);
        int[] labels = labels(classes);
        double[] e = new double[ROWS];
        for (int r = 0; r < ROWS; r++) {
            double fl = SoftmaxFocalLoss.compute(new Tensor(new int[] {1, classes}, logits[r]), LabelTensor.vector(labels[r]),
                    s.gamma(), null).loss().item();
            e[r] = (alpha == null ? 1.0 : alpha[labels[r]]) * fl;
        }
        return s.reduction() == Reduction.SUM ? new double[] {sum(e)} : e;
    }

    // ---- the fixed sample ----

    private static double[] targets(CodeSettings s) {
        return s.targets() == TargetKind.SOFT ? SOFT : HARD;
    }

    /** Logits in [−3, 3], a different pattern per row; rows × classes. */
    private static double[][] rows(int classes) {
        double[][] m = new double[ROWS][classes];
        for (int r = 0; r < ROWS; r++) {
            for (int c = 0; c < classes; c++) {
                m[r][c] = (((r * 7 + c * 3) % 11) - 5) * 0.6;
            }
        }
        return m;
    }

    private static Tensor matrix(int classes) {
        double[] flat = new double[ROWS * classes];
        double[][] m = rows(classes);
        for (int r = 0; r < ROWS; r++) {
            System.arraycopy(m[r], 0, flat, r * classes, classes);
        }
        return new Tensor(new int[] {ROWS, classes}, flat);
    }

    private static int[] labels(int classes) {
        int[] y = new int[ROWS];
        for (int r = 0; r < ROWS; r++) {
            y[r] = (r * 2) % classes;
        }
        return y;
    }

    private static LabelTensor labelTensor(int classes) {
        return LabelTensor.vector(labels(classes));
    }

    private static int positives(double[] t) {
        int n = 0;
        for (double v : t) {
            if (v == 1.0) {
                n++;
            }
        }
        return n;
    }

    private static double sum(double[] e) {
        double s = 0;
        for (double v : e) {
            s += v;
        }
        return s;
    }

    private static double[] divide(double[] v, double by) {
        double[] r = v.clone();
        for (int i = 0; i < r.length; i++) {
            r[i] /= by;
        }
        return r;
    }

}
