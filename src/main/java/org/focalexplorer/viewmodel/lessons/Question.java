package org.focalexplorer.viewmodel.lessons;

import java.util.List;
import java.util.Objects;

/**
 * A guess a lesson step asks for before it shows its answer (issue #12: predict, then reveal). The answer
 * is computed from the loss core when the catalogue is built, never typed into a text.
 *
 * @param id         stable name, the key of the remembered guess ({@code lessons.paper.guess.<id>})
 * @param key        bundle key stem: {@code key + ".prompt"} and {@code key + ".why"}
 * @param promptArgs the prompt's {0}, {1}…
 * @param whyArgs    the explanation's arguments, shown with the answer
 * @param answer     what the loss core says
 */
public record Question(String id, String key, List<Object> promptArgs, List<Object> whyArgs, Answer answer) {

    public Question {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(answer, "answer");
        promptArgs = List.copyOf(promptArgs);
        whyArgs = List.copyOf(whyArgs);
    }

    public String promptKey() {
        return key + ".prompt";
    }

    public String whyKey() {
        return key + ".why";
    }

    /** What the learner gives: a number, or one of a few choices. */
    public sealed interface Answer permits Number, Choice {}

    /**
     * A number to type.
     *
     * @param value    the core's value
     * @param distance how a guess's distance is told: as a factor (a ratio such as 100×) or as a difference
     *                 (a setting such as γ = 3)
     */
    public record Number(double value, Distance distance) implements Answer {}

    /** One of {@code choiceKeys}; {@code correct} is the index the core's values pick. */
    public record Choice(List<String> choiceKeys, int correct) implements Answer {
        public Choice {
            choiceKeys = List.copyOf(choiceKeys);
            if (correct < 0 || correct >= choiceKeys.size()) {
                throw new IllegalArgumentException("correct = " + correct + ": must be in [0, " + choiceKeys.size() + ")");
            }
        }
    }

    public enum Distance { FACTOR, DIFFERENCE }
}
