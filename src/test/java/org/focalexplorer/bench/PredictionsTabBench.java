package org.focalexplorer.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Executor;
import org.focalexplorer.viewmodel.parameters.ParameterViewModel;
import org.focalexplorer.viewmodel.predictions.PredictionsViewModel;
import org.focalexplorer.viewmodel.text.Messages;

/**
 * The predictions tab's recomputation at 10 M rows, through its real view model: the time from a γ change
 * (as the slider sets it) until the new report and everything the tab shows of it — the histogram, both
 * Figure 4 plots, the shares table and the sentences — are set. The analyser and the UI queue run on this
 * thread, so the figure is the work of one recomputation; drawing the plots is not included. Uses the
 * .npy files of {@link PredictionsBench} (written there if missing).
 *
 * <pre>mvn -q test-compile exec:exec -Dexec.classpathScope=test -Dexec.executable=java
 *   -Dexec.args="-cp %classpath org.focalexplorer.bench.PredictionsTabBench"</pre>
 */
public final class PredictionsTabBench {
    private PredictionsTabBench() {}

    public static void main(String[] args) throws Exception {
        int n = PredictionsBench.N;
        Path csv = PredictionsBench.DIR.resolve("fx-preds-" + n + ".csv");
        Path npy = PredictionsBench.DIR.resolve("fx-preds-" + n + "-logits.npy");
        Path labels = PredictionsBench.DIR.resolve("fx-preds-" + n + "-labels.npy");
        PredictionsBench.write(csv, npy, labels);

        Messages m = Messages.forLocale(Locale.ENGLISH);
        ParameterViewModel p = new ParameterViewModel(m);
        Executor now = Runnable::run;
        PredictionsViewModel vm = new PredictionsViewModel(p, m, now, now, now);
        long t0 = System.nanoTime();
        vm.open(npy);
        vm.chooseLabelsFile(labels); // a plain .npy: the view asks for its labels file
        System.out.printf(Locale.ROOT, "load + analysis of %,d rows through the view model: %.2f s%n",
                vm.analysisProperty().get().set().rows(), (System.nanoTime() - t0) / 1e9);
        p.apply(true, 0.25, 2.0);
        for (int i = 0; i < 200; i++) { // warm-up
            p.apply(true, 0.25, 0.013 * i + 0.001);
        }
        int drags = 400;
        double[] ms = new double[drags];
        double[] core = new double[drags];
        double[] msCpu = new double[drags];
        double[] coreCpu = new double[drags];
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        var analysis = vm.analysisProperty().get();
        // a second analysis of the same rows, asked the very same settings as the tab, so its cache never helps either
        var twin = org.focalexplorer.analysis.predictions.PredictionAnalysis.of(analysis.set(),
                org.focalexplorer.analysis.predictions.Monitor.NONE);
        for (int i = 0; i < drags; i++) {
            double gamma = Math.round((5.0 * i / drags + 0.0031) * 100) / 100.0; // the slider's 0.01 steps
            double alpha = i % 2 == 0 ? 0.25 : 0.3;
            // the analysis alone, at a γ between the slider's steps (never cached), in the same minute
            long t = System.nanoTime();
            long c = cpu.getCurrentThreadCpuTime();
            PredictionsViewModel.report(twin, org.focalexplorer.loss.FocalSetting.focal(alpha, gamma), 0.1);
            core[i] = (System.nanoTime() - t) / 1e6;
            coreCpu[i] = (cpu.getCurrentThreadCpuTime() - c) / 1e6;
            t = System.nanoTime();
            c = cpu.getCurrentThreadCpuTime();
            p.apply(true, alpha, gamma);
            ms[i] = (System.nanoTime() - t) / 1e6;
            msCpu[i] = (cpu.getCurrentThreadCpuTime() - c) / 1e6; // the view model runs everything on this thread
            if (vm.reportProperty().get().gamma() != gamma) {
                throw new IllegalStateException("γ " + gamma + " not shown");
            }
        }
        double[] plots = new double[drags];
        double[] slider = new double[drags];
        ParameterViewModel bare = new ParameterViewModel(m);
        var report = vm.reportProperty().get();
        for (int i = 0; i < drags; i++) {
            long t = System.nanoTime();
            org.focalexplorer.viewmodel.predictions.PredictionPlots.histogram(report, analysis.set().classNames(), m);
            org.focalexplorer.viewmodel.predictions.PredictionPlots.figure4(report, false, m);
            org.focalexplorer.viewmodel.predictions.PredictionPlots.figure4(report, true, m);
            plots[i] = (System.nanoTime() - t) / 1e6;
            t = System.nanoTime();
            bare.apply(true, i % 2 == 0 ? 0.25 : 0.3, Math.round((5.0 * i / drags + 0.0031) * 100) / 100.0);
            slider[i] = (System.nanoTime() - t) / 1e6;
        }
        print("tab recompute (report + plots + table + sentences)", n, ms);
        print("the three plots' data alone", n, plots);
        print("a parameter change with no predictions listening", n, slider);
        print("analysis alone (PredictionAnalysis.analyse)", n, core);
        print("tab recompute, this thread's CPU time", n, msCpu);
        print("analysis alone, this thread's CPU time", n, coreCpu);
    }

    private static void print(String what, int n, double[] ms) {
        Arrays.sort(ms);
        int drags = ms.length;
        System.out.printf(Locale.ROOT, "%s at N = %,d over %d γ values: median %.2f ms, p95 %.2f ms, max %.2f ms%n",
                what, n, drags, ms[drags / 2], ms[(int) Math.ceil(0.95 * drags) - 1], ms[drags - 1]);
    }
}
