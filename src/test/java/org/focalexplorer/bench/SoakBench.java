package org.focalexplorer.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Locale;
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
 * next tab shown every 7 s (all of them in turn; the classifier keeps training while hidden); each minute it prints the live set (heap in use right after a full GC), the
 * steps done and the frames shown. A flat live set means no leak. A benchmark, not a test.
 *
 * <pre>
 * mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.focalexplorer.bench.SoakBench -Dexec.args="30"      # minutes
 * </pre>
 */
public final class SoakBench {
    private SoakBench() {}

    public static void main(String[] args) throws Exception {
        double minutes = args.length > 0 ? Double.parseDouble(args[0]) : 5;
        HeadlessFx.start();
        ExplorerViewModel vm = HeadlessFx.onFx(() -> {
            ExplorerViewModel v = FocalExplorerApp.show(new Stage(), Messages.forLocale(Locale.ENGLISH));
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
        System.out.printf(Locale.ROOT, "minute  live set (MB)  steps  language switches%n");
        print(memory, vm, 0, switches);
        while (System.nanoTime() < end) {
            Thread.sleep(250);
            long now = System.nanoTime();
            if (now >= nextLanguage) {
                nextLanguage += 20_000_000_000L;
                switches++;
                HeadlessFx.onFx(() -> {
                    String tag = vm.languageProperty().get();
                    vm.languageProperty().set(tag.equals("en") ? AppLanguage.CHINESE.tag() : AppLanguage.ENGLISH.tag());
                    return null;
                });
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
                print(memory, vm, (int) Math.round((now - start) / 60e9), switches);
            }
        }
        HeadlessFx.onFx(() -> {
            vm.dispose();
            return null;
        });
        Platform.exit();
    }

    private static void print(MemoryMXBean memory, ExplorerViewModel vm, int minute, int switches) throws Exception {
        // A few pulses first (JavaFX lets go of a replaced view's nodes at its next pulse), and the finalizers
        // run (the software renderer frees its textures' pixel buffers through them).
        for (int i = 0; i < 3; i++) {
            HeadlessFx.onFx(() -> null);
            Thread.sleep(100);
            System.runFinalization();
            System.gc();
        }
        long used = memory.getHeapMemoryUsage().getUsed();
        long step = HeadlessFx.onFx(() -> vm.classifier().frame() == null ? 0L : vm.classifier().frame().step());
        System.out.printf(Locale.ROOT, "%6d  %12.1f  %5d  %d%n", minute, used / 1e6, step, switches);
    }
}
