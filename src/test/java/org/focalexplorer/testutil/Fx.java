package org.focalexplorer.testutil;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;
import javafx.application.Platform;
import javafx.scene.Node;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Runs a piece of a TestFX test on the FX thread and waits for its result. Scene-graph lookups go through
 * here too: {@code robot.lookup(…)} walks the children lists from the calling thread, and on the test thread
 * that walk races the FX thread whenever it rebuilds a view (a language switch, a lazily built tab, a
 * formula arriving), which can throw or miss a node under load. On the FX thread itself these run directly.
 */
public final class Fx {
    private Fx() {}

    public static <T> T call(Callable<T> c) {
        if (Platform.isFxApplicationThread()) {
            try {
                return c.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        try {
            return WaitForAsyncUtils.asyncFx(c).get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r; // e.g. TestFX's "query returned no nodes", as the lookup on the test thread threw it
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The first node {@code query} finds, looked up on the FX thread. */
    public static Node one(FxRobot robot, String query) {
        return call(() -> robot.lookup(query).query());
    }

    public static <T extends Node> T one(FxRobot robot, String query, Class<T> type) {
        return call(() -> robot.lookup(query).queryAs(type));
    }

    public static Optional<Node> find(FxRobot robot, String query) {
        return call(() -> robot.lookup(query).tryQuery());
    }

    public static List<Node> all(FxRobot robot, String query) {
        return call(() -> new ArrayList<>(robot.lookup(query).queryAll()));
    }

    public static <T extends Node> List<T> all(FxRobot robot, String query, Class<T> type) {
        return call(() -> new ArrayList<>(robot.lookup(query).queryAllAs(type)));
    }

    public static List<Node> all(FxRobot robot, Predicate<Node> predicate) {
        return call(() -> new ArrayList<>(robot.lookup(predicate).queryAll()));
    }
}
