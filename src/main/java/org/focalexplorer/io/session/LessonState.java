package org.focalexplorer.io.session;

/**
 * Where the user is in the guided lessons; −1 = none. The lessons themselves decide what an id means.
 */
public record LessonState(int id, int step) {
    public static final LessonState NONE = new LessonState(-1, -1);

    public LessonState {
        Check.range("lesson.id", id, -1, Integer.MAX_VALUE);
        Check.range("lesson.step", step, -1, Integer.MAX_VALUE);
    }
}
