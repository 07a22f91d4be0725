package org.focalexplorer.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.focalexplorer.app.FocalExplorerApp;
import org.focalexplorer.settings.Feature;
import org.focalexplorer.viewmodel.explorer.ExplorerViewModel;
import org.focalexplorer.viewmodel.text.AppLanguage;
import org.focalexplorer.viewmodel.text.Messages;

/**
 * Soak: the app as it runs (its own training thread, frames through the FX queue, headless), the live
 * classifier playing at 100 steps/s, the language switched every 20 s (which rebuilds every view), the next
 * tab shown every 5 s (curves, classifier, multi-class lab, predictions in turn; the classifier keeps
 * training while hidden). A benchmark, not a test.
 *
 * <p>The schedule repeats every 20 s, so each minute's readings find the window in the same state. Each
 * minute it prints the live set (heap in use after full collections) twice: <em>before</em> that minute's
 * language switch, when the window is 20 s old and has shown and built all four tabs (the curves tab is
 * shown), and <em>after</em> it, once two whole pulses have run (JavaFX lets go of a replaced view only when a
 * pulse has synchronised the scene without it), when the new window has built its curves and classifier tabs.
 * Every reading waits for two whole pulses and then for two full collections that really ran (see
 * {@link #collect}). With them the steps done, the steps per second over the minute, the load average and the
 * full collections the JVM skipped. A flat pair of columns means no leak.
 *
 * <p>With a folder as the second argument it also diagnoses: after every language switch it checks that the
 * replaced view is gone ({@link ReplacedWindowProbe}), and it writes a heap dump of the live objects and a
 * class histogram at minute 3 and at every reading before a switch more than 10 % above the running median of
 * those of minutes 2 on ({@link Readings}).
 *
 * <pre>
 * mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.focalexplorer.bench.SoakBench -Dexec.args="30"      # minutes [dump folder]
 * </pre>
 */
public final class SoakBench {
    private static final long LANGUAGE_EVERY = 20_000_000_000L;
    private static final long TAB_EVERY = 5_000_000_000L; // four tabs: one round per language
    private static final long MINUTE = 60_000_000_000L;

    private SoakBench() {}

    public static void main(String[] args) throws Exception {
        double minutes = args.length > 0 ? Double.parseDouble(args[0]) : 5;
        Path dumps = args.length > 1 ? Path.of(args[1]) : null;
        if (dumps != null) {
            Files.createDirectories(dumps);
        }
        HeadlessFx.start();
        Stage[] stage = new Stage[1];
        ExplorerViewModel vm = HeadlessFx.onFx(() -> {
            stage[0] = new Stage();
            ExplorerViewModel v = FocalExplorerApp.show(stage[0], Messages.forLocale(Locale.ENGLISH));
            v.featureProperty().set(Feature.CLASSIFIER);
            v.classifier().speed().setValue(100);
            v.classifier().play();
            return v;
        });
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long start = System.nanoTime();
        long end = start + (long) (minutes * 60e9);
        long nextMinute = start + MINUTE;
        long nextLanguage = start + LANGUAGE_EVERY;
        long nextTab = start + TAB_EVERY;
        int switches = 0;
        long lastSteps = 0;
        long lastReading = start;
        Readings readings = new Readings(dumps);
        ReplacedWindowProbe probe = dumps == null ? null : new ReplacedWindowProbe(stage[0], dumps);
        System.out.printf(Locale.ROOT, "minute  before switch (MB)  after switch (MB)  steps  steps/s  switches  load  skipped GCs  shown before%n");
        long first = liveSet(memory);
        lastSteps = print(vm, 0, first, first, switches, 0, 1, "");
        while (System.nanoTime() < end + 1_000_000_000L) {
            Thread.sleep(250);
            long now = System.nanoTime();
            boolean minute = now >= nextMinute; // falls together with a switch and a tab change (60 s = 3 × 20 = 12 × 5)
            long before = 0;
            String shown = "";
            if (minute) {
                nextMinute += MINUTE;
                shown = HeadlessFx.onFx(() -> vm.featureProperty().get() + " " + vm.languageProperty().get());
                before = liveSet(memory);
                readings.add((int) Math.round((now - start) / 60e9), before);
            }
            if (now >= nextLanguage) {
                nextLanguage += LANGUAGE_EVERY;
                switches++;
                if (probe != null) {
                    probe.beforeSwitch();
                }
                HeadlessFx.onFx(() -> {
                    String tag = vm.languageProperty().get();
                    vm.languageProperty().set(tag.equals("en") ? AppLanguage.CHINESE.tag() : AppLanguage.ENGLISH.tag());
                    return null;
                });
                if (probe != null) {
                    probe.afterSwitch(switches, (now - start) / 1e9, HeadlessFx.onFx(() -> vm.featureProperty().get().toString()));
                }
            }
            if (now >= nextTab) {
                nextTab += TAB_EVERY;
                HeadlessFx.onFx(() -> {
                    Feature[] all = Feature.values(); // every tab in turn: curves, classifier, multi-class, predictions
                    vm.featureProperty().set(all[(vm.featureProperty().get().ordinal() + 1) % all.length]);
                    return null;
                });
            }
            if (minute) {
                lastSteps = print(vm, (int) Math.round((now - start) / 60e9), before, liveSet(memory), switches,
                        lastSteps, (now - lastReading) / 1e9, shown);
                lastReading = now;
            }
        }
        if (probe != null) {
            System.out.printf(Locale.ROOT, "the replaced view outlived two pulses after %d of %d switches%n", probe.held(), switches);
        }
        HeadlessFx.onFx(() -> {
            vm.dispose();
            return null;
        });
        Platform.exit();
    }

    /**
     * The heap in use once two whole pulses have run (three pulse starts: the two before the third have laid
     * out, synchronised and rendered) and after two full collections that really ran, the finalizers first.
     */
    private static long liveSet(MemoryMXBean memory) throws Exception {
        pulses(3);
        collect();
        collect();
        return memory.getHeapMemoryUsage().getUsed();
    }

    /** Prints one minute's line; returns the steps done so far. */
    private static long print(ExplorerViewModel vm, int minute, long before, long after, int switches,
            long stepsBefore, double seconds, String shown) throws Exception {
        long step = HeadlessFx.onFx(() -> vm.classifier().frame() == null ? 0L : vm.classifier().frame().step());
        System.out.printf(Locale.ROOT, "%6d  %18.1f  %17.1f  %5d  %7.1f  %8d  %s  %11d  %s%n", minute, before / 1e6,
                after / 1e6, step, (step - stepsBefore) / seconds, switches, load(), skippedCollections, shown);
        return step;
    }

    /** Full collections asked for that the JVM skipped (and the bench then asked for again). */
    static int skippedCollections;

    /**
     * The finalizers, then a full collection that really ran. {@code System.gc()} can return without one: while
     * a thread is inside a JNI critical region (the software renderer's rasteriser holds one), the GC locker
     * makes the JVM skip it, and the heap in use then still counts garbage. So the bench checks the full
     * collector's count and asks again until it went up.
     */
    static void collect() throws InterruptedException {
        System.runFinalization();
        for (int tries = 0; tries < 200; tries++) {
            long before = fullCollections();
            System.gc();
            if (fullCollections() > before) {
                return;
            }
            skippedCollections++;
            Thread.sleep(10);
        }
        throw new IllegalStateException("no full collection ran in 200 tries");
    }

    private static long fullCollections() {
        long n = 0;
        for (java.lang.management.GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc.getName().contains("Old") || gc.getName().contains("MarkSweep")) {
                n += gc.getCollectionCount();
            }
        }
        return n;
    }

    /** Waits until {@code n} pulses have started (an animation timer asks for a pulse on every frame). */
    static void pulses(int n) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> new AnimationTimer() {
            private int seen;

            @Override
            public void handle(long now) {
                if (++seen >= n) {
                    stop();
                    done.complete(null);
                }
            }
        }.start());
        done.get();
    }

    /** The 1-minute load average (Linux), or "?" elsewhere. */
    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException | RuntimeException e) {
            return "?";
        }
    }
}
