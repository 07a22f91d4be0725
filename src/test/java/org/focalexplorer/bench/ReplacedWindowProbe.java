package org.focalexplorer.bench;

import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/**
 * The soak's diagnosis of a language switch: whether the explorer view it replaced is gone (weakly reachable
 * only) once two whole pulses have run and the heap has been collected, and if not, for how long it stays,
 * with a heap dump of the first few such moments. The replaced view carries a {@link Replaced} in its
 * properties, so that a dump shows what holds it (the shortest path from a GC root to that marker).
 */
final class ReplacedWindowProbe {
    /** Marks the view a switch replaced; its class name is what to look for in a heap dump. */
    static final class Replaced {}

    private static final int MAX_DUMPS = 3;
    private final Stage stage;
    private final Path folder;
    private WeakReference<Node> replaced;
    private int held;

    ReplacedWindowProbe(Stage stage, Path folder) {
        this.stage = stage;
        this.folder = folder;
    }

    /** Before a switch: marks the view shown now, the one the switch replaces. */
    void beforeSwitch() throws Exception {
        replaced = new WeakReference<>(HeadlessFx.onFx(() -> {
            Node view = ((BorderPane) stage.getScene().getRoot()).getCenter();
            view.getProperties().put(Replaced.class, new Replaced());
            return view;
        }));
    }

    /** After it: two whole pulses, full collections; then reports (and dumps) a replaced view still alive. */
    void afterSwitch(int switchNo, double secondsIn, String tab) throws Exception {
        SoakBench.pulses(3);
        SoakBench.collect();
        SoakBench.collect();
        if (replaced.get() == null) {
            return;
        }
        held++;
        // What the other threads are doing at this moment (a thread in the middle of the old view's code holds it).
        StringBuilder stacks = new StringBuilder();
        Thread.getAllStackTraces().forEach((t, frames) -> {
            if (t.getName().startsWith("JavaFX Application") || t.getName().startsWith("Quantum")
                    || t.getName().contains("training") || t.getName().contains("formula")) {
                stacks.append("          ").append(t.getName()).append(" ").append(t.getState()).append('\n');
                for (int i = 0; i < Math.min(frames.length, 14); i++) {
                    stacks.append("            at ").append(frames[i]).append('\n');
                }
            }
        });
        int quick = 0; // further collections, no pulse in between, until it is gone (at most 5, 50 ms apart)
        while (replaced.get() != null && quick < 5) {
            Thread.sleep(50);
            SoakBench.collect();
            quick++;
        }
        System.out.printf(Locale.ROOT, "        switch %d: alive after two pulses; %s%n%s", switchNo,
                replaced.get() == null ? "gone after " + quick + " more collections without a pulse"
                        : "still alive after 5 more collections", stacks);
        if (replaced.get() == null) {
            return;
        }
        String dumped = "";
        if (held <= MAX_DUMPS) {
            Path hprof = folder.resolve("replaced-" + switchNo + ".hprof");
            Readings.dumpHeap(hprof);
            dumped = ", dump " + hprof;
        }
        long start = System.nanoTime();
        while (replaced.get() != null && System.nanoTime() - start < 20_000_000_000L) {
            Thread.sleep(1000);
            SoakBench.pulses(1);
            SoakBench.collect();
        }
        System.out.printf(Locale.ROOT, "        switch %d at %.0f s (%s): the replaced view was alive after two pulses; %s%s%n",
                switchNo, secondsIn, tab, replaced.get() == null
                        ? String.format(Locale.ROOT, "gone %.0f s later", (System.nanoTime() - start) / 1e9)
                        : "still alive 20 s later", dumped);
    }

    /** Switches after which the replaced view outlived two pulses. */
    int held() {
        return held;
    }
}
