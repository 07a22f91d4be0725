package org.focalexplorer.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.focalexplorer.app.FocalExplorerApp;
import org.focalexplorer.view.ViewIds;
import org.focalexplorer.view.plot.PlotCanvas;
import org.focalexplorer.viewmodel.explorer.ExplorerViewModel;
import org.focalexplorer.viewmodel.text.Messages;

/**
 * Latency of the explorer window from a γ change to all three plots recomputed and drawn, headless
 * (Monocle, software rendering), over a sweep of γ values as a slider drag produces them.
 *
 * <p>Three measurements per γ value, each on the JavaFX Application Thread:
 * <ol>
 *   <li><b>recompute + draw</b>: set γ, run the (coalesced) recomputation, every plot whose snapshot
 *       changed issues its canvas drawing commands, the probe readout updates;</li>
 *   <li><b>+ render</b>: the same, then the plots and the probe readout are rasterised: one
 *       {@code Node.snapshot} of the grid that holds them, which renders like a pulse would (only the
 *       layers with new drawing commands are rasterised again). A snapshot has a fixed cost of its own
 *       (an offscreen texture and a read-back); it is reported too, as a snapshot after no change;</li>
 *   <li><b>via FX queue</b>: γ is set the way the slider does it, the recomputation runs from the FX
 *       event queue ({@code Platform.runLater}, as in the app), until it has drawn.</li>
 * </ol>
 *
 * <p>Run (no display needed; the headless settings are set below):
 * <pre>
 * mvn -q -o test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.focalexplorer.bench.ExplorerLatencyBench [-Dexec.args="400"]
 * </pre>
 */
public final class ExplorerLatencyBench {
    private static final int WARMUP_SWEEPS = 3;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** Ids of the JavaFX Application Thread and Prism's render thread (set on the first sweep). */
    private static long[] fxThreads;

    private ExplorerLatencyBench() {}

    public static void main(String[] args) throws Exception {
        headless();
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 400;
        CountDownLatch up = new CountDownLatch(1);
        Platform.startup(up::countDown);
        up.await();

        ExplorerViewModel vm = onFx(() -> FocalExplorerApp.show(new Stage(), Messages.forLocale(Locale.ENGLISH)));
        Scene scene = onFx(() -> Stage.getWindows().stream().filter(w -> w instanceof Stage).findFirst()
                .orElseThrow().getScene());
        PlotCanvas[] plots = onFx(() -> new PlotCanvas[] {
            (PlotCanvas) scene.lookup("#" + ViewIds.LOSS_PLOT),
            (PlotCanvas) scene.lookup("#" + ViewIds.GRADIENT_PLOT),
            (PlotCanvas) scene.lookup("#" + ViewIds.WEIGHTING_PLOT)});
        onFx(() -> scene.snapshot(null)); // first layout and render

        double[] gammas = new double[n];
        for (int i = 0; i < n; i++) {
            gammas[i] = 10.0 * i / (n - 1);
        }
        for (int w = 0; w < WARMUP_SWEEPS; w++) {
            sweep(vm, plots, gammas, false);
            sweep(vm, plots, gammas, true);
            queued(vm, gammas);
        }
        long curveDraws = Arrays.stream(plots).mapToLong(PlotCanvas::curveDraws).sum();
        long frameDraws = Arrays.stream(plots).mapToLong(PlotCanvas::frameDraws).sum();
        double[] computeCpu = new double[n];
        double[] compute = sweep(vm, plots, gammas, false, computeCpu);
        curveDraws = Arrays.stream(plots).mapToLong(PlotCanvas::curveDraws).sum() - curveDraws;
        frameDraws = Arrays.stream(plots).mapToLong(PlotCanvas::frameDraws).sum() - frameDraws;
        double[] renderCpu = new double[n];
        double[] render = sweep(vm, plots, gammas, true, renderCpu);
        double[] floor = onFx(() -> {
            double[] ms = new double[gammas.length];
            for (int i = 0; i < ms.length; i++) {
                long t0 = System.nanoTime();
                plots[0].getParent().snapshot(null, null);
                ms[i] = (System.nanoTime() - t0) / 1e6;
            }
            return ms;
        });
        double[] viaQueue = queued(vm, gammas);

        System.out.printf(Locale.ROOT, "Explorer latency, γ sweep of %d values over [0, 10] (one sweep: %d curve layers "
                + "and %d frames redrawn), %d-core machine, JavaFX %s, prism.order=%s%n", n, curveDraws, frameDraws,
                Runtime.getRuntime().availableProcessors(), System.getProperty("javafx.runtime.version"),
                System.getProperty("prism.order"));
        System.out.printf(Locale.ROOT, "wall-clock time (load average %.1f):%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        report("recompute + draw commands", compute);
        report("+ render (snapshot)      ", render);
        report("  snapshot, nothing new  ", floor);
        report("via FX queue (app path)  ", viaQueue);
        System.out.println("CPU time of the FX and render threads (not inflated by other processes):");
        report("recompute + draw commands", computeCpu);
        report("+ render (snapshot)      ", renderCpu);
        Platform.exit();
    }

    /** Milliseconds per γ value: set it, recompute, draw (and, if asked, rasterise the plots). */
    private static double[] sweep(ExplorerViewModel vm, PlotCanvas[] plots, double[] gammas, boolean render)
            throws Exception {
        return sweep(vm, plots, gammas, render, new double[gammas.length]);
    }

    /** As above; {@code cpuMs} receives the CPU time the FX and render threads spent on each value. */
    private static double[] sweep(ExplorerViewModel vm, PlotCanvas[] plots, double[] gammas, boolean render,
            double[] cpuMs) throws Exception {
        return onFx(() -> {
            if (fxThreads == null) {
                fxThreads = Thread.getAllStackTraces().keySet().stream()
                        .filter(t -> t == Thread.currentThread() || t.getName().startsWith("QuantumRenderer"))
                        .mapToLong(Thread::getId).toArray();
            }
            double[] ms = new double[gammas.length];
            for (int i = 0; i < gammas.length; i++) {
                long c0 = cpuNanos();
                long t0 = System.nanoTime();
                vm.parameters().gamma().setFromSlider(gammas[i]);
                vm.curves().flush();
                if (render) {
                    plots[0].getParent().snapshot(null, null); // the grid of the three plots and the readout
                }
                ms[i] = (System.nanoTime() - t0) / 1e6;
                cpuMs[i] = (cpuNanos() - c0) / 1e6;
            }
            return ms;
        });
    }

    private static long cpuNanos() {
        long sum = 0;
        for (long id : fxThreads) {
            sum += Math.max(0, THREADS.getThreadCpuTime(id));
        }
        return sum;
    }

    /** Milliseconds from the γ change to the end of the recomputation the FX queue runs for it. */
    private static double[] queued(ExplorerViewModel vm, double[] gammas) throws Exception {
        double[] ms = new double[gammas.length];
        for (int i = 0; i < gammas.length; i++) {
            int k = i;
            CompletableFuture<Double> done = new CompletableFuture<>();
            Platform.runLater(() -> {
                long t0 = System.nanoTime();
                vm.parameters().gamma().setFromSlider(gammas[k]); // schedules the recomputation
                Platform.runLater(() -> done.complete((System.nanoTime() - t0) / 1e6)); // runs after it
            });
            ms[i] = done.get(10, TimeUnit.SECONDS);
            if (vm.curves().isPending()) {
                throw new IllegalStateException("recomputation did not run before the probe");
            }
        }
        return ms;
    }

    private static void report(String what, double[] ms) {
        double[] s = ms.clone();
        Arrays.sort(s);
        System.out.printf(Locale.ROOT, "  %s  median %6.3f ms   p95 %6.3f ms   max %7.3f ms%n", what,
                percentile(s, 50), percentile(s, 95), s[s.length - 1]);
    }

    /** Nearest-rank percentile of sorted values. */
    private static double percentile(double[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static <T> T onFx(Supplier<T> work) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(work.get());
            } catch (Throwable t) {
                f.completeExceptionally(t);
            }
        });
        return f.get(60, TimeUnit.SECONDS);
    }

    /** The same headless settings as the UI tests (see surefire's systemPropertyVariables). */
    private static void headless() {
        String[][] props = {
            {"glass.platform", "Monocle"}, {"monocle.platform", "Headless"}, {"prism.order", "sw"},
            {"prism.lcdtext", "false"}, {"java.awt.headless", "true"}};
        for (String[] p : props) {
            if (System.getProperty(p[0]) == null) {
                System.setProperty(p[0], p[1]);
            }
        }
    }
}
