package org.focalexplorer.viewmodel.lessons;

import java.util.List;
import java.util.Optional;
import org.focalexplorer.loss.FocalCurves;
import org.focalexplorer.toy.Activation;
import org.focalexplorer.toy.DatasetKind;
import org.focalexplorer.toy.ModelSpec;
import org.focalexplorer.toy.OptimizerKind;
import org.focalexplorer.viewmodel.classifier.Figure4Class;
import org.focalexplorer.viewmodel.classifier.ReferenceLoss;
import org.focalexplorer.viewmodel.curves.CurveSelection;
import org.focalexplorer.viewmodel.curves.XAxis;
import org.focalexplorer.viewmodel.curves.YScale;
import org.focalexplorer.viewmodel.explorer.Feature;
import org.focalexplorer.viewmodel.text.NumberText;

/**
 * The lessons. Every number a text quotes is computed here from the loss core ({@link FocalCurves}), so a
 * text can never disagree with the plots.
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

    /** Lesson 6/7: CE and FL learn at a similar pace here (Adam 0.05; at 0.01 FL lags CE for ~300 steps). */
    static final ClassifierSetup LIVE = new ClassifierSetup(DatasetKind.ANCHORS, 0.01, 7, Activation.TANH, true,
            OptimizerKind.ADAM, 0.05, ReferenceLoss.CE, Figure4Class.NEGATIVES);
    /**
     * Lesson 8: without the prior initialisation the CE model's loss explodes at step 11 (0.17 at step 9,
     * 153 at step 10); with it, the same run trains 3,000 steps without a divergence (train command, seed 7).
     */
    static final ClassifierSetup PRIOR = new ClassifierSetup(DatasetKind.ANCHORS, 0.01, 7, Activation.RELU, false,
            OptimizerKind.SGD, 10, ReferenceLoss.CE, Figure4Class.NEGATIVES);

    private LessonCatalog() {}

    /** The paper in eight steps (Lin et al. 2017). */
    public static Lesson paper() {
        return new Lesson(PAPER, "lesson.paper.title", List.of(easyExamples(), focalTerm(), numbers(), gradients(),
                alpha(), live(), figure4(), priorInit()));
    }

    private static LessonStep easyExamples() {
        double easy = FocalCurves.ce(EASY_PT);
        double hard = FocalCurves.ce(HARD_PT);
        double easyTotal = EASY_NEGATIVES * easy;
        double hardTotal = HARD_POSITIVES * hard;
        return new LessonStep("lesson.ce",
                List.of(num(EASY_PT), num(easy), EASY_NEGATIVES, HARD_POSITIVES, num(HARD_PT), num(hard),
                        num(easyTotal), num(hardTotal), num(easyTotal / hardTotal)),
                List.of(), ParameterSetup.gammaOnly(GAMMA),
                curves(XAxis.PROBABILITY, YScale.LINEAR, false, false, false), Optional.of(EASY_PT), Feature.CURVES,
                Optional.empty(), Highlight.LOSS_PLOT);
    }

    private static LessonStep focalTerm() {
        return new LessonStep("lesson.focal", List.of(), List.of(), ParameterSetup.gammaOnly(0.0),
                curves(XAxis.PROBABILITY, YScale.LINEAR, true, false, true), Optional.empty(), Feature.CURVES,
                Optional.empty(), Highlight.LOSS_PLOT);
    }

    private static LessonStep numbers() {
        double factor = FocalCurves.modulatingFactor(EASY_TIMES_100_PT, GAMMA);
        double times = FocalCurves.ratioCeOverFl(EASY_TIMES_100_PT, 1.0, GAMMA);
        // Where FL is 1,000× below CE: (1 − p_t)^γ = 1/1000; quoted to three digits, as the paper does.
        double pt1000 = round3(1.0 - Math.pow(THOUSAND, -1.0 / GAMMA));
        double times1000 = FocalCurves.ratioCeOverFl(pt1000, 1.0, GAMMA);
        double hardKeeps = FocalCurves.modulatingFactor(HARD_PT, GAMMA);
        return new LessonStep("lesson.numbers",
                List.of(num(GAMMA), num(EASY_TIMES_100_PT), num(factor), num(times), num(pt1000), num(times1000),
                        num(HARD_PT), num(100 * hardKeeps)),
                List.of(num(pt1000)), ParameterSetup.gammaOnly(GAMMA),
                curves(XAxis.PROBABILITY, YScale.LINEAR, false, false, true), Optional.of(EASY_TIMES_100_PT),
                Feature.CURVES, Optional.empty(), Highlight.PROBE);
    }

    private static LessonStep gradients() {
        double hardX = FocalCurves.logitOf(HARD_PT);
        double easyX = FocalCurves.logitOf(EASY_TIMES_100_PT);
        double ceHard = Math.abs(FocalCurves.ceGradient(hardX));
        double flHard = Math.abs(FocalCurves.flGradient(hardX, 1.0, GAMMA));
        double ceEasy = Math.abs(FocalCurves.ceGradient(easyX));
        double flEasy = Math.abs(FocalCurves.flGradient(easyX, 1.0, GAMMA));
        return new LessonStep("lesson.gradients",
                List.of(num(HARD_PT), num(ceHard), num(GAMMA), num(flHard), num(EASY_TIMES_100_PT), num(ceEasy),
                        num(flEasy), num(ceEasy / flEasy)),
                List.of(), ParameterSetup.gammaOnly(GAMMA), curves(XAxis.LOGIT, YScale.LINEAR, false, false, true),
                Optional.of(HARD_PT), Feature.CURVES, Optional.empty(), Highlight.GRADIENT_PLOT);
    }

    private static LessonStep alpha() {
        double paperAlpha = 0.25;
        double negative = FocalCurves.fl(EASY_TIMES_100_PT, 1.0 - paperAlpha, GAMMA);
        double positive = FocalCurves.fl(EASY_TIMES_100_PT, paperAlpha, GAMMA);
        return new LessonStep("lesson.alpha",
                List.of(num(paperAlpha), num(1.0 - paperAlpha), num(GAMMA), num(EASY_TIMES_100_PT), num(negative),
                        num(positive)),
                List.of(), ParameterSetup.withAlpha(paperAlpha, GAMMA),
                curves(XAxis.PROBABILITY, YScale.LINEAR, false, true, true), Optional.of(EASY_TIMES_100_PT),
                Feature.CURVES, Optional.empty(), Highlight.PARAMETERS);
    }

    private static LessonStep live() {
        return new LessonStep("lesson.live",
                List.of(num(LIVE.positiveFraction() * 100), num((1 - LIVE.positiveFraction()) / LIVE.positiveFraction())),
                List.of(), ParameterSetup.withAlpha(0.25, GAMMA), curves(XAxis.PROBABILITY, YScale.LINEAR, false, false, true),
                Optional.empty(), Feature.CLASSIFIER, Optional.of(LIVE), Highlight.MODELS);
    }

    private static LessonStep figure4() {
        return new LessonStep("lesson.figure4", List.of(num(GAMMA)), List.of(), ParameterSetup.withAlpha(0.25, GAMMA),
                curves(XAxis.PROBABILITY, YScale.LINEAR, false, false, true), Optional.empty(), Feature.CLASSIFIER,
                Optional.of(LIVE), Highlight.FIGURE4);
    }

    private static LessonStep priorInit() {
        ModelSpec paper = ModelSpec.defaults();
        return new LessonStep("lesson.prior",
                List.of(num((1 - PRIOR.positiveFraction()) * 100), num(PRIOR.learningRate()), num(paper.prior()),
                        num(paper.initialOutputBias())),
                List.of(), ParameterSetup.withAlpha(0.25, GAMMA), curves(XAxis.PROBABILITY, YScale.LINEAR, false, false, true),
                Optional.empty(), Feature.CLASSIFIER, Optional.of(PRIOR), Highlight.PRIOR_INIT);
    }

    private static CurveSelection curves(XAxis x, YScale y, boolean family, boolean alphaCe, boolean fl) {
        return new CurveSelection(alphaCe, fl, false, family, x, y);
    }

    /** A number as the texts show it: 3 significant digits. */
    static String num(double v) {
        return NumberText.format(v, 3);
    }

    private static double round3(double v) {
        return Math.round(v * 1000.0) / 1000.0;
    }
}
