package org.focalexplorer.settings;

/**
 * Where the user is in the guided lessons: a lesson id and a 0-based step, or {@link #NONE}.
 *
 * @param id   {@link #PAPER} (the one lesson there is), or −1 for none
 * @param step the step shown, or −1 for none
 */
public record LessonPlace(int id, int step) {
    public static final int PAPER = 0;
    public static final LessonPlace NONE = new LessonPlace(-1, -1);

    public static LessonPlace paper(int step) {
        return new LessonPlace(PAPER, step);
    }

    public boolean isActive() {
        return id >= 0 && step >= 0;
    }
}
