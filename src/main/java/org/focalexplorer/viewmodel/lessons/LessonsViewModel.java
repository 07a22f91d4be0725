package org.focalexplorer.viewmodel.lessons;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.focalexplorer.viewmodel.classifier.ClassifierViewModel;
import org.focalexplorer.viewmodel.curves.CurvesViewModel;
import org.focalexplorer.viewmodel.explain.ExplainViewModel;
import org.focalexplorer.viewmodel.parameters.ParameterViewModel;
import org.focalexplorer.viewmodel.prefs.PreferenceStore;
import org.focalexplorer.viewmodel.probe.ProbeViewModel;
import org.focalexplorer.viewmodel.text.Messages;
import org.focalexplorer.settings.LessonPlace;
import org.focalexplorer.settings.Settings;
import org.focalexplorer.viewmodel.state.LiveState;

/**
 * The guided lesson: which step is shown, Next/Back/Leave/Resume, and the step's texts. Showing a step
 * sets its parameters, curve options, probe, tab and classifier settings, names the part of the
 * window to outline, and asks the explanations to open the section that goes with it. The last step shown is remembered in the {@link PreferenceStore}, so that a lesson
 * left (or a window closed) can be resumed there.
 *
 * <h2>States</h2>
 * inactive —start(n)/resume()→ active at a step; next/back move between steps; next on the last step
 * finishes (inactive, remembered as finished: resume then starts from the beginning); leave → inactive,
 * the step stays remembered.
 */
public final class LessonsViewModel {
    static final String PREF_STEP = "lessons.%s.step";
    static final String PREF_FINISHED = "lessons.%s.finished";

    private final Messages messages;
    private final PreferenceStore prefs;
    private final Lesson lesson;
    private final StepApplier applier;
    private final ExplainViewModel explain;
    private final LiveState state;
    private final ObjectProperty<LessonPlace> place;

    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(this, "active", false);
    private final ReadOnlyIntegerWrapper stepIndex = new ReadOnlyIntegerWrapper(this, "stepIndex", 0);
    private final ReadOnlyObjectWrapper<LessonStep> step = new ReadOnlyObjectWrapper<>(this, "step");
    private final ReadOnlyObjectWrapper<Highlight> highlight = new ReadOnlyObjectWrapper<>(this, "highlight",
            Highlight.NONE);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private final ReadOnlyStringWrapper tryThis = new ReadOnlyStringWrapper(this, "tryThis", "");
    private final ReadOnlyStringWrapper counter = new ReadOnlyStringWrapper(this, "counter", "");
    private final ReadOnlyStringWrapper nextText = new ReadOnlyStringWrapper(this, "nextText", "");
    private final ReadOnlyBooleanWrapper first = new ReadOnlyBooleanWrapper(this, "first", true);
    static final String PREF_GUESS = "lessons.%s.guess.";
    private final ProbeViewModel probe;
    private final ClassifierViewModel classifier;
    private final javafx.collections.ObservableList<QuestionViewModel> questions =
            javafx.collections.FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper revealed = new ReadOnlyBooleanWrapper(this, "revealed", true);

    public LessonsViewModel(Messages messages, PreferenceStore prefs, LiveState state, ParameterViewModel parameters,
            CurvesViewModel curves, ProbeViewModel probe, ClassifierViewModel classifier, ExplainViewModel explain,
            org.focalexplorer.viewmodel.multiclass.MulticlassViewModel multiclass,
            org.focalexplorer.viewmodel.predictions.PredictionsViewModel predictions) {
        this.messages = messages;
        this.explain = explain;
        this.prefs = prefs;
        this.state = state;
        this.place = state.object(Settings.LESSON);
        this.probe = probe;
        this.classifier = classifier;
        this.lesson = LessonCatalog.paper();
        this.applier = new StepApplier(parameters, curves, probe, state.object(Settings.FEATURE), classifier, multiclass,
                predictions);
        show(rememberedStep(), false); // reading the progress writes nothing
        // The lesson's place is a setting: a session, a pasted state string or this view model moves it.
        place.addListener((o, was, now) -> follow(now));
        follow(place.get());
        messages.bundleProperty().addListener(o -> show(stepIndex.get(), false));
    }

    /** Shows the card at the place's step (without applying the step's settings), or hides it. */
    private void follow(LessonPlace p) {
        if (p.isActive() && p.step() < lesson.size()) {
            show(p.step(), true);
            active.set(true);
            concealProbe();
            highlight.set(step.get().highlight());
            explain.open(step.get().explain());
        } else {
            active.set(false);
            concealProbe();
            highlight.set(Highlight.NONE);
        }
    }

    // ---- properties ----

    public Lesson lesson() {
        return lesson;
    }

    /** Whether the lesson card is shown. */
    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    public boolean isActive() {
        return active.get();
    }

    /** The 0-based index of the step shown (or last shown). */
    public ReadOnlyIntegerProperty stepIndexProperty() {
        return stepIndex.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LessonStep> stepProperty() {
        return step.getReadOnlyProperty();
    }

    /** The part of the window to outline; {@link Highlight#NONE} while no lesson is shown. */
    public ReadOnlyObjectProperty<Highlight> highlightProperty() {
        return highlight.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /** "Try this: …" */
    public ReadOnlyStringProperty tryProperty() {
        return tryThis.getReadOnlyProperty();
    }

    /** "3 / 8" */
    public ReadOnlyStringProperty counterProperty() {
        return counter.getReadOnlyProperty();
    }

    /** "Next", or "Finish" on the last step. */
    public ReadOnlyStringProperty nextTextProperty() {
        return nextText.getReadOnlyProperty();
    }

    /**
     * The step's questions (issue #12: predict, then reveal): the learner guesses, then sees the core's
     * answer and how far the guess was. Rebuilt for every step shown; guesses are kept in the preferences,
     * like the step.
     */
    public javafx.collections.ObservableList<QuestionViewModel> questions() {
        return javafx.collections.FXCollections.unmodifiableObservableList(questions);
    }

    /** Every question of the step answered (true for a step without questions): its text may be shown. */
    public ReadOnlyBooleanProperty revealedProperty() {
        return revealed.getReadOnlyProperty();
    }

    /** Forgets every guess of the lesson, so that a class can start afresh. */
    public void clearGuesses() {
        for (LessonStep ref : lesson.steps()) {
            for (Question q : LessonQuestions.of(ref.key())) {
                prefs.put(key(PREF_GUESS) + q.id(), "");
            }
        }
        show(stepIndex.get(), false);
        concealProbe();
    }

    /** On the first step (Back does nothing). */
    public ReadOnlyBooleanProperty firstProperty() {
        return first.getReadOnlyProperty();
    }

    /** The remembered step (0 when none, or after the lesson was finished). */
    public int rememberedStep() {
        if (prefs.getBoolean(key(PREF_FINISHED), false)) {
            return 0;
        }
        return Math.max(0, Math.min(lesson.size() - 1, prefs.getInt(key(PREF_STEP), 0)));
    }

    /** Whether a started, unfinished lesson can be resumed past its first step. */
    public boolean hasProgress() {
        return rememberedStep() > 0;
    }

    // ---- commands (for the card, the keyboard and the Lessons menu) ----

    /** Shows step {@code index} (0-based) and applies its settings. */
    public void start(int index) {
        if (index < 0 || index >= lesson.size()) {
            throw new IllegalArgumentException("lesson step = " + index + ": must be in [0, " + (lesson.size() - 1) + "]");
        }
        prefs.put(key(PREF_FINISHED), "false");
        LessonPlace target = LessonPlace.paper(index);
        // One change, one undo step: the step's settings first (so that the tab the step outlines is shown
        // when it is outlined), then the place, which shows the card.
        state.transaction(() -> {
            applier.apply(lesson.step(index));
            if (target.equals(place.get())) {
                follow(target); // the same step again: the card is shown afresh
            } else {
                place.set(target);
            }
        });
    }

    /** Goes on at the remembered step (from the beginning after a finished lesson). */
    public void resume() {
        start(rememberedStep());
    }

    public void next() {
        if (!active.get()) {
            return;
        }
        if (stepIndex.get() == lesson.size() - 1) {
            finish();
        } else {
            start(stepIndex.get() + 1);
        }
    }

    public void back() {
        if (active.get() && stepIndex.get() > 0) {
            start(stepIndex.get() - 1);
        }
    }

    /** Hides the card; the step stays remembered for {@link #resume()}. Settings stay as they are. */
    public void leave() {
        place.set(LessonPlace.NONE);
    }

    // ---- saved sessions ----

    /** Where the user is, for a saved session. */
    public LessonPosition position() {
        return new LessonPosition(lesson.id(), stepIndex.get(), active.get());
    }

    /**
     * Returns to a saved position without applying the step's settings (the session restores those
     * itself, as the user had changed them). An unknown lesson or step is ignored.
     */
    public void restore(LessonPosition p) {
        if (p == null || !lesson.id().equals(p.lessonId()) || p.step() < 0 || p.step() >= lesson.size()) {
            return;
        }
        if (p.active()) {
            place.set(LessonPlace.paper(p.step()));
        } else {
            show(p.step(), true);
            place.set(LessonPlace.NONE);
        }
    }

    // ---- internals ----

    private void finish() {
        prefs.put(key(PREF_FINISHED), "true");
        prefs.put(key(PREF_STEP), "0");
        leave();
    }

    private void show(int index, boolean remember) {
        LessonStep s = lesson.step(index);
        stepIndex.set(index);
        step.set(s);
        title.set(messages.get(s.titleKey()));
        text.set(messages.format(s.textKey(), s.textArgs().toArray()));
        tryThis.set(messages.format("lesson.try", messages.format(s.tryKey(), s.tryArgs().toArray())));
        counter.set(messages.format("lesson.counter", String.valueOf(index + 1), String.valueOf(lesson.size())));
        nextText.set(messages.get(index == lesson.size() - 1 ? "lesson.finish" : "lesson.next"));
        first.set(index == 0);
        showQuestions(s);
        if (remember) {
            prefs.put(key(PREF_STEP), String.valueOf(index));
        }
    }

    private void showQuestions(LessonStep s) {
        java.util.List<QuestionViewModel> made = new java.util.ArrayList<>();
        for (Question q : LessonQuestions.of(s.key())) {
            String pref = key(PREF_GUESS) + q.id();
            QuestionViewModel vm = new QuestionViewModel(q, messages, prefs.get(pref, ""), g -> prefs.put(pref, g));
            vm.answeredProperty().addListener(o -> {
                updateRevealed();
                concealProbe();
            });
            made.add(vm);
        }
        questions.setAll(made);
        updateRevealed();
    }

    private void updateRevealed() {
        revealed.set(questions.stream().allMatch(QuestionViewModel::isAnswered));
    }

    /**
     * The probe keeps the answer to itself while the shown step waits for a guess; so does the lab (its easy
     * negatives' share and Figure 4) while a step that asks about them waits.
     */
    private void concealProbe() {
        boolean waiting = active.get() && !revealed.get();
        probe.concealedProperty().set(waiting);
        classifier.concealedProperty().set(waiting && LessonQuestions.asksAboutTheLab(step.get().key()));
    }

    private String key(String pattern) {
        return String.format(java.util.Locale.ROOT, pattern, lesson.id());
    }
}
