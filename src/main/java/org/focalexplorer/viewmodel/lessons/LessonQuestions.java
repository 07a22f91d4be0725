package org.focalexplorer.viewmodel.lessons;

import static org.focalexplorer.viewmodel.lessons.LessonCatalog.EASY_NEGATIVES;
import static org.focalexplorer.viewmodel.lessons.LessonCatalog.EASY_PT;
import static org.focalexplorer.viewmodel.lessons.LessonCatalog.EASY_TIMES_100_PT;
import static org.focalexplorer.viewmodel.lessons.LessonCatalog.GAMMA;
import static org.focalexplorer.viewmodel.lessons.LessonCatalog.HARD_POSITIVES;
import static org.focalexplorer.viewmodel.lessons.LessonCatalog.HARD_PT;
import static org.focalexplorer.viewmodel.lessons.LessonCatalog.PAPER_ALPHA;
import static org.focalexplorer.viewmodel.lessons.LessonCatalog.THOUSAND;
import static org.focalexplorer.viewmodel.lessons.LessonCatalog.setting;
import static org.focalexplorer.viewmodel.lessons.LessonCatalog.value;

import java.util.List;
import org.focalexplorer.loss.FocalCurves;
import org.focalexplorer.text.NumberText;
import org.focalexplorer.viewmodel.lessons.Question.Choice;
import org.focalexplorer.viewmodel.lessons.Question.Distance;

/**
 * What each step of the paper lesson asks the learner to guess before it shows its answer (issue #12:
 * predict, then reveal), by step key. Every answer, and every number its explanation quotes, is computed
 * here from the loss core; a direction ("the loss falls") is the sign of a difference of core values.
 * Kept apart from {@link LessonCatalog} so that a step's settings and its questions change independently.
 * The live-classifier steps ask nothing yet.
 */
final class LessonQuestions {
    /** The same three directions for every "what happens to …" question. */
    static final List<String> DIRECTIONS = List.of("guess.dir.rises", "guess.dir.stays", "guess.dir.falls");
    static final List<String> PULLS = List.of("guess.pull.muchMore", "guess.pull.littleMore", "guess.pull.less");
    static final double FAMILY_TOP = 5.0;

    private LessonQuestions() {}

    static List<Question> of(String stepKey) {
        return switch (stepKey) {
            case "lesson.ce" -> ce();
            case "lesson.focal" -> focal();
            case "lesson.numbers" -> numbers();
            case "lesson.gradients" -> gradients();
            case "lesson.alpha" -> alpha();
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
                        List.of(setting(GAMMA), setting(EASY_TIMES_100_PT), value(factor), value(times)),
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

    /** rises (0), stays (1) or falls (2), by the sign of a change. */
    private static int direction(double change) {
        return change > 0 ? 0 : change == 0 ? 1 : 2;
    }
}
