package org.focalexplorer.viewmodel.lessons;

import java.util.List;
import java.util.Optional;
import org.focalexplorer.loss.FocalCurves;
import org.focalexplorer.toy.Activation;
import org.focalexplorer.toy.DataSource;
import org.focalexplorer.toy.MulticlassLoss;
import org.focalexplorer.viewmodel.multiclass.AlphaPreset;
import org.focalexplorer.toy.DatasetKind;
import org.focalexplorer.toy.ModelSpec;
import org.focalexplorer.toy.OptimizerKind;
import org.focalexplorer.settings.Figure4Class;
import org.focalexplorer.settings.ReferenceLoss;
import org.focalexplorer.viewmodel.curves.CurveSelection;
import org.focalexplorer.settings.XAxis;
import org.focalexplorer.settings.YScale;
import org.focalexplorer.viewmodel.explain.ExplainSection;
import org.focalexplorer.settings.Feature;
import org.focalexplorer.text.NumberText;

/**
 * The lessons. Every number a text quotes is computed here from the loss core ({@link FocalCurves}), so a
 * text can never disagree with the plots. A computed number is quoted to three significant digits with
 * its trailing zeros ({@link #value}: "2.30" beside "51.3", not "2.3"), since a sentence compares it with
 * others; a setting (p_t = 0.95, γ = 2, a learning rate) is quoted as the user types it ({@link #setting}).
 */
public final class LessonCatalog {
    public static final String PAPER = "paper";

    // Lesson 1: a detector's easy background against its few objects.
    static final int EASY_NEGATIVES = 1000;
    static final double EASY_PT = 0.95;
    static final int HARD_POSITIVES = 10;
    static final double HARD_PT = 0.1;
    // Lesson 3: the paper's Section 3.2.
    static final double GAMMA = 2.0;
    static final double EASY_TIMES_100_PT = 0.9;
    static final double THOUSAND = 1000.0;
    /** Lesson 3: still misclassified, yet it keeps only about a third of its loss. */
    static final double MISCLASSIFIED_PT = 0.4;
    /** Lessons 4 and 5: the paper's α. */
    static final double PAPER_ALPHA = 0.25;

    /**
     * Lesson 6/7: the lab's defaults — anchors at 1 %, fresh batches of 1,024 (nothing can be memorised, so
     * what the steps say holds at any step count; {@code LessonClaimsTest} checks it from step 1 to 3,000),
     * Adam 0.01, the prior initialisation, seed 7.
     */
    static final ClassifierSetup LIVE = new ClassifierSetup(DatasetKind.ANCHORS, 0.01, 7, Activation.TANH, true,
            OptimizerKind.ADAM, 0.01, ReferenceLoss.CE, Figure4Class.NEGATIVES, DataSource.STREAM, 1024);
    /** Lesson 9: four classes, CE against both α-vector losses, α from the inverse class frequency. */
    static final MulticlassSetup MULTICLASS = new MulticlassSetup(4,
            List.of(MulticlassLoss.CE, MulticlassLoss.WEIGHTED_CE, MulticlassLoss.SOFTMAX_FOCAL, MulticlassLoss.OVR_FOCAL),
            AlphaPreset.INVERSE_FREQUENCY);
    /**
     * Lesson 8: without the prior initialisation the CE model's loss explodes at step 11 (0.17 at step 9,
     * 153 at step 10); with it, the same run trains 3,000 steps without a divergence (train command, seed 7).
     */
    static final ClassifierSetup PRIOR = new ClassifierSetup(DatasetKind.ANCHORS, 0.01, 7, Activation.RELU, false,
            OptimizerKind.SGD, 10, ReferenceLoss.CE, Figure4Class.NEGATIVES, DataSource.FIXED, 0);

    private LessonCatalog() {}

    /**
     * The paper in eight steps (Lin et al. 2017), the seed's multi-class focal loss as the ninth, and a real
     * model's predictions (the bundled example) as the tenth.
     */
    public static Lesson paper() {
        return new Lesson(PAPER, "lesson.paper.title", List.of(easyExamples(), focalTerm(), numbers(), gradients(),
                alpha(), live(), figure4(), priorInit(), multiclass(), predictions()));
    }

    private static LessonStep easyExamples() {
        double easy = FocalCurves.ce(EASY_PT);
        double hard = FocalCurves.ce(HARD_PT);
        double easyTotal = EASY_NEGATIVES * easy;
        double hardTotal = HARD_POSITIVES * hard;
        return new LessonStep("lesson.ce",
                List.of(setting(EASY_PT), value(easy), EASY_NEGATIVES, HARD_POSITIVES, setting(HARD_PT), value(hard),
                        value(easyTotal), value(hardTotal), value(easyTotal / hardTotal)),
                // γ = 0: the step is about CE alone, so the probe's headline must not speak of FL
                List.of(), ParameterSetup.gammaOnly(0.0),
                curves(XAxis.PROBABILITY, YScale.LINEAR, false, false, false), Optional.of(EASY_PT), Feature.CURVES,
                Optional.empty(), Highlight.LOSS_PLOT, ExplainSection.CROSS_ENTROPY);
    }

    private static LessonStep focalTerm() {
        return new LessonStep("lesson.focal", List.of(), List.of(), ParameterSetup.gammaOnly(0.0),
                curves(XAxis.PROBABILITY, YScale.LINEAR, true, false, true), Optional.empty(), Feature.CURVES,
                Optional.empty(), Highlight.GAMMA_AND_LOSS_PLOT, ExplainSection.FOCAL_TERM);
    }

    private static LessonStep numbers() {
        double factor = FocalCurves.modulatingFactor(EASY_TIMES_100_PT, GAMMA);
        double times = FocalCurves.ratioCeOverFl(EASY_TIMES_100_PT, 1.0, GAMMA);
        // Where FL is 1,000× below CE: (1 − p_t)^γ = 1/1000; quoted to three digits, as the paper does.
        double pt1000 = round3(1.0 - Math.pow(THOUSAND, -1.0 / GAMMA));
        double times1000 = FocalCurves.ratioCeOverFl(pt1000, 1.0, GAMMA);
        double hardKeeps = FocalCurves.modulatingFactor(HARD_PT, GAMMA);
        double easyX = FocalCurves.logitOf(EASY_TIMES_100_PT);
        double gradientTimes = FocalCurves.ceGradient(easyX) / FocalCurves.flGradient(easyX, 1.0, GAMMA);
        double misclassifiedKeeps = FocalCurves.modulatingFactor(MISCLASSIFIED_PT, GAMMA);
        return new LessonStep("lesson.numbers",
                List.of(setting(GAMMA), setting(EASY_TIMES_100_PT), value(factor), value(times), setting(pt1000),
                        value(times1000), setting(HARD_PT), value(100 * hardKeeps), value(gradientTimes),
                        setting(MISCLASSIFIED_PT), value(100 * misclassifiedKeeps)),
                List.of(setting(pt1000)), ParameterSetup.gammaOnly(GAMMA),
                curves(XAxis.PROBABILITY, YScale.LINEAR, false, false, true), Optional.of(EASY_TIMES_100_PT),
                Feature.CURVES, Optional.empty(), Highlight.PROBE, ExplainSection.FOCAL_TERM);
    }

    private static LessonStep gradients() {
        GradientFocus.Pulls g = GradientFocus.Pulls.at(HARD_PT, EASY_TIMES_100_PT, GAMMA, PAPER_ALPHA);
        return new LessonStep("lesson.gradients",
                List.of(setting(HARD_PT), value(g.ceHard()), setting(GAMMA), value(g.flHard()), setting(EASY_TIMES_100_PT),
                        value(g.ceEasy()), value(g.flEasy()), value(g.ceEasy() / g.flEasy()), value(g.ceHard() / g.ceEasy()),
                        value(g.flHard() / g.flEasy()), NumberText.significant(GradientFocus.crossover(GAMMA), 1),
                        value(GradientFocus.largestRatio(GAMMA)), setting(PAPER_ALPHA), value(g.flHardAlpha())),
                List.of(), ParameterSetup.gammaOnly(GAMMA), curves(XAxis.LOGIT, YScale.LINEAR, false, false, true),
                Optional.of(HARD_PT), Feature.CURVES, Optional.empty(), Highlight.GRADIENT_PLOT, ExplainSection.GRADIENT);
    }

    private static LessonStep alpha() {
        double paperAlpha = PAPER_ALPHA;
        double negative = FocalCurves.fl(EASY_TIMES_100_PT, 1.0 - paperAlpha, GAMMA);
        double positive = FocalCurves.fl(EASY_TIMES_100_PT, paperAlpha, GAMMA);
        return new LessonStep("lesson.alpha",
                List.of(setting(paperAlpha), setting(1.0 - paperAlpha), setting(GAMMA), setting(EASY_TIMES_100_PT),
                        value(negative), value(positive)),
                List.of(), ParameterSetup.withAlpha(paperAlpha, GAMMA),
                curves(XAxis.PROBABILITY, YScale.LINEAR, false, true, true), Optional.of(EASY_TIMES_100_PT),
                Feature.CURVES, Optional.empty(), Highlight.PARAMETERS, ExplainSection.ALPHA);
    }

    private static LessonStep live() {
        return new LessonStep("lesson.live",
                List.of(setting(LIVE.positiveFraction() * 100),
                        setting((1 - LIVE.positiveFraction()) / LIVE.positiveFraction()), LIVE.batchSize()),
                List.of(), ParameterSetup.withAlpha(0.25, GAMMA), curves(XAxis.PROBABILITY, YScale.LINEAR, false, false, true),
                Optional.empty(), Feature.CLASSIFIER, Optional.of(LIVE), Highlight.MODELS,
                // imbalanced data and the paper's α = 0.25 with γ = 2: what the α section explains
                ExplainSection.ALPHA);
    }

    private static LessonStep figure4() {
        return new LessonStep("lesson.figure4", List.of(setting(GAMMA)), List.of(), ParameterSetup.withAlpha(0.25, GAMMA),
                curves(XAxis.PROBABILITY, YScale.LINEAR, false, false, true), Optional.empty(), Feature.CLASSIFIER,
                Optional.of(LIVE), Highlight.FIGURE4, ExplainSection.FOCAL_TERM);
    }

    private static LessonStep priorInit() {
        ModelSpec paper = ModelSpec.defaults();
        return new LessonStep("lesson.prior",
                List.of(setting((1 - PRIOR.positiveFraction()) * 100), setting(PRIOR.learningRate()),
                        setting(paper.prior()), value(paper.initialOutputBias())),
                List.of(), ParameterSetup.withAlpha(0.25, GAMMA), curves(XAxis.PROBABILITY, YScale.LINEAR, false, false, true),
                Optional.empty(), Feature.CLASSIFIER, Optional.of(PRIOR), Highlight.PRIOR_INIT, ExplainSection.PRIOR);
    }

    /**
     * The seed's softmax focal loss with one α per class, its Σ α_y normalisation, and smp's one-vs-rest
     * focal loss; γ = 0 turns the softmax focal loss into CE weighted by α (the lab shows the weights agree).
     */
    private static LessonStep multiclass() {
        return new LessonStep("lesson.multiclass", List.of(MULTICLASS.classes()), List.of(),
                ParameterSetup.withAlpha(0.25, GAMMA), curves(XAxis.PROBABILITY, YScale.LINEAR, false, false, true),
                Optional.empty(), Feature.MULTICLASS, Optional.empty(), Highlight.MULTICLASS, ExplainSection.ALPHA,
                Optional.of(MULTICLASS));
    }

    /**
     * The predictions tab on the bundled example (the toy lab's CE model on its 20,000 test points) at the
     * paper's α and γ. Its text quotes no number of the file: it points at the tab's own readouts, and
     * {@code PredictionsLessonClaimsTest} checks each of its claims on the example, computed directly from
     * the file's rows.
     */
    private static LessonStep predictions() {
        return new LessonStep("lesson.predictions", List.of(setting(GAMMA)), List.of(),
                ParameterSetup.withAlpha(PAPER_ALPHA, GAMMA), curves(XAxis.PROBABILITY, YScale.LINEAR, false, false, true),
                Optional.empty(), Feature.PREDICTIONS, Optional.empty(), Highlight.PREDICTIONS, ExplainSection.FOCAL_TERM);
    }

    private static CurveSelection curves(XAxis x, YScale y, boolean family, boolean alphaCe, boolean fl) {
        return new CurveSelection(alphaCe, fl, false, family, x, y);
    }

    /** A computed number as the texts quote it: 3 significant digits, trailing zeros kept ("2.30"). */
    static String value(double v) {
        return NumberText.significant(v, 3);
    }

    /**
     * A setting (or a ratio of settings) as a user types it: "0.95", "2", "99"; rounded to 3 digits so
     * that (1 − 0.01) / 0.01 reads 99, not 98.99999999999999.
     */
    static String setting(double v) {
        return NumberText.format(v, 3);
    }

    /**
     * A setting written as an exponent: superscript digits for a whole number ("²"), which is how the texts
     * write (1 − pₜ)ᵞ; anything else as "^(0.5)", which no font renders wrongly.
     */
    static String exponent(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e6
                ? NumberText.superscript((int) v) : "^(" + setting(v) + ")";
    }

    private static double round3(double v) {
        return Math.round(v * 1000.0) / 1000.0;
    }
}
