package org.focalexplorer.bench;

import java.nio.file.Path;
import java.util.Locale;
import org.focalexplorer.analysis.predictions.Monitor;
import org.focalexplorer.analysis.predictions.PredictionAnalysis;
import org.focalexplorer.analysis.predictions.PredictionReport;
import org.focalexplorer.analysis.predictions.PredictionSet;
import org.focalexplorer.io.predictions.PredictionJson;
import org.focalexplorer.io.predictions.PredictionReader;
import org.focalexplorer.io.predictions.ReadOptions;
import org.focalexplorer.loss.FocalSetting;

/** Where {@code analyse FILE} spends its time, phase by phase, in one JVM (args: the file, repetitions). */
public final class AnalysePhases {
    /** CPU time of the whole process (all threads, JIT and GC included), in ns. */
    static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int reps = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        for (int r = 0; r < reps; r++) {
            long c0 = cpu();
            long t0 = System.nanoTime();
            PredictionSet set = PredictionReader.read(file, ReadOptions.defaults(), Monitor.NONE);
            long t1 = System.nanoTime();
            long c1 = cpu();
            PredictionAnalysis a = PredictionAnalysis.of(set, Monitor.NONE);
            long t2 = System.nanoTime();
            long c2 = cpu();
            PredictionReport rep = a.analyse(FocalSetting.focal(0.25, 2));
            long t3 = System.nanoTime();
            long c3 = cpu();
            String json = PredictionJson.write(file.getFileName().toString(), rep);
            long t4 = System.nanoTime();
            long c4 = cpu();
            System.out.printf(Locale.ROOT, "wall: read %.2f s, analysis build %.2f s, analyse %.3f s, JSON %.3f s; "
                    + "process CPU: %.2f s, %.2f s, %.3f s, %.3f s (%d rows, %d chars)%n",
                    (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9, (t4 - t3) / 1e9,
                    (c1 - c0) / 1e9, (c2 - c1) / 1e9, (c3 - c2) / 1e9, (c4 - c3) / 1e9, set.rows(), json.length());
        }
    }
}
