package org.focalexplorer.view.lessons;

import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.focalexplorer.view.Controls;
import org.focalexplorer.view.guess.GuessView;
import org.focalexplorer.viewmodel.lessons.LessonsViewModel;
import org.focalexplorer.viewmodel.text.Messages;

/**
 * The lesson card at the bottom of the window: the step's title and counter ("3 / 8"), its text, the
 * "try this" line, and Leave, Back and Next (Finish on the last step). Shown only while a lesson is
 * active. Alt+← / Alt+→ and Page Up / Page Down go back and forth anywhere in the window.
 */
public final class LessonsView extends VBox {
    public static final String CARD_ID = "lessonCard";
    public static final String TITLE_ID = "lessonTitle";
    public static final String COUNTER_ID = "lessonCounter";
    public static final String TEXT_ID = "lessonText";
    public static final String TRY_ID = "lessonTry";
    public static final String NEXT_ID = "lessonNext";
    public static final String BACK_ID = "lessonBack";
    public static final String LEAVE_ID = "lessonLeave";
    public static final String START_ID = "lessonStart";
    private static final String STYLESHEET = "/org/focalexplorer/view/lessons.css";
    private static final double MAX_TEXT_SHARE = 0.16;
    private static final double MAX_QUESTION_SHARE = 0.32;

    private final LessonsViewModel vm;
    private final Messages messages;

    /**
     * @param window the window's content: the keys are heard there, the stylesheet (with the highlight)
     *               applies there, and the highlighted nodes are found there
     */
    public LessonsView(LessonsViewModel vm, Messages m, Node window) {
        this.vm = vm;
        this.messages = m;
        setId(CARD_ID);
        getStyleClass().add("lesson-card");
        setAccessibleText(m.get("lesson.card.label"));

        Label title = new Label();
        title.setId(TITLE_ID);
        title.getStyleClass().add("lesson-title");
        title.textProperty().bind(vm.titleProperty());
        title.setWrapText(true);
        Label counter = new Label();
        counter.setId(COUNTER_ID);
        counter.getStyleClass().add("lesson-counter");
        counter.textProperty().bind(vm.counterProperty());
        counter.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox head = new HBox(10, title, gap, counter);
        head.setAlignment(Pos.CENTER_LEFT);

        Label text = new Label();
        text.setId(TEXT_ID);
        text.setWrapText(true);
        text.textProperty().bind(vm.textProperty());
        text.setMinHeight(Region.USE_PREF_SIZE);
        // predict, then reveal: the text (which holds the answer) waits for the step's guesses
        text.visibleProperty().bind(vm.revealedProperty());
        text.managedProperty().bind(text.visibleProperty());
        Label tryThis = new Label();
        tryThis.setId(TRY_ID);
        tryThis.getStyleClass().add("lesson-try");
        tryThis.setWrapText(true);
        tryThis.textProperty().bind(vm.tryProperty());
        tryThis.setMinHeight(Region.USE_PREF_SIZE);
        // It waits for the guesses too: "let it run … their share stays far below the CE side's" answers the
        // question it follows. Its room goes to the question, so that the answer buttons stay in view.
        tryThis.visibleProperty().bind(vm.revealedProperty());
        tryThis.managedProperty().bind(tryThis.visibleProperty());

        Button leave = Controls.tip(new Button(m.get("lesson.leave")), m.get("lesson.leave.tooltip"));
        leave.setId(LEAVE_ID);
        leave.setOnAction(e -> vm.leave());
        Button back = Controls.tip(new Button(m.get("lesson.back")), m.get("lesson.back.tooltip"));
        back.setId(BACK_ID);
        back.setOnAction(e -> vm.back());
        back.disableProperty().bind(vm.firstProperty());
        Button next = Controls.tip(new Button(), m.get("lesson.next.tooltip"));
        next.setId(NEXT_ID);
        next.getStyleClass().add("lesson-next");
        next.textProperty().bind(vm.nextTextProperty());
        next.setOnAction(e -> vm.next());
        for (Button b : new Button[] {leave, back, next}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        // The buttons on the title's line: at a projector's text size a line of its own would take the
        // room of a line of the step's text.
        HBox buttons = new HBox(8, leave, back, next);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.setMinWidth(Region.USE_PREF_SIZE);
        head.getChildren().add(buttons);
        HBox.setMargin(buttons, new javafx.geometry.Insets(0, 0, 0, 16));

        setSpacing(6);
        GuessView guesses = new GuessView(vm.questions(), vm.revealedProperty(), vm::clearGuesses, m);
        // "Try this" under the scrolling text, never below its fold: it is what the step asks the user to do.
        getChildren().addAll(head, scrolling(new VBox(6, guesses, text), window, vm.revealedProperty()), tryThis);
        visibleProperty().bind(vm.activeProperty());
        managedProperty().bind(visibleProperty());

        if (window instanceof javafx.scene.Parent p) {
            p.getStylesheets().add(Objects.requireNonNull(getClass().getResource(STYLESHEET)).toExternalForm());
        }
        window.addEventFilter(KeyEvent.KEY_PRESSED, this::altArrows);
        window.addEventHandler(KeyEvent.KEY_PRESSED, this::pageKeys);
        new LessonHighlighter(window, vm.highlightProperty());
    }

    /**
     * The step's text at its natural height, but at most {@value #MAX_TEXT_SHARE} of the window's height
     * (large text on a small window): beyond that it scrolls, and the plots keep their room. While the step's
     * questions wait, the limit is {@value #MAX_QUESTION_SHARE}: the questions are all the card shows then, and
     * at 1280×720 with 150 % text a question and its answer buttons did not fit in 16 %.
     */
    private static ScrollPane scrolling(VBox body, Node window, javafx.beans.value.ObservableBooleanValue revealed) {
        ScrollPane scroll = new ScrollPane(body);
        scroll.getStyleClass().add("lesson-body");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setFocusTraversable(false);
        scroll.prefViewportHeightProperty().bind(Bindings.createDoubleBinding(() -> {
            double width = scroll.getViewportBounds().getWidth();
            double natural = body.prefHeight(width > 0 ? width : -1);
            double limit = window.getLayoutBounds().getHeight() * (revealed.get() ? MAX_TEXT_SHARE : MAX_QUESTION_SHARE);
            return limit > 0 ? Math.min(natural, limit) : natural;
        }, scroll.viewportBoundsProperty(), body.layoutBoundsProperty(), window.layoutBoundsProperty(), revealed));
        return scroll;
    }

    /** A "Lessons" button for a tool bar: starts the lesson, or resumes it where it was left. */
    public Button startButton() {
        Button b = Controls.tip(new Button(messages.get("lesson.button")), messages.get("lesson.button.tooltip"));
        b.setId(START_ID);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> {
            if (!vm.isActive()) {
                vm.resume();
            }
        });
        return b;
    }

    /** Alt+←/→ before any control: no control uses them. */
    private void altArrows(KeyEvent e) {
        if (!vm.isActive() || !e.isAltDown() || e.isControlDown() || e.isMetaDown() || e.isShiftDown()) {
            return;
        }
        if (e.getCode() == KeyCode.LEFT || e.getCode() == KeyCode.KP_LEFT) {
            vm.back();
            e.consume();
        } else if (e.getCode() == KeyCode.RIGHT || e.getCode() == KeyCode.KP_RIGHT) {
            vm.next();
            e.consume();
        }
    }

    /** Page Up/Down after the controls: a list or scroll pane that pages keeps them. */
    private void pageKeys(KeyEvent e) {
        if (!vm.isActive() || e.isAltDown() || e.isControlDown() || e.isMetaDown() || e.isShiftDown()) {
            return;
        }
        if (e.getCode() == KeyCode.PAGE_UP) {
            vm.back();
            e.consume();
        } else if (e.getCode() == KeyCode.PAGE_DOWN) {
            vm.next();
            e.consume();
        }
    }
}
