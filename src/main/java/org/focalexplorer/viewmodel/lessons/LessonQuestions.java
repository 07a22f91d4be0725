package org.focalexplorer.viewmodel.lessons;

import static org.focalexplorer.viewmodel.lessons.LessonCatalog.EASY_NEGATIVES;
import static org.focalexplorer.viewmodel.lessons.LessonCatalog.EASY_PT;
import static org.focalexplorer.viewmodel.lessons.LessonCatalog.EASY_TIMES_100_PT;
import static org.focalexplorer.viewmodel.lessons.LessonCatalog.GAMMA;
import static org.focalexplorer.viewmodel.lessons.LessonCatalog.HARD_POSITIVES;
import static org.focalexplorer.viewmodel.lessons.LessonCatalog.HARD_PT;
import static org.focalexplorer.viewmodel.lessons.LessonCatalog.PAPER_ALPHA;
import static org.focalexplorer.viewmodel.lessons.LessonCatalog.THOUSAND;
import static org.focalexplorer.viewmodel.lessons.LessonCatalog.exponent;
import static org.focalexplorer.viewmodel.lessons.LessonCatalog.setting;
import static org.focalexplorer.viewmodel.lessons.LessonCatalog.value;

import java.util.List;
import org.focalexplorer.loss.FocalCurves;
import org.focalexplorer.loss.LabelTensor;
import org.focalexplorer.loss.SoftmaxFocalLoss;
import org.focalexplorer.loss.Tensor;
import org.focalexplorer.toy.ModelSpec;
import org.focalexplorer.toy.MulticlassDataSpec;
import org.focalexplorer.text.NumberText;
import org.focalexplorer.viewmodel.lessons.Question.Choice;
import org.focalexplorer.viewmodel.lessons.Question.Distance;

/**
 * What each step of the paper lesson asks the learner to guess before it shows its answer (issue #12:
 * predict, then reveal), by step key. Every answer, and every number its explanation quotes, is computed
 * here from the loss core; a direction ("the loss falls") is the sign of a difference of core values.
 * Kept apart from {@link LessonCatalog} so that a step's settings and its questions change independently.
 *
 * <p>The live steps (6 and 7) ask about models that change at every training step, so they ask a bounded or a
 * direction question whose answer holds from the first step on ({@code LessonsViewModelTest.lessons_6_and_7_hold_from_the_first_step_on} checks it from
 * step 1 to 3,000); their explanations quote only numbers that do not depend on the step count: a bound, or a
 * fixed worked example computed here. The predictions step asks for a band that the bundled example's rows
 * decide ({@code PredictionsLessonClaimsTest}).
 */
final class LessonQuestions {
    /** The same three directions for every "what happens to …" question. */
    static final List<String> DIRECTIONS = List.of("guess.dir.rises", "guess.dir.stays", "guess.dir.falls");
    static final List<String> PULLS = List.of("guess.pull.muchMore", "guess.pull.littleMore", "guess.pull.less");
    static final double FAMILY_TOP = 5.0;
    /** Step 6: how FL's easy-negative share of the loss compares with CE's. */
    static final List<String> SHARES = List.of("guess.share.above", "guess.share.between", "guess.share.belowHalf");
    /** Step 6: the easy negatives, as the lab counts them (pₜ above 0.9). */
    static final double EASY_NEGATIVE_PT = 0.9;
    /** Step 7: where the γ = 2 curve of Figure 4 runs against the γ = 0 (CE) curve. */
    static final List<String> CURVES = List.of("guess.curve.above", "guess.curve.on", "guess.curve.below");
    /** Step 7's worked example: four negatives, easiest first. */
    static final double[] FIGURE4_PTS = {0.99, 0.9, 0.6, 0.2};
    /** Step 9: a batch of nine background rows and one foreground row, the lab's "Background 0.25" weights. */
    static final int BACKGROUND_ROWS = 9;
    static final int FOREGROUND_ROWS = 1;
    static final double BACKGROUND_ALPHA = 0.25;
    static final double FOREGROUND_ALPHA = 1.0;
    static final double SCALE = 10.0;
    /** Step 10: how many of the example's 20,000 rows still count at γ = 2 (the effective number). */
    static final List<String> COUNTS = List.of("guess.count.nearlyAll", "guess.count.thousands", "guess.count.hundreds",
            "guess.count.few");
    /** Step 10: the band the example's effective number at the paper's γ falls in ({@code PredictionsLessonClaimsTest}). */
    static final int EXAMPLE_COUNT_BAND = 3;

    private LessonQuestions() {}

    /** Whether the step's questions ask about the lab's own readouts (the easy negatives' share, Figure 4). */
    static boolean asksAboutTheLab(String stepKey) {
        return stepKey.equals("lesson.live") || stepKey.equals("lesson.figure4");
    }

    static List<Question> of(String stepKey) {
        return switch (stepKey) {
            case "lesson.ce" -> ce();
            case "lesson.focal" -> focal();
            case "lesson.numbers" -> numbers();
            case "lesson.gradients" -> gradients();
            case "lesson.alpha" -> alpha();
            case "lesson.live" -> live();
            case "lesson.figure4" -> figure4();
            case "lesson.prior" -> prior();
            case "lesson.multiclass" -> multiclass();
            case "lesson.predictions" -> predictions();
            default -> List.of();
        };
    }

    private static List<Question> ce() {
        double easy = EASY_NEGATIVES * FocalCurves.ce(EASY_PT);
        double hard = HARD_POSITIVES * FocalCurves.ce(HARD_PT);
        return List.of(new Question("ce.ratio", "lesson.ce.q1",
                List.of(EASY_NEGATIVES, setting(EASY_PT), HARD_POSITIVES, setting(HARD_PT)),
                List.of(value(easy), value(hard)), new Question.Number(easy / hard, Distance.FACTOR)));
    }

    private static List<Question> focal() {
        double easyCe = FocalCurves.fl(EASY_TIMES_100_PT, 1.0, 0.0);
        double easyFl = FocalCurves.fl(EASY_TIMES_100_PT, 1.0, FAMILY_TOP);
        double hardCe = FocalCurves.fl(HARD_PT, 1.0, 0.0);
        double hardFl = FocalCurves.fl(HARD_PT, 1.0, FAMILY_TOP);
        return List.of(
                new Question("focal.easy", "lesson.focal.q1", List.of(setting(EASY_TIMES_100_PT), setting(FAMILY_TOP)),
                        List.of(value(easyCe), value(easyFl), value(easyCe / easyFl), setting(FAMILY_TOP)),
                        new Choice(DIRECTIONS, direction(easyFl - easyCe))),
                new Question("focal.hard", "lesson.focal.q2", List.of(setting(HARD_PT)),
                        List.of(value(hardCe), value(hardFl), setting(FAMILY_TOP), value(100 * hardFl / hardCe),
                                NumberText.significant(100 * easyFl / easyCe, 3)),
                        new Choice(DIRECTIONS, direction(hardFl - hardCe))));
    }

    private static List<Question> numbers() {
        double factor = FocalCurves.modulatingFactor(EASY_TIMES_100_PT, GAMMA);
        double times = FocalCurves.ratioCeOverFl(EASY_TIMES_100_PT, 1.0, GAMMA);
        // The worked exercise: (1 − p_t)^γ = 1/1000, so γ = log 1000 / −log(1 − p_t), with 1 − p_t from the core.
        double gamma1000 = Math.log(THOUSAND) / -Math.log(FocalCurves.modulatingFactor(EASY_TIMES_100_PT, 1.0));
        return List.of(
                new Question("numbers.ratio", "lesson.numbers.q1", List.of(setting(GAMMA), setting(EASY_TIMES_100_PT)),
                        List.of(exponent(GAMMA), setting(EASY_TIMES_100_PT), value(factor), value(times)),
                        new Question.Number(times, Distance.FACTOR)),
                new Question("numbers.gamma", "lesson.numbers.q2", List.of(setting(EASY_TIMES_100_PT), setting(THOUSAND)),
                        List.of(setting(EASY_TIMES_100_PT), setting(THOUSAND), NumberText.format(gamma1000, 3),
                                value(FocalCurves.ratioCeOverFl(EASY_TIMES_100_PT, 1.0, gamma1000))),
                        new Question.Number(gamma1000, Distance.DIFFERENCE)));
    }

    private static List<Question> gradients() {
        GradientFocus.Pulls g = GradientFocus.Pulls.at(HARD_PT, EASY_TIMES_100_PT, GAMMA, PAPER_ALPHA);
        double ceHard = g.ceHard();
        double flHard = g.flHard();
        double flEasy = g.flEasy();
        double pull = flHard / ceHard;
        int pullChoice = pull > 2 ? 0 : pull > 1 ? 1 : 2;
        return List.of(
                new Question("gradients.pull", "lesson.gradients.q1", List.of(setting(HARD_PT), setting(GAMMA)),
                        List.of(value(flHard), value(ceHard), value(pull),
                                NumberText.significant(GradientFocus.crossover(GAMMA), 1)),
                        new Choice(PULLS, pullChoice)),
                new Question("gradients.focus", "lesson.gradients.q2",
                        List.of(setting(HARD_PT), value(ceHard / g.ceEasy()), setting(EASY_TIMES_100_PT), setting(GAMMA)),
                        List.of(value(flHard), value(flEasy), value(flHard / flEasy)),
                        new Question.Number(flHard / flEasy, Distance.FACTOR)));
    }

    private static List<Question> alpha() {
        double off = FocalCurves.fl(EASY_TIMES_100_PT, 1.0, GAMMA);
        double on = FocalCurves.fl(EASY_TIMES_100_PT, PAPER_ALPHA, GAMMA);
        double negativeOverPositive = (1 - PAPER_ALPHA) / PAPER_ALPHA;
        return List.of(
                new Question("alpha.direction", "lesson.alpha.q1", List.of(setting(PAPER_ALPHA)),
                        List.of(setting(PAPER_ALPHA), setting(EASY_TIMES_100_PT), value(off), value(on), value(on / off)),
                        new Choice(DIRECTIONS, direction(on - off))),
                new Question("alpha.ratio", "lesson.alpha.q2", List.of(setting(PAPER_ALPHA)),
                        List.of(setting(PAPER_ALPHA), setting(1 - PAPER_ALPHA), setting(negativeOverPositive)),
                        new Question.Number(negativeOverPositive, Distance.FACTOR)));
    }

    /**
     * Step 6: the easy negatives' share of the loss under FL against CE, on the live models. The models change
     * at every step, so the answer is the band that holds from the first step on (below half); the explanation
     * quotes the bound every easy negative obeys: its focal loss is at most (1 − α)(1 − 0.9)^γ of its CE.
     */
    private static List<Question> live() {
        double bound = (1 - PAPER_ALPHA) * FocalCurves.modulatingFactor(EASY_NEGATIVE_PT, GAMMA);
        return List.of(new Question("live.share", "lesson.live.q1", List.of(setting(PAPER_ALPHA), setting(GAMMA)),
                List.of(setting(EASY_NEGATIVE_PT), setting(PAPER_ALPHA), exponent(GAMMA), value(100 * bound)),
                new Choice(SHARES, SHARES.size() - 1)));
    }

    /**
     * Step 7: Figure 4's γ = 2 curve against CE's on the negatives. The weight (1 − pₜ)^γ grows with the loss,
     * so the sorted cumulative share at γ &gt; 0 never runs above CE's; the answer is the direction the core's
     * values give on a worked example of four negatives (the easier half's share under FL minus under CE).
     */
    private static List<Question> figure4() {
        double ceEasy = easierHalfShare(0.0);
        double flEasy = easierHalfShare(GAMMA);
        int below = CURVES.size() - 1;
        int pick = flEasy < ceEasy ? below : flEasy == ceEasy ? 1 : 0;
        return List.of(new Question("figure4.curve", "lesson.figure4.q1", List.of(setting(GAMMA)),
                List.of(setting(GAMMA), setting(FIGURE4_PTS[0]), setting(FIGURE4_PTS[1]), setting(FIGURE4_PTS[2]),
                        setting(FIGURE4_PTS[3]), value(100 * ceEasy), value(100 * flEasy)),
                new Choice(CURVES, pick)));
    }

    /** The share of the four negatives' total loss at γ that the easier two carry (α cancels within a class). */
    static double easierHalfShare(double gamma) {
        double easier = 0;
        double all = 0;
        for (int i = 0; i < FIGURE4_PTS.length; i++) {
            double l = FocalCurves.fl(FIGURE4_PTS[i], 1.0, gamma);
            all += l;
            if (i < FIGURE4_PTS.length / 2) {
                easier += l;
            }
        }
        return easier / all;
    }

    /** Step 8: the paper's output bias b = −log((1 − π)/π), from the model's own initialisation. */
    private static List<Question> prior() {
        ModelSpec paper = ModelSpec.defaults();
        double b = paper.initialOutputBias();
        double pi = paper.prior();
        return List.of(new Question("prior.bias", "lesson.prior.q1", List.of(setting(pi)),
                List.of(setting(pi), value(b), setting(1 - pi), value(FocalCurves.ce(1 - pi)), value(FocalCurves.ce(0.5))),
                new Question.Number(b, Distance.DIFFERENCE)));
    }

    /**
     * Step 9: the seed's mean divides by Σ α_y. The first answer is the direction the core's softmax focal loss
     * moves when every α is multiplied by 10 (a batch of one row per class, the step's α); the second is Σ α_y
     * of a small batch, which {@code PredictThenRevealTest} checks the core divides by.
     */
    private static List<Question> multiclass() {
        int classes = LessonCatalog.MULTICLASS.classes();
        double[] alpha = LessonCatalog.MULTICLASS.alpha()
                .vector(MulticlassDataSpec.defaults(classes).frequencyArray()).values();
        double[] scaled = new double[alpha.length];
        for (int k = 0; k < alpha.length; k++) {
            scaled[k] = SCALE * alpha[k];
        }
        double before = oneRowPerClass(classes, alpha);
        double after = oneRowPerClass(classes, scaled);
        // the two means agree to rounding: a common factor of the α's cancels in Σ α_y L / Σ α_y
        double change = Math.abs(after - before) <= 1e-12 * before ? 0.0 : after - before;
        double rows = BACKGROUND_ROWS + FOREGROUND_ROWS;
        double sumAlpha = BACKGROUND_ROWS * BACKGROUND_ALPHA + FOREGROUND_ROWS * FOREGROUND_ALPHA;
        return List.of(
                new Question("multiclass.scale", "lesson.multiclass.q1", List.of(setting(SCALE)),
                        List.of(setting(SCALE), classes, setting(GAMMA), value(before), value(after)),
                        new Choice(DIRECTIONS, direction(change))),
                new Question("multiclass.sum", "lesson.multiclass.q2",
                        List.of(BACKGROUND_ROWS, setting(BACKGROUND_ALPHA), FOREGROUND_ROWS, setting(FOREGROUND_ALPHA)),
                        List.of(BACKGROUND_ROWS, setting(BACKGROUND_ALPHA), FOREGROUND_ROWS, setting(FOREGROUND_ALPHA),
                                setting(sumAlpha), setting(rows)),
                        new Question.Number(sumAlpha, Distance.FACTOR)));
    }

    /** The core's softmax focal loss at γ = 2 of a fixed batch of one row per class, with weights α. */
    static double oneRowPerClass(int classes, double[] alpha) {
        double[] logits = new double[classes * classes];
        int[] labels = new int[classes];
        for (int r = 0; r < classes; r++) {
            labels[r] = r;
            for (int c = 0; c < classes; c++) {
                // each row leans towards its own class by a different margin, so the rows' losses differ
                logits[r * classes + c] = c == r ? 0.5 * r : 0.0;
            }
        }
        return SoftmaxFocalLoss.compute(new Tensor(new int[] {classes, classes}, logits), LabelTensor.vector(labels),
                GAMMA, alpha).loss().item();
    }

    /**
     * Step 10: how many of the example's examples still count at the paper's γ. The example is a file read off
     * the FX thread by the predictions tab, so the band is fixed here and {@code PredictionsLessonClaimsTest}
     * checks it against the file's rows; the explanation points at the tab's readout for the exact number.
     */
    private static List<Question> predictions() {
        return List.of(new Question("predictions.effective", "lesson.predictions.q1", List.of(setting(GAMMA)),
                List.of(setting(GAMMA)), new Choice(COUNTS, EXAMPLE_COUNT_BAND)));
    }

    /** rises (0), stays (1) or falls (2), by the sign of a change. */
    private static int direction(double change) {
        return change > 0 ? 0 : change == 0 ? 1 : 2;
    }
}
