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
 * classifier playing at 100 steps/s, the language switched every 20 s (which rebuilds every view), the
 * next tab shown every 7 s (all of them in turn; the classifier keeps training while hidden). Each minute it
 * prints the live set (heap in use right after full collections) twice: right after that minute's language
 * switch (the minute and the switch fall together), and again once two whole pulses have run since (JavaFX
 * lets go of a replaced view's nodes and bitmaps only when a pulse has synchronised and rendered the scene
 * without them). With them the steps done, the steps per second over the minute and the load average. A flat
 * second column means no leak. A benchmark, not a test.
 *
 * <p>With a folder as the second argument it also writes, for the reading of minute 3 and for every reading
 * after two pulses from minute 3 on that is more than 10 % above the median of the readings before it (minute 2
 * on, at most four), a heap dump of the live objects ({@code soak-M.hprof}) and a class histogram
 * ({@code soak-M.histo.txt}), to compare what an out-of-band reading holds with what a normal one does.
 *
 * <pre>
 * mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.focalexplorer.bench.SoakBench -Dexec.args="30"      # minutes [dump folder]
 * </pre>
 */
public final class SoakBench {
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
        long nextMinute = start + 60_000_000_000L;
        long nextLanguage = start + 20_000_000_000L;
        long nextTab = start + 7_000_000_000L;
        int switches = 0;
        long lastSwitch = start;
        long lastSteps = 0;
        long lastReading = start;
        System.out.printf(Locale.ROOT, "minute  at switch (MB)  after 2 pulses (MB)  s since switch  steps  steps/s  switches  load  tab%n");
        Readings readings = new Readings(dumps);
        ReplacedWindowProbe probe = dumps == null ? null : new ReplacedWindowProbe(stage[0], dumps);
        lastSteps = print(memory, vm, 0, switches, 0, 0, 1, readings);
        while (System.nanoTime() < end) {
            Thread.sleep(250);
            long now = System.nanoTime();
            if (now >= nextLanguage) {
                nextLanguage += 20_000_000_000L;
                switches++;
                lastSwitch = now;
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
                nextTab += 7_000_000_000L;
                HeadlessFx.onFx(() -> {
                    Feature[] all = Feature.values(); // every tab in turn: curves, classifier, multi-class, predictions
                    vm.featureProperty().set(all[(vm.featureProperty().get().ordinal() + 1) % all.length]);
                    return null;
                });
            }
            if (now >= nextMinute) {
                nextMinute += 60_000_000_000L;
                lastSteps = print(memory, vm, (int) Math.round((now - start) / 60e9), switches,
                        (now - lastSwitch) / 1e9, lastSteps, (now - lastReading) / 1e9, readings);
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

    /** Prints one minute's line; returns the steps done so far. */
    private static long print(MemoryMXBean memory, ExplorerViewModel vm, int minute, int switches, double sinceSwitch,
            long stepsBefore, double seconds, Readings readings) throws Exception {
        // As the first soaks measured: a few trips through the FX queue, the finalizers (the software renderer
        // frees its textures' pixel buffers through them) and full collections, without waiting for a pulse.
        for (int i = 0; i < 3; i++) {
            HeadlessFx.onFx(() -> null);
            Thread.sleep(100);
            collect();
        }
        long atSwitch = memory.getHeapMemoryUsage().getUsed();
        // Then three pulse starts: the two pulses before the third have laid out, synchronised and rendered.
        pulses(3);
        collect();
        collect();
        long afterPulses = memory.getHeapMemoryUsage().getUsed();
        long step = HeadlessFx.onFx(() -> vm.classifier().frame() == null ? 0L : vm.classifier().frame().step());
        String tab = HeadlessFx.onFx(() -> vm.featureProperty().get() + " " + vm.languageProperty().get());
        System.out.printf(Locale.ROOT, "%6d  %14.1f  %19.1f  %14.1f  %5d  %7.1f  %8d  %s  %s%n", minute, atSwitch / 1e6,
                afterPulses / 1e6, sinceSwitch, step, (step - stepsBefore) / seconds, switches, load(), tab);
        readings.add(minute, afterPulses);
        return step;
    }

    static void collect() {
        System.runFinalization();
        System.gc();
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
