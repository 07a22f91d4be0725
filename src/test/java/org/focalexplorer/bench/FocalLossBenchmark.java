package org.focalexplorer.bench;

import java.util.concurrent.TimeUnit;
import org.focalexplorer.cli.BenchWorkloads;
import org.focalexplorer.cli.BenchWorkloads.Workload;
import org.focalexplorer.loss.LossOutput;
import org.focalexplorer.loss.LossParallelism;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH version of {@code focal-explorer bench}: the same workloads ({@link BenchWorkloads}), forward +
 * backward per call, reported as ms per call. elements/s = N / (score · 1e-3); the softmax workload has
 * N = 32·4·100·200 = 2 560 000 logits. {@code threads} is {@link LossParallelism#setThreads} (one JMH
 * thread calls the loss; with 2 the loss core splits each call over two threads, as {@code bench --threads 2}).
 * {@code -p threads=1} restricts a run to the one-thread figures.
 *
 * <p>Run (from the project root; surefire never runs this package):
 * <pre>
 * mvn -q test-compile exec:exec -Dexec.classpathScope=test -Dexec.executable=java \
 *     -Dexec.args="-cp %classpath org.openjdk.jmh.Main FocalLossBenchmark -f 1 -wi 3 -i 5"
 * </pre>
 * {@code exec:exec} starts a fresh JVM with the test class path, so JMH's own forks work as usual.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FocalLossBenchmark {

    @State(Scope.Benchmark)
    public static class BinaryInput {
        @Param({"100000", "1000000", "10000000"})
        public int n;

        @Param({"1", "2"})
        public int threads;

        Workload workload;

        @Setup(Level.Trial)
        public void setUp() {
            LossParallelism.setThreads(threads);
            workload = BenchWorkloads.binaryFocal(n);
        }
    }

    @State(Scope.Benchmark)
    public static class SoftmaxInput {
        @Param({"1", "2"})
        public int threads;

        Workload workload;

        @Setup(Level.Trial)
        public void setUp() {
            LossParallelism.setThreads(threads);
            workload = BenchWorkloads.softmaxFocal(BenchWorkloads.SOFTMAX_SHAPE);
        }
    }

    /** torchvision binary FL, γ = 2, α = 0.25, mean: loss and gradient of N logits. */
    @Benchmark
    public LossOutput binaryFocal(BinaryInput in) {
        return in.workload.run();
    }

    /** The seed's softmax FL with an α vector on [32, 4, 100, 200]. */
    @Benchmark
    public LossOutput softmaxFocalAlpha(SoftmaxInput in) {
        return in.workload.run();
    }
}
