package org.focalexplorer.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.IntFunction;
import org.focalexplorer.loss.LossKernel;
import org.focalexplorer.loss.LossParallelism;
import org.focalexplorer.toy.Activation;
import org.focalexplorer.toy.DataSource;
import org.focalexplorer.toy.DatasetSpec;
import org.focalexplorer.toy.ModelSpec;
import org.focalexplorer.toy.MulticlassLoss;
import org.focalexplorer.toy.MulticlassSettings;
import org.focalexplorer.toy.MulticlassSnapshot;
import org.focalexplorer.toy.MulticlassTrainer;
import org.focalexplorer.toy.OptimizerSpec;
import org.focalexplorer.toy.SideBySideTrainer;
import org.focalexplorer.toy.TrainingSettings;
import org.focalexplorer.toy.TrainingSnapshot;
import org.focalexplorer.viewmodel.classifier.FrameBuilder;
import org.focalexplorer.viewmodel.multiclass.MulticlassFrameBuilder;
import org.focalexplorer.viewmodel.text.Messages;

/**
 * The live lab's speed figures (issue 11, item 5), on one thread, wall clock and this thread's CPU time:
 * <ol>
 *   <li>the training engine, 2-8-8-1 tanh, Adam, batches of 1,024: examples per second <em>per model</em> =
 *       (batch × models) / time of a step (both models of a side-by-side run share the one thread);</li>
 *   <li>a snapshot of the lab (20,000 test points) and the analysis its frame builder does;</li>
 *   <li>frames per second of the lab playing at its default speed (100 steps/s, so 3 steps per frame, as
 *       {@code TrainingLoop} paces them): steps, snapshot and frame, back to back; the same for the multi-class
 *       trainer (2 and 4 models) with its frame builder ({@link MulticlassFrameBuilder}: tables, texts, marks).</li>
 * </ol>
 * Snapshots and frames are measured twice: with fresh snapshots ({@code snapshot()}: every figure for the
 * current weights) and with the live snapshots the lab takes while it plays ({@code liveSnapshot()}: the test
 * set of one model per frame, in turn); a live figure is the mean over as many consecutive calls as models.
 * The binary lab's snapshot figures are then repeated on one thread per core (the lab's setting: the network's
 * evaluation and the frame's two panels share the threads; results the same bits), where wall time is the
 * figure (median and best of 100 calls) and CPU time that of the whole process (mean over the 100 calls).
 * Each figure is the median (and best) of 7 runs after a warm-up. CPU time is less disturbed by other work on
 * a shared machine than wall time; both are printed. Run with {@code --add-modules jdk.incubator.vector}
 * (the app's JVM option), as the command below does through the test class path:
 *
 * <pre>
 * mvn -q -o test-compile exec:exec -Dexec.classpathScope=test -Dexec.executable=java \
 *     -Dexec.args="--add-modules jdk.incubator.vector -cp %classpath org.focalexplorer.bench.LabEngineBench"
 * </pre>
 * Arguments, if any, pick the groups of figures to run: {@code engine}, {@code snapshot}, {@code frames},
 * {@code multi-class}.
 */
public final class LabEngineBench {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final int RUNS = 7;

    private LabEngineBench() {}

    public static void main(String[] args) {
        LossParallelism.setThreads(1); // one thread, loss core included
        System.out.println("# kernel: " + LossKernel.current().description());
        long wait = System.nanoTime();
        new SideBySideTrainer(TrainingSettings.labDefaults()).step(1); // loads the network's loops
        while (!org.focalexplorer.toy.Mlp.simdActive() && System.nanoTime() - wait < 60_000_000_000L) {
            new SideBySideTrainer(TrainingSettings.labDefaults()).step(20); // the SIMD warm-up runs meanwhile
        }
        System.out.printf(Locale.ROOT, "# network loops in SIMD lanes: %s (after %.1f s)%n", org.focalexplorer.toy.Mlp.simdActive(),
                (System.nanoTime() - wait) / 1e9);
        System.out.println("# figure                                                  median (best), wall | CPU");
        ModelSpec small = ModelSpec.mlp(Activation.TANH, true, 8, 8);
        TrainingSettings lab = TrainingSettings.labDefaults();
        java.util.function.Predicate<String> wanted = name -> args.length == 0
                || Arrays.stream(args).anyMatch(name::contains); // e.g. "snapshot" "multi-class": only those figures
        if (wanted.test("engine")) {
            engine("engine 2-8-8-1, fixed 20000 set, batches of 1024", lab.withModel(small).withSource(DataSource.FIXED)
                    .withData(lab.data().withPoints(20_000, 20_000)).withOptimizer(OptimizerSpec.adam(0.01).withBatchSize(1024)));
            engine("engine 2-8-8-1, lab stream, batches of 1024", lab.withModel(small));
            engine("engine 2-16-16-1 (lab default), lab stream, 1024", lab);
        }
        if (wanted.test("snapshot")) {
            snapshot("snapshot + frame analysis, lab 2-8-8-1, 20000 test", lab.withModel(small));
            snapshot("snapshot + frame analysis, lab 2-16-16-1, 20000 test", lab);
        }
        if (wanted.test("frames")) {
            frames("frames/s, lab 2-16-16-1, 2 models, 3 steps/frame", lab);
        }
        if (wanted.test("multi-class")) {
            for (int models : new int[] {2, 4}) {
                MulticlassSettings m = multiclass(models);
                multiclassSnapshot("multi-class snapshot, K=4, " + models + " models, 20000 test", m);
                multiclassFrames("multi-class frames/s (steps + snapshot + frame), " + models + " models", m);
            }
        }
    }

    /** The multi-class lab's defaults at K = 4 (CE and softmax FL), or all four losses side by side. */
    static MulticlassSettings multiclass(int models) {
        MulticlassSettings d = MulticlassSettings.defaults(4);
        return models == 2 ? d : d.withLosses(Arrays.asList(MulticlassLoss.values()));
    }

    private static void engine(String name, TrainingSettings s) {
        SideBySideTrainer t = new SideBySideTrainer(s);
        int steps = calibrate(t::step, 0.3);
        double[][] r = runs(() -> t.step(steps));
        double examples = (double) steps * s.batchPoints() * 2;
        print(name, examples / r[0][RUNS / 2] / 1e6, examples / r[0][0] / 1e6,
                examples / r[1][RUNS / 2] / 1e6, examples / r[1][0] / 1e6, "M examples/s per model");
    }

    private static void snapshot(String name, TrainingSettings s) {
        SideBySideTrainer t = new SideBySideTrainer(s);
        FrameBuilder frames = new FrameBuilder(Messages.forLocale(Locale.ENGLISH));
        t.step(50);
        for (int i = 0; i < 200; i++) { // warm-up
            t.step(1);
            frames.apply(t.snapshot());
        }
        double[][] snap = new double[2][RUNS];
        double[][] all = new double[2][RUNS];
        for (int k = 0; k < RUNS; k++) {
            t.step(1); // a new step: nothing cached
            long w0 = System.nanoTime();
            long c0 = THREADS.getCurrentThreadCpuTime();
            TrainingSnapshot sn = t.snapshot();
            long w1 = System.nanoTime();
            long c1 = THREADS.getCurrentThreadCpuTime();
            frames.apply(sn);
            long w2 = System.nanoTime();
            long c2 = THREADS.getCurrentThreadCpuTime();
            snap[0][k] = (w1 - w0) / 1e6;
            snap[1][k] = (c1 - c0) / 1e6;
            all[0][k] = (w2 - w0) / 1e6;
            all[1][k] = (c2 - c0) / 1e6;
        }
        for (double[] a : snap) {
            Arrays.sort(a);
        }
        for (double[] a : all) {
            Arrays.sort(a);
        }
        print(name + " (snapshot only)", snap[0][RUNS / 2], snap[0][0], snap[1][RUNS / 2], snap[1][0], "ms");
        print(name, all[0][RUNS / 2], all[0][0], all[1][RUNS / 2], all[1][0], "ms");
        liveSnapshots(name, 2, () -> t.step(1), () -> frames.apply(t.liveSnapshot()));
        // The lab's own setting: LossParallelism's default of one thread per core (two here). The snapshot's
        // network evaluation and the frame's two panels then share the threads: wall time is what this changes.
        int cores = Runtime.getRuntime().availableProcessors();
        if (cores > 1) {
            LossParallelism.setThreads(cores);
            try {
                for (int i = 0; i < 100; i++) {
                    t.step(1);
                    frames.apply(t.liveSnapshot());
                }
                String threads = ", " + cores + " threads";
                sharedThreads(name + threads, () -> t.step(1), () -> frames.apply(t.snapshot()));
                sharedThreads(name + threads + ", live", () -> t.step(1), () -> frames.apply(t.liveSnapshot()));
            } finally {
                LossParallelism.setThreads(1);
            }
        }
    }

    /**
     * Snapshots (each after one step) on several threads: the median and best wall time of {@link #SHARED_RUNS}
     * calls, and the CPU time of the whole process (every thread, JIT and GC included) over all of them divided by
     * their number — a mean, since the process clock ticks in steps of several milliseconds.
     */
    private static void sharedThreads(String name, Runnable step, Runnable snapshotAndFrame) {
        double[] wall = new double[SHARED_RUNS];
        long cpu = 0;
        for (int k = 0; k < SHARED_RUNS; k++) {
            step.run();
            long c0 = processCpu();
            long w0 = System.nanoTime();
            snapshotAndFrame.run();
            wall[k] = (System.nanoTime() - w0) / 1e6;
            cpu += processCpu() - c0;
        }
        Arrays.sort(wall);
        double mean = cpu / 1e6 / SHARED_RUNS;
        System.out.println(String.format(Locale.ROOT, "  %-58s %8.2f (%8.2f) | %8.2f (mean, process) ms", name,
                wall[SHARED_RUNS / 2], wall[0], mean));
    }

    /** Calls per figure of {@link #sharedThreads}. */
    private static final int SHARED_RUNS = 100;

    /** CPU time of every thread of this JVM, in nanoseconds. */
    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /**
     * The lab while playing: live snapshots, whose cost varies (one model's test set per call). A run is as many
     * consecutive calls as models (each model's test set evaluated once), each after one step, and counts
     * their mean time (the steps not included).
     */
    private static void liveSnapshots(String name, int models, Runnable step, Runnable snapshotAndFrame) {
        double[][] live = new double[2][RUNS];
        for (int k = 0; k < RUNS; k++) {
            for (int j = 0; j < models; j++) {
                step.run();
                long w0 = System.nanoTime();
                long c0 = THREADS.getCurrentThreadCpuTime();
                snapshotAndFrame.run();
                live[0][k] += (System.nanoTime() - w0) / 1e6 / models;
                live[1][k] += (THREADS.getCurrentThreadCpuTime() - c0) / 1e6 / models;
            }
        }
        Arrays.sort(live[0]);
        Arrays.sort(live[1]);
        print(name + ", live (mean of " + models + ")", live[0][RUNS / 2], live[0][0], live[1][RUNS / 2], live[1][0], "ms");
    }

    private static void frames(String name, TrainingSettings s) {
        SideBySideTrainer t = new SideBySideTrainer(s);
        FrameBuilder frames = new FrameBuilder(Messages.forLocale(Locale.ENGLISH));
        framesPerSecond(name, () -> t.step(3), () -> frames.apply(t.snapshot()), () -> frames.apply(t.liveSnapshot()));
    }

    /** Frames per second of steps, snapshot and frame, with full snapshots and then with live ones. */
    private static void framesPerSecond(String name, Runnable steps, Runnable fresh, Runnable live) {
        for (Runnable snapshotAndFrame : new Runnable[] {fresh, live}) {
            IntFunction<Object> frame = n -> {
                for (int i = 0; i < n; i++) {
                    steps.run();
                    snapshotAndFrame.run();
                }
                return null;
            };
            int n = calibrate(frame, 0.5);
            double[][] r = runs(() -> frame.apply(n));
            print(name + (snapshotAndFrame == live ? ", live (as the lab plays)" : ", fresh snapshots"), n / r[0][RUNS / 2],
                    n / r[0][0], n / r[1][RUNS / 2], n / r[1][0], "frames/s");
        }
    }

    private static void multiclassSnapshot(String name, MulticlassSettings s) {
        MulticlassTrainer t = new MulticlassTrainer(s);
        MulticlassFrameBuilder frames = new MulticlassFrameBuilder(Messages.forLocale(Locale.ENGLISH));
        for (int i = 0; i < 100; i++) {
            t.step(1);
            frames.apply(t.snapshot());
        }
        double[][] snap = new double[2][RUNS];
        double[][] all = new double[2][RUNS];
        for (int k = 0; k < RUNS; k++) {
            t.step(1);
            long w0 = System.nanoTime();
            long c0 = THREADS.getCurrentThreadCpuTime();
            MulticlassSnapshot sn = t.snapshot();
            long w1 = System.nanoTime();
            long c1 = THREADS.getCurrentThreadCpuTime();
            frames.apply(sn);
            snap[0][k] = (w1 - w0) / 1e6;
            snap[1][k] = (c1 - c0) / 1e6;
            all[0][k] = (System.nanoTime() - w0) / 1e6;
            all[1][k] = (THREADS.getCurrentThreadCpuTime() - c0) / 1e6;
        }
        for (double[][] r : new double[][][] {snap, all}) {
            Arrays.sort(r[0]);
            Arrays.sort(r[1]);
        }
        print(name + " (snapshot only)", snap[0][RUNS / 2], snap[0][0], snap[1][RUNS / 2], snap[1][0], "ms");
        print(name + " + frame", all[0][RUNS / 2], all[0][0], all[1][RUNS / 2], all[1][0], "ms");
        liveSnapshots(name + " + frame", s.losses().size(), () -> t.step(1), () -> frames.apply(t.liveSnapshot()));
    }

    private static void multiclassFrames(String name, MulticlassSettings s) {
        MulticlassTrainer t = new MulticlassTrainer(s);
        MulticlassFrameBuilder frames = new MulticlassFrameBuilder(Messages.forLocale(Locale.ENGLISH));
        framesPerSecond(name, () -> t.step(3), () -> frames.apply(t.snapshot()), () -> frames.apply(t.liveSnapshot()));
    }

    /** How many units of {@code work} take about {@code seconds}, after ~2 s of warm-up. */
    private static int calibrate(IntFunction<?> work, double seconds) {
        long start = System.nanoTime();
        do {
            work.apply(5);
        } while (System.nanoTime() - start < 2_000_000_000L);
        long t0 = System.nanoTime();
        work.apply(10);
        double per = (System.nanoTime() - t0) / 1e9 / 10;
        return Math.max(5, (int) (seconds / per));
    }

    /** Wall and CPU seconds of {@link #RUNS} runs, each row sorted ascending. */
    private static double[][] runs(Runnable run) {
        double[][] r = new double[2][RUNS];
        for (int k = 0; k < RUNS; k++) {
            long w = System.nanoTime();
            long c = THREADS.getCurrentThreadCpuTime();
            run.run();
            r[0][k] = (System.nanoTime() - w) / 1e9;
            r[1][k] = (THREADS.getCurrentThreadCpuTime() - c) / 1e9;
        }
        Arrays.sort(r[0]);
        Arrays.sort(r[1]);
        return r;
    }

    private static void print(String name, double wallMedian, double wallBest, double cpuMedian, double cpuBest, String unit) {
        System.out.println(String.format(Locale.ROOT, "  %-58s %8.2f (%8.2f) | %8.2f (%8.2f) %s", name, wallMedian, wallBest,
                cpuMedian, cpuBest, unit));
    }
}
