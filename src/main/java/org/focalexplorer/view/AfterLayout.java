package org.focalexplorer.view;

import javafx.application.Platform;
import javafx.scene.Scene;

/** Work for right after a scene's next layout pass (a tab's content is visible, new controls have their skins). */
public final class AfterLayout {
    private AfterLayout() {}

    /** Runs {@code work} once, after the next layout of {@code scene} (a pulse is asked for). */
    public static void once(Scene scene, Runnable work) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            work.run();
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }
}
