package org.focalexplorer.bench;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import javafx.application.Platform;

/** The JavaFX toolkit started headless (Monocle, software rendering) for a bench's main, and work run on it. */
final class HeadlessFx {
    private HeadlessFx() {}

    /** Starts the toolkit on Monocle's headless glass, as the tests run it. */
    static void start() throws InterruptedException {
        for (String[] p : new String[][] {{"glass.platform", "Monocle"}, {"monocle.platform", "Headless"},
                {"prism.order", "sw"}, {"prism.lcdtext", "false"}, {"java.awt.headless", "true"}}) {
            System.setProperty(p[0], p[1]);
        }
        CountDownLatch up = new CountDownLatch(1);
        Platform.startup(up::countDown);
        up.await();
    }

    /** Runs {@code task} on the FX thread and waits for its result. */
    static <T> T onFx(Supplier<T> task) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(task.get());
            } catch (RuntimeException e) {
                f.completeExceptionally(e);
            }
        });
        return f.get();
    }
}
