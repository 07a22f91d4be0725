package org.focalexplorer.viewmodel.lessons;

import java.util.List;

/**
 * A lesson: steps a user walks through with Next and Back.
 *
 * @param id       stable name, for remembered progress and saved sessions
 * @param titleKey bundle key of its title
 */
public record Lesson(String id, String titleKey, List<LessonStep> steps) {

    public Lesson {
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("lesson " + id + " has no steps");
        }
    }

    public int size() {
        return steps.size();
    }

    public LessonStep step(int index) {
        return steps.get(index);
    }
}
