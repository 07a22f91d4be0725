package org.focalexplorer.view.guess;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.focalexplorer.view.Controls;
import org.focalexplorer.view.Listen;
import org.focalexplorer.viewmodel.lessons.QuestionViewModel;
import org.focalexplorer.viewmodel.text.Messages;

/**
 * The questions of a lesson step (issue #12: predict, then reveal): each asks for a number or a choice,
 * and once answered shows the core's value and how far the guess was. Rebuilt when the step changes; the
 * view holds no answer and does no arithmetic.
 */
public final class GuessView extends VBox {
    public static final String ID = "lessonGuesses";
    public static final String HINT_ID = "lessonGuessHint";
    public static final String CLEAR_ID = "lessonGuessClear";

    private final Messages messages;

    /** @param clear forgets every guess of the lesson (for the next learner at the same computer) */
    public GuessView(ObservableList<QuestionViewModel> questions, javafx.beans.value.ObservableBooleanValue revealed,
            Runnable clear, Messages m) {
        this.messages = m;
        setId(ID);
        setSpacing(6);
        getStyleClass().add("lesson-guesses");
        Label hint = new Label(m.get("guess.hint"));
        hint.setId(HINT_ID);
        hint.setWrapText(true);
        hint.getStyleClass().add("lesson-guess-hint");
        hint.setMinHeight(Region.USE_PREF_SIZE);
        hint.visibleProperty().bind(javafx.beans.binding.Bindings.not(revealed));
        hint.managedProperty().bind(hint.visibleProperty());
        Button forget = Controls.tip(new Button(m.get("guess.clear")), m.get("guess.clear.tooltip"));
        forget.setId(CLEAR_ID);
        forget.getStyleClass().add("lesson-guess-clear");
        forget.setMinWidth(Region.USE_PREF_SIZE);
        forget.setOnAction(e -> clear.run());
        Runnable rebuild = () -> {
            getChildren().setAll(hint);
            for (QuestionViewModel q : questions) {
                getChildren().add(row(q));
            }
            getChildren().add(forget);
        };
        // the view model outlives a language switch, this view does not: listen only while the view lives
        Listen.whileAlive(this, questions, (ListChangeListener<QuestionViewModel>) c -> rebuild.run());
        rebuild.run();
        visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(questions));
        managedProperty().bind(visibleProperty());
    }

    /** The node ids of one question's parts, for tests and the keyboard. */
    public static String fieldId(String question) {
        return "guess-" + question.replace('.', '-') + "-field";
    }

    public static String checkId(String question) {
        return "guess-" + question.replace('.', '-') + "-check";
    }

    public static String choiceId(String question, int index) {
        return "guess-" + question.replace('.', '-') + "-choice-" + index;
    }

    public static String feedbackId(String question) {
        return "guess-" + question.replace('.', '-') + "-feedback";
    }

    private VBox row(QuestionViewModel q) {
        Label prompt = new Label(q.prompt());
        prompt.setWrapText(true);
        prompt.setMinHeight(Region.USE_PREF_SIZE);
        prompt.getStyleClass().add("lesson-guess-prompt");
        Region answer = q.asksForNumber() ? numberEntry(q) : choices(q);
        Label feedback = new Label();
        feedback.setId(feedbackId(q.id()));
        feedback.setWrapText(true);
        feedback.setMinHeight(Region.USE_PREF_SIZE);
        feedback.getStyleClass().add("lesson-guess-feedback");
        feedback.textProperty().bind(q.feedbackProperty());
        feedback.visibleProperty().bind(q.answeredProperty());
        feedback.managedProperty().bind(feedback.visibleProperty());
        Label error = Controls.errorLabel(fieldId(q.id()) + "-error");
        error.textProperty().bind(q.errorProperty());
        return new VBox(3, prompt, answer, error, feedback);
    }

    private HBox numberEntry(QuestionViewModel q) {
        TextField field = new TextField(q.guessProperty().get());
        field.setId(fieldId(q.id()));
        field.setPrefColumnCount(8);
        // a guess kept or made elsewhere; weakly: the question outlives this view (a language switch rebuilds
        // the views), and a strong listener kept every replaced window's views alive (the soak's climbing live set)
        Listen.whileAlive(field, q.guessProperty(), (o, was, now) -> field.setText(now));
        field.setAccessibleText(q.prompt());
        Controls.tip(field, messages.get("guess.field.tooltip"));
        Button check = Controls.tip(new Button(messages.get("guess.check")), messages.get("guess.check.tooltip"));
        check.setId(checkId(q.id()));
        check.setMinWidth(Region.USE_PREF_SIZE);
        Runnable submit = () -> q.submit(field.getText());
        field.setOnAction(e -> submit.run());
        check.setOnAction(e -> submit.run());
        HBox box = new HBox(6, field, check);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private FlowPane choices(QuestionViewModel q) {
        FlowPane pane = new FlowPane(6, 4);
        List<String> texts = q.choices();
        for (int i = 0; i < texts.size(); i++) {
            int index = i;
            Button b = new Button(texts.get(i));
            b.setId(choiceId(q.id(), i));
            b.setAccessibleText(q.prompt() + " " + texts.get(i));
            b.setOnAction(e -> q.choose(index));
            pane.getChildren().add(b);
        }
        return pane;
    }
}
