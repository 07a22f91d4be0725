package org.focalexplorer.io.session;

/**
 * The explorer's whole state as one immutable value: the one declarative schema that a session file, a
 * shareable state string and an undo step all hold (as TensorFlow Playground's {@code state.ts} does).
 *
 * <p>It lives in {@code io} because the file format is its contract and {@code io} may not see the view
 * models; it holds only plain values (the explorer's own choices as the lower-case ids of
 * {@code XAxis}, {@code Feature}… and the toy's enums). Each component checks its own domain (a
 * probability in [0, 1], γ ≥ 0, finite numbers, known ids); the explorer checks its narrower limits
 * (γ ≤ 10, values its sliders can show) before applying a state.
 *
 * @param language a language tag, e.g. "en" or "zh-CN"
 * @param code     the code panel's options
 */
public record ExplorerState(
        LossState loss,
        CurveState curves,
        ProbeState probe,
        ClassifierState classifier,
        ViewState view,
        LessonState lesson,
        String language,
        CodeState code) {

    public ExplorerState {
        Check.present("loss", loss);
        Check.present("curves", curves);
        Check.present("probe", probe);
        Check.present("classifier", classifier);
        Check.present("view", view);
        Check.present("lesson", lesson);
        Check.language("language", language);
        Check.present("code", code);
    }

    /** A state without the code panel's options (as sessions before them held): the panel's defaults. */
    public ExplorerState(LossState loss, CurveState curves, ProbeState probe, ClassifierState classifier, ViewState view,
            LessonState lesson, String language) {
        this(loss, curves, probe, classifier, view, lesson, language, CodeState.DEFAULT);
    }

    public ExplorerState withLoss(LossState l) {
        return new ExplorerState(l, curves, probe, classifier, view, lesson, language, code);
    }

    public ExplorerState withCurves(CurveState c) {
        return new ExplorerState(loss, c, probe, classifier, view, lesson, language, code);
    }

    public ExplorerState withProbe(ProbeState p) {
        return new ExplorerState(loss, curves, p, classifier, view, lesson, language, code);
    }

    public ExplorerState withClassifier(ClassifierState c) {
        return new ExplorerState(loss, curves, probe, c, view, lesson, language, code);
    }

    public ExplorerState withView(ViewState v) {
        return new ExplorerState(loss, curves, probe, classifier, v, lesson, language, code);
    }

    public ExplorerState withLesson(LessonState l) {
        return new ExplorerState(loss, curves, probe, classifier, view, l, language, code);
    }

    public ExplorerState withLanguage(String tag) {
        return new ExplorerState(loss, curves, probe, classifier, view, lesson, tag, code);
    }

    public ExplorerState withCode(CodeState c) {
        return new ExplorerState(loss, curves, probe, classifier, view, lesson, language, c);
    }
}
