package org.focalexplorer.app;

import javafx.animation.AnimationTimer;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * For {@link StartupBench}: when the environment variable {@value #ENV} is set, the window reports its first
 * frame on standard output ({@value #MARKER}) and the process exits. Nothing happens otherwise.
 *
 * <p>"First frame" = the second animation pulse after the window was shown: the first pulse lays out and
 * draws the scene, so by the second one a frame has been handed to the renderer. The explorer and the
 * minimal one-Label window ({@link MinimalWindowApp}) use exactly this, so their times compare.
 */
public final class FirstFrameProbe {
    /** Environment variable: {@code app} measures the explorer, {@code minimal} the one-Label window. */
    public static final String ENV = "FOCALEXPLORER_FIRST_FRAME";
    /** The line printed at the first frame. */
    public static final String MARKER = "first-frame";
    /**
     * Printed just before {@link #MARKER}: the process's CPU time so far (all threads, user + system) in ms. On a
     * shared machine the wall time mostly measures waiting for a core; this is the work itself.
     */
    public static final String CPU_PREFIX = "first-frame-cpu-ms ";

    private FirstFrameProbe() {}

    /** The window the probe asks for, or null when no probe runs. */
    static String requested() {
        return System.getenv(ENV);
    }

    /** Reports and exits at the first frame of {@code stage} (call before or right after {@code show()}). */
    static void install(Stage stage) {
        if (requested() == null) {
            return;
        }
        Runnable watch = () -> new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses == 2) {
                    stop();
                    ProcessHandle.current().info().totalCpuDuration()
                            .ifPresent(cpu -> System.out.println(CPU_PREFIX + cpu.toMillis()));
                    System.out.println(MARKER);
                    System.out.flush();
                    System.exit(0); // a measurement run: no preferences written, nothing to keep
                }
            }
        }.start();
        if (stage.isShowing()) {
            watch.run();
        } else {
            stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> watch.run());
        }
    }
}
