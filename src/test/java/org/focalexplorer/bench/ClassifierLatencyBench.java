package org.focalexplorer.bench;

import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.focalexplorer.app.FocalExplorerApp;
import org.focalexplorer.viewmodel.classifier.ClassifierViewModel;
import org.focalexplorer.viewmodel.classifier.QueueScheduler;
import org.focalexplorer.viewmodel.explorer.ExplorerViewModel;
import org.focalexplorer.settings.Feature;
import org.focalexplorer.viewmodel.text.Messages;

/**
 * What one frame of the live classifier costs at its heaviest setting (20,000 points, 2-32-32-1), headless
 * (Monocle, software rendering): on the training thread, a step, then the snapshot plus the frame (analysis,
 * marks, plots, texts); on the FX thread, taking the frame and issuing the drawing commands, and then
 * rasterising the tab (a {@code Node.snapshot}, as a pulse would).
 *
 * <pre>
 * mvn -q -o test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.focalexplorer.bench.ClassifierLatencyBench [-Dexec.args="20 20000"]
 * </pre>
 */
public final class ClassifierLatencyBench {
    private ClassifierLatencyBench() {}

    public static void main(String[] args) throws Exception {
        for (String[] p : new String[][] {{"testfx.robot", "glass"}, {"testfx.headless", "true"},
                {"glass.platform", "Monocle"}, {"monocle.platform", "Headless"}, {"prism.order", "sw"},
                {"prism.lcdtext", "false"}, {"java.awt.headless", "true"}}) {
            System.setProperty(p[0], p[1]);
        }
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        CountDownLatch up = new CountDownLatch(1);
        Platform.startup(up::countDown);
        up.await();
        QueueScheduler training = QueueScheduler.queued();
        ExplorerViewModel explorer = onFx(() -> {
            ExplorerViewModel vm = FocalExplorerApp.show(new Stage(), Messages.forLocale(Locale.ENGLISH), training);
            vm.featureProperty().set(Feature.CLASSIFIER);
            vm.classifier().settings().points().setPosition(vm.classifier().settings().points().maxPosition());
            vm.classifier().settings().submitHidden("32, 32");
            return vm;
        });
        ClassifierViewModel vm = explorer.classifier();
        Scene scene = onFx(() -> Stage.getWindows().get(0).getScene());
        training.runPending();
        onFx(() -> scene.snapshot(null));

        int points = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        onFx(() -> {
            var p = vm.settings().points();
            for (int i = 0; i <= p.maxPosition(); i++) {
                if (p.level(i) == points) {
                    p.setPosition(i);
                }
            }
            return null;
        });
        training.runPending();
        double[] build = new double[n];
        double[] floor = new double[n];
        double[] take = new double[n];
        double[] render = new double[n];
        for (int i = 0; i < n; i++) {
            onFx(() -> {
                vm.step(1);
                return null;
            });
            long t0 = System.nanoTime();
            training.runPending(); // the step, the snapshot and the frame, on this (non-FX) thread
            build[i] = (System.nanoTime() - t0) / 1e6;
            long t1 = System.nanoTime();
            onFx(() -> null); // the frame's delivery was queued before this: it has run when this returns
            take[i] = (System.nanoTime() - t1) / 1e6;
            long t2 = System.nanoTime();
            onFx(() -> scene.getRoot().snapshot(null, null));
            render[i] = (System.nanoTime() - t2) / 1e6;
            long t3 = System.nanoTime();
            onFx(() -> scene.getRoot().snapshot(null, null));
            floor[i] = (System.nanoTime() - t3) / 1e6;
        }
        System.out.printf(Locale.ROOT, "Live classifier, %d points, 2-32-32-1, %d frames, %d cores%n",
                vm.frame().snapshot().data().train().size(), n, Runtime.getRuntime().availableProcessors());
        report("training thread: step + snapshot + frame", build);
        report("FX thread: take the frame, draw commands", take);
        report("FX thread: rasterise the window         ", render);
        report("  the same with nothing new (floor)     ", floor);
        Platform.exit();
    }

    private static void report(String what, double[] ms) {
        double[] s = ms.clone();
        Arrays.sort(s);
        System.out.printf(Locale.ROOT, "  %s  median %7.1f ms   max %7.1f ms%n", what, s[s.length / 2], s[s.length - 1]);
    }

    private static <T> T onFx(Supplier<T> task) throws Exception {
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
