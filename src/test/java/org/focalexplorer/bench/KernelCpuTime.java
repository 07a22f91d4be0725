package org.focalexplorer.bench;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;
import org.focalexplorer.cli.BenchWorkloads;
import org.focalexplorer.cli.BenchWorkloads.Workload;
import org.focalexplorer.loss.LossKernel;
import org.focalexplorer.loss.LossOutput;
import org.focalexplorer.loss.LossParallelism;

/**
 * The binary workload of {@code bench} on one thread, timed by the thread's CPU time as well as the wall
 * clock: on a shared machine the wall clock also counts the time other processes hold the core, the thread's
 * CPU time does not (it still counts a core shared with a busy sibling). Also prints the bytes the thread
 * allocates per call. Not a test; run by hand:
 * {@code java --add-modules jdk.incubator.vector -cp target/focal-explorer.jar:target/test-classes
 * org.focalexplorer.bench.KernelCpuTime 10000000 9 vector}.
 */
public final class KernelCpuTime {
    private KernelCpuTime() {}

    public static void main(String[] args) {
        int n = Integer.parseInt(args[0]);
        int calls = Integer.parseInt(args[1]);
        LossKernel kernel = args.length > 2 && args[2].equals("scalar") ? LossKernel.SCALAR : LossKernel.VECTOR;
        LossParallelism.setThreads(1);
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        Workload w = BenchWorkloads.binaryFocal(n);
        double sink = kernel.call(() -> {
            double acc = 0;
            for (int i = 0; i < 5; i++) {
                acc += BenchWorkloads.consume(w.run(), i);
            }
            long[] wall = new long[calls];
            long[] cpu = new long[calls];
            long bytes0 = mx.getCurrentThreadAllocatedBytes();
            for (int i = 0; i < calls; i++) {
                long c0 = mx.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                LossOutput out = w.run();
                wall[i] = System.nanoTime() - t0;
                cpu[i] = mx.getCurrentThreadCpuTime() - c0;
                acc += BenchWorkloads.consume(out, i);
            }
            double kbPerCall = (mx.getCurrentThreadAllocatedBytes() - bytes0) / 1024.0 / calls;
            Arrays.sort(wall);
            Arrays.sort(cpu);
            System.out.printf(Locale.ROOT, "%s N=%d: wall median %.1f ms (min %.1f); thread CPU median %.1f ms (min %.1f)"
                    + " = %.2f ns/element, %.3e elements/s; %.0f KB allocated per call%n",
                    kernel, n, wall[calls / 2] * 1e-6, wall[0] * 1e-6, cpu[calls / 2] * 1e-6, cpu[0] * 1e-6,
                    (double) cpu[calls / 2] / n, n / (cpu[calls / 2] * 1e-9), kbPerCall);
            return acc;
        });
        System.out.println("(checksum " + sink + ")");
    }
}
