package org.focalexplorer.viewmodel.lessons;

/**
 * Where a user is in the lessons, for a saved session.
 *
 * @param lessonId the lesson's id
 * @param step     0-based step index
 * @param active   whether the lesson card is shown
 */
public record LessonPosition(String lessonId, int step, boolean active) {
}
