package org.focalexplorer.view.shell;

import javafx.beans.property.BooleanProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Slider;
import javafx.scene.input.MouseEvent;

/**
 * Makes a press–drag–release on any slider one undo step: the undo history is told that the user is
 * adjusting from the press until the release. Done once for the scene, so sliders added later (side panel,
 * lessons) count too.
 */
final class SliderDrags {
    private SliderDrags() {
    }

    static void install(Scene scene, java.util.function.Supplier<BooleanProperty> adjusting) {
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (insideSlider(e.getTarget())) {
                adjusting.get().set(true);
            }
        });
        scene.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            if (adjusting.get().get()) {
                // After the slider has handled the release, so its last value is part of the step.
                javafx.application.Platform.runLater(() -> adjusting.get().set(false));
            }
        });
    }

    private static boolean insideSlider(Object target) {
        for (Node n = target instanceof Node node ? node : null; n != null; n = n.getParent()) {
            if (n instanceof Slider) {
                return true;
            }
        }
        return false;
    }
}
