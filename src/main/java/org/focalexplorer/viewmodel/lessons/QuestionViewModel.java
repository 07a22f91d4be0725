package org.focalexplorer.viewmodel.lessons;

import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.focalexplorer.text.NumberParser;
import org.focalexplorer.text.NumberText;
import org.focalexplorer.viewmodel.text.Messages;

/**
 * One question of a lesson step: its prompt, the choices, and — once the learner has guessed — the
 * core's answer and how far the guess was. A guess is kept (by the lessons view model, like the step), so
 * a step shown again, in another language or after a restart, shows the same verdict.
 */
public final class QuestionViewModel {
    /** Within this factor (or, for a difference, this share of the answer) a guess counts as right. */
    static final double CLOSE = 1.1;
    static final String CHOICE_PREFIX = "choice:";

    private final Question question;
    private final Messages messages;
    private final Consumer<String> keep;
    private final ReadOnlyBooleanWrapper answered = new ReadOnlyBooleanWrapper(this, "answered", false);
    private final ReadOnlyStringWrapper feedback = new ReadOnlyStringWrapper(this, "feedback", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper guess = new ReadOnlyStringWrapper(this, "guess", "");

    /**
     * @param kept the guess remembered earlier ("" for none): "100", or "choice:2"
     * @param keep remembers a new guess
     */
    QuestionViewModel(Question question, Messages messages, String kept, Consumer<String> keep) {
        this.question = question;
        this.messages = messages;
        this.keep = keep;
        if (!kept.isEmpty() && !accept(kept)) {
            error.set(""); // a remembered guess that no longer parses is simply not shown
        }
    }

    public Question question() {
        return question;
    }

    public String id() {
        return question.id();
    }

    public String prompt() {
        return messages.format(question.promptKey(), question.promptArgs().toArray());
    }

    /** Whether the answer is typed (a number) rather than chosen. */
    public boolean asksForNumber() {
        return question.answer() instanceof Question.Number;
    }

    /** The choices' texts, in order (empty for a number). */
    public List<String> choices() {
        if (question.answer() instanceof Question.Choice c) {
            return c.choiceKeys().stream().map(messages::get).toList();
        }
        return List.of();
    }

    public ReadOnlyBooleanProperty answeredProperty() {
        return answered.getReadOnlyProperty();
    }

    public boolean isAnswered() {
        return answered.get();
    }

    /** The verdict with the core's answer and its explanation; "" until a guess. */
    public ReadOnlyStringProperty feedbackProperty() {
        return feedback.getReadOnlyProperty();
    }

    /** A typed guess that is not a number; "" otherwise. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The accepted guess as typed ("" before one). */
    public ReadOnlyStringProperty guessProperty() {
        return guess.getReadOnlyProperty();
    }

    /** A typed guess: refused with a message (and nothing revealed) unless it is a number. */
    public boolean submit(String typed) {
        if (!asksForNumber()) {
            throw new IllegalStateException(question.id() + " asks for a choice, not a number");
        }
        String t = typed == null ? "" : typed.trim();
        return accept(t) && remember(t);
    }

    /** A chosen answer, by index. */
    public void choose(int index) {
        if (!(question.answer() instanceof Question.Choice c)) {
            throw new IllegalStateException(question.id() + " asks for a number, not a choice");
        }
        if (index < 0 || index >= c.choiceKeys().size()) {
            throw new IllegalArgumentException("choice = " + index + ": must be in [0, " + c.choiceKeys().size() + ")");
        }
        accept(CHOICE_PREFIX + index);
        remember(CHOICE_PREFIX + index);
    }

    private boolean remember(String kept) {
        keep.accept(kept);
        return true;
    }

    private boolean accept(String kept) {
        String why = messages.format(question.whyKey(), question.whyArgs().toArray());
        if (question.answer() instanceof Question.Choice c) {
            if (!kept.startsWith(CHOICE_PREFIX)) {
                return false;
            }
            int chosen;
            try {
                chosen = Integer.parseInt(kept.substring(CHOICE_PREFIX.length()));
            } catch (NumberFormatException e) {
                return false;
            }
            if (chosen < 0 || chosen >= c.choiceKeys().size()) {
                return false;
            }
            guess.set(messages.get(c.choiceKeys().get(chosen)));
            String verdict = chosen == c.correct() ? "guess.choice.right" : "guess.choice.wrong";
            reveal(messages.format(verdict, messages.get(c.choiceKeys().get(c.correct())), why));
            return true;
        }
        Question.Number n = (Question.Number) question.answer();
        OptionalDouble parsed = NumberParser.parse(kept);
        if (parsed.isEmpty()) {
            error.set(messages.format("guess.error", kept));
            return false;
        }
        double g = parsed.getAsDouble();
        guess.set(kept);
        reveal(messages.format(verdictKey(g, n), kept, NumberText.format(n.value(), 3), distance(g, n), why));
        return true;
    }

    private void reveal(String text) {
        error.set("");
        feedback.set(text);
        answered.set(true);
    }

    /** "spot on", "too low/high by a factor", "off by a difference". */
    static String verdictKey(double g, Question.Number n) {
        double a = n.value();
        if (n.distance() == Question.Distance.DIFFERENCE) {
            return Math.abs(g - a) <= Math.abs(a) * (CLOSE - 1) ? "guess.number.close" : "guess.number.off";
        }
        if (!(g > 0)) {
            return "guess.number.notPositive";
        }
        double factor = g > a ? g / a : a / g;
        if (factor <= CLOSE) {
            return "guess.number.close";
        }
        return g < a ? "guess.number.low" : "guess.number.high";
    }

    static String distance(double g, Question.Number n) {
        double a = n.value();
        if (n.distance() == Question.Distance.DIFFERENCE) {
            return NumberText.format(Math.abs(g - a), 3);
        }
        return g > 0 ? NumberText.format(g > a ? g / a : a / g, 2) : "";
    }
}
