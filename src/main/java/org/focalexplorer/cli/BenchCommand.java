package org.focalexplorer.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.focalexplorer.cli.BenchWorkloads.Workload;
import org.focalexplorer.loss.LossKernel;
import org.focalexplorer.loss.LossOutput;
import org.focalexplorer.loss.LossParallelism;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code focal-explorer bench}: wall-clock timing of the loss core, forward + backward, on
 * {@code --threads} threads (default 1).
 *
 * <p>Prints one header line starting with {@code #}, then one line per figure:
 * {@code name  N  median_ms  elements_per_s  min_ms  threads}, where N is the number of logits and
 * elements/s = N / median. Each figure runs its warm-up calls first, then the timed calls
 * ({@link System#nanoTime()} around each call); every result is consumed so the JIT cannot drop work.
 * For steadier figures use JMH: {@code FocalLossBenchmark} in the test sources.
 *
 * <p>{@code --threads} sets {@link LossParallelism#setThreads} for the run (and restores it after), so the
 * figures time exactly the parallel path callers get; the results are bit-identical for every count.
 */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = {
            "Time the loss core (forward + backward, double precision, on --threads threads); print one line per figure.",
            "Columns: name, N (logits), median ms, elements/s (N / median), min ms, threads; the first line, starting with #, names them.",
            "Workloads: binary focal loss (torchvision, gamma 2, alpha 0.25, mean) at N = 1e5, 1e6, 1e7, and the "
                    + "seed's softmax focal loss (gamma 2, alpha vector) on [32, 4, 100, 200].",
        })
public final class BenchCommand implements Callable<Integer> {

    /** Binary sizes of the full run. */
    static final int[] FULL_SIZES = {100_000, 1_000_000, 10_000_000};
    /** Sizes and shape of {@code --quick}: small enough for a unit test. */
    static final int[] QUICK_SIZES = {1_000, 10_000};
    static final int[] QUICK_SOFTMAX_SHAPE = {2, 4, 10, 20};

    /** Far above any machine this runs on; past 32767 the JDK's ForkJoinPool refuses the count (it ended in a stack trace). */
    static final int MAX_THREADS = 1024;

    /** From this N on the defaults use fewer calls: one call takes about a tenth of a second. */
    private static final long LARGE = 5_000_000;

    @Spec
    CommandSpec spec;

    @Option(names = "--repeats", paramLabel = "<n>",
            description = "Timed calls per figure (default: 15, or 5 for N >= 5e6; 3 with --quick).")
    Integer repeats;

    @Option(names = "--warmup", paramLabel = "<n>",
            description = "Untimed calls before the timed ones, per figure (default: 10, or 3 for N >= 5e6; 1 with --quick).")
    Integer warmup;

    @Option(names = "--threads", paramLabel = "<n>",
            description = "Threads the loss core may use, the calling one included, 1 to 1024 (default: 1). Large inputs are "
                    + "split into fixed chunks, so results are the same for every count.")
    int threads = 1;

    @Option(names = "--kernel", paramLabel = "<scalar|vector>",
            description = "Loss kernel to time (default: vector when the JVM has jdk.incubator.vector, else scalar); "
                    + "the line after the header names the one that ran.")
    String kernel;

    @Option(names = "--quick", description = "Small inputs and few calls, for a smoke test; the figures mean little.")
    boolean quick;

    /** Keeps every result alive in a way the JIT cannot prove unused. */
    private static volatile double sink;

    @Override
    public Integer call() {
        if (repeats != null && repeats < 1) {
            throw new ParameterException(spec.commandLine(), "--repeats must be at least 1, got " + repeats);
        }
        if (warmup != null && warmup < 0) {
            throw new ParameterException(spec.commandLine(), "--warmup must be at least 0, got " + warmup);
        }
        if (threads < 1 || threads > MAX_THREADS) {
            throw new ParameterException(spec.commandLine(), "--threads must be in [1, " + MAX_THREADS + "], got " + threads);
        }
        LossKernel chosen = chosenKernel();
        PrintWriter out = spec.commandLine().getOut();
        out.println(String.format(Locale.ROOT, "# %-16s %10s %12s %14s %12s %8s", "name", "N", "median_ms", "elements_per_s", "min_ms", "threads"));
        out.println("# kernel: " + chosen.description() + ", " + Runtime.version());
        out.flush();
        return chosen.call(() -> timeAll(out));
    }

    private LossKernel chosenKernel() {
        if (kernel == null) {
            return LossKernel.current();
        }
        LossKernel k = switch (kernel) {
            case "scalar" -> LossKernel.SCALAR;
            case "vector" -> LossKernel.VECTOR;
            default -> throw new ParameterException(spec.commandLine(), "--kernel must be scalar or vector, got " + kernel);
        };
        if (!k.available()) {
            throw new ParameterException(spec.commandLine(), "--kernel vector needs the JVM option --add-modules jdk.incubator.vector");
        }
        return k;
    }

    private int timeAll(PrintWriter out) {
        int previousThreads = LossParallelism.threads();
        LossParallelism.setThreads(threads);
        try {
            for (Supplier<Workload> figure : figures()) {
                Workload w = figure.get(); // inputs of the previous figure are garbage by now
                System.gc();
                Result r = time(w, warmupFor(w), repeatsFor(w));
                out.println(r.line() + String.format(Locale.ROOT, " %8d", threads));
                out.flush();
            }
        } finally {
            LossParallelism.setThreads(previousThreads);
        }
        return 0;
    }

    private List<Supplier<Workload>> figures() {
        List<Supplier<Workload>> figures = new ArrayList<>();
        for (int n : quick ? QUICK_SIZES : FULL_SIZES) {
            figures.add(() -> BenchWorkloads.binaryFocal(n));
        }
        int[] shape = quick ? QUICK_SOFTMAX_SHAPE : BenchWorkloads.SOFTMAX_SHAPE;
        figures.add(() -> BenchWorkloads.softmaxFocal(shape));
        return figures;
    }

    private int repeatsFor(Workload w) {
        if (repeats != null) {
            return repeats;
        }
        return quick ? 3 : w.elements() >= LARGE ? 5 : 15;
    }

    private int warmupFor(Workload w) {
        if (warmup != null) {
            return warmup;
        }
        return quick ? 1 : w.elements() >= LARGE ? 3 : 10;
    }

    /** The timings of one figure. */
    record Result(String name, long elements, double medianMs, double minMs) {
        double elementsPerSecond() {
            return elements / (medianMs * 1e-3);
        }

        String line() {
            return String.format(Locale.ROOT, "  %-16s %10d %12.3f %14.4e %12.3f", name, elements, medianMs, elementsPerSecond(), minMs);
        }
    }

    static Result time(Workload w, int warmupCalls, int timedCalls) {
        double acc = 0.0;
        for (int i = 0; i < warmupCalls; i++) {
            acc += BenchWorkloads.consume(w.run(), i);
        }
        long[] ns = new long[timedCalls];
        for (int i = 0; i < timedCalls; i++) {
            long start = System.nanoTime();
            LossOutput result = w.run();
            ns[i] = System.nanoTime() - start;
            acc += BenchWorkloads.consume(result, i);
        }
        sink = acc;
        Arrays.sort(ns);
        int mid = timedCalls / 2;
        double medianNs = timedCalls % 2 == 1 ? ns[mid] : 0.5 * (ns[mid - 1] + ns[mid]);
        return new Result(w.name(), w.elements(), medianNs * 1e-6, ns[0] * 1e-6);
    }
}
