package org.focalexplorer.view.explain;

import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.image.Image;

/**
 * Renders formulas on one background thread and hands the pictures to the FX thread. Only the newest
 * request counts: one still waiting when a newer one arrives is skipped, and a result that a newer
 * request has overtaken is dropped. Pictures are cached by (LaTeX, size, colour), so a change of γ
 * re-renders only the formulas that contain γ's value, and the general forms never again.
 */
final class FormulaImages {
    private static final int CACHE_SIZE = 256;

    private record Key(String latex, float size, Color color, int maxWidth) {}

    /** One formula to render, at most {@code maxWidth} pixels wide (0 or less: no limit yet). */
    record Job(String latex, int maxWidth) {}

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "formula-render");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong latest = new AtomicLong();
    /** Touched only on the worker thread. */
    private final Map<Key, Image> cache = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Image> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    /** Renders the jobs (in order) and passes the pictures to {@code onFx} on the FX thread. */
    void render(List<Job> jobs, float size, Color color, Consumer<List<Image>> onFx) {
        long request = latest.incrementAndGet();
        if (worker.isShutdown()) {
            return; // the view was closed or rebuilt: a request still queued for the pulse has no one to show to
        }
        worker.execute(() -> {
            if (request != latest.get()) {
                return;
            }
            List<Image> images = new ArrayList<>(jobs.size());
            for (Job j : jobs) {
                images.add(cache.computeIfAbsent(new Key(j.latex(), size, color, j.maxWidth()),
                        k -> FormulaRenderer.renderFx(k.latex(), k.size(), k.color(),
                                k.maxWidth() > 0 ? k.maxWidth() : Double.POSITIVE_INFINITY)));
            }
            Platform.runLater(() -> {
                if (request == latest.get()) {
                    onFx.accept(images);
                }
            });
        });
    }

    void shutdown() {
        worker.shutdownNow();
    }
}
