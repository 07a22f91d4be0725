package org.focalexplorer.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import org.focalexplorer.analysis.predictions.Monitor;
import org.focalexplorer.analysis.predictions.PredictionAnalysis;
import org.focalexplorer.analysis.predictions.PredictionSet;
import org.focalexplorer.io.predictions.PredictionReader;
import org.focalexplorer.io.predictions.ReadOptions;
import org.focalexplorer.loss.FocalSetting;

/**
 * Speed of the predictions path (README, "Performance"): writes a 10-million-row binary CSV (logit,label)
 * and the same data as .npy under /tmp (never in the project), then prints
 * <ol>
 *   <li>{@code analyse FILE.csv --json} end to end as a process (JVM start included) against
 *       {@code pandas.read_csv(FILE.csv)} (C engine) loading the same file, timed inside Python, alternately;</li>
 *   <li>.npy loading in GB/s from the page cache;</li>
 *   <li>retained memory after loading and analysing N rows;</li>
 *   <li>the recomputation time of {@code analyse(α, γ)} at 10 M rows over a γ drag (median, p95).</li>
 * </ol>
 * Run: {@code mvn -q -DskipTests package && mvn -q test-compile exec:exec -Dexec.classpathScope=test
 * -Dexec.executable=java -Dexec.args="-cp %classpath org.focalexplorer.bench.PredictionsBench"}
 */
public final class PredictionsBench {
    static final Path DIR = Path.of(System.getProperty("bench.dir", "/tmp"));
    static final int N = Integer.getInteger("bench.rows", 10_000_000);

    public static void main(String[] args) throws Exception {
        Path csv = DIR.resolve("fx-preds-" + N + ".csv");
        Path npy = DIR.resolve("fx-preds-" + N + "-logits.npy");
        Path npyLabels = DIR.resolve("fx-preds-" + N + "-labels.npy");
        write(csv, npy, npyLabels);
        System.out.printf(Locale.ROOT, "CSV %s: %.1f MB; npy %.1f MB + labels %.1f MB%n", csv, Files.size(csv) / 1e6,
                Files.size(npy) / 1e6, Files.size(npyLabels) / 1e6);
        if (args.length > 0 && args[0].equals("npy")) { // the .npy figure alone
            npySpeed(npy, npyLabels);
            return;
        }
        endToEnd(csv);
        npySpeed(npy, npyLabels);
        memory(npy, npyLabels);
        recompute(npy, npyLabels);
    }

    /** float32 logits of a detector-like model: 1 % positives, most negatives easy. */
    static void write(Path csv, Path npy, Path labels) throws IOException {
        if (Files.exists(csv) && Files.exists(npy) && Files.exists(labels)) {
            return;
        }
        SplittableRandom r = new SplittableRandom(42);
        float[] x = new float[N];
        byte[] y = new byte[N];
        for (int i = 0; i < N; i++) {
            boolean pos = r.nextInt(100) == 0;
            y[i] = (byte) (pos ? 1 : 0);
            double g = Math.sqrt(-2 * Math.log(Math.max(r.nextDouble(), 1e-300))) * Math.cos(2 * Math.PI * r.nextDouble());
            x[i] = (float) ((pos ? 1.0 : -5.0) + 2.0 * g);
        }
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.US_ASCII)) {
            w.write("logit,label\n");
            for (int i = 0; i < N; i++) {
                w.write(Double.toString(x[i])); // a float32 logit printed as float64, as pandas writes it
                w.write(y[i] == 1 ? ",1\n" : ",0\n");
            }
        }
        writeNpy(npy, "<f4", 4, b -> {
            for (float v : x) {
                b.accept(v);
            }
        });
        writeNpy(labels, "<i8", 8, b -> {
            for (byte v : y) {
                b.accept(v);
            }
        });
    }

    interface Values {
        void each(java.util.function.DoubleConsumer out);
    }

    static void writeNpy(Path file, String descr, int size, Values values) throws IOException {
        String dict = "{'descr': '" + descr + "', 'fortran_order': False, 'shape': (" + N + ",), }";
        int total = 10 + dict.length() + 1;
        int pad = (64 - total % 64) % 64;
        String header = dict + " ".repeat(pad) + "\n";
        ByteBuffer b = ByteBuffer.allocate(10 + header.length() + N * size).order(ByteOrder.LITTLE_ENDIAN);
        b.put(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0});
        b.putShort((short) header.length());
        b.put(header.getBytes(StandardCharsets.ISO_8859_1));
        values.each(v -> {
            if (size == 4) {
                b.putFloat((float) v);
            } else {
                b.putLong((long) v);
            }
        });
        b.flip();
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            while (b.hasRemaining()) {
                ch.write(b);
            }
        }
    }

    static void endToEnd(Path csv) throws Exception {
        Path jar = Path.of("target/focal-explorer.jar");
        if (!Files.exists(jar)) {
            System.out.println("end to end: build the jar first (mvn -DskipTests package)");
            return;
        }
        String py = "import time, pandas\nt = time.perf_counter()\ndf = pandas.read_csv('" + csv + "', engine='c')\n"
                + "print(time.perf_counter() - t, len(df))\n";
        double[] java = new double[3];
        double[] pandas = new double[3];
        for (int k = 0; k < 3; k++) {
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder("java", "-jar", jar.toString(), "analyse", csv.toString(), "--json")
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            if (p.waitFor() != 0) {
                throw new IllegalStateException("analyse failed");
            }
            java[k] = (System.nanoTime() - t0) / 1e9;
            Process q = new ProcessBuilder("/usr/bin/python3", "-c", py).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            String out = new String(q.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
            if (q.waitFor() != 0) {
                throw new IllegalStateException("pandas failed");
            }
            pandas[k] = Double.parseDouble(out.split(" ")[0]);
            System.out.printf(Locale.ROOT, "run %d: analyse (process, end to end) %.2f s; pandas.read_csv (load only) %.2f s%n",
                    k + 1, java[k], pandas[k]);
        }
        System.out.printf(Locale.ROOT, "median: analyse %.2f s, pandas.read_csv %.2f s%n", median(java), median(pandas));
    }

    static void npySpeed(Path npy, Path labels) throws IOException {
        ReadOptions o = ReadOptions.defaults().withLabels(labels);
        long bytes = Files.size(npy) + Files.size(labels);
        // The first loads run partly interpreted (the JIT has not compiled the reader yet): shown, not counted.
        StringBuilder first = new StringBuilder();
        for (int k = 0; k < 3; k++) {
            long t0 = System.nanoTime();
            PredictionReader.read(npy, o, Monitor.NONE);
            first.append(String.format(Locale.ROOT, " %.3f", (System.nanoTime() - t0) / 1e9));
        }
        System.out.println(".npy first three loads (s, JIT warming up):" + first);
        double[] t = new double[7];
        for (int k = 0; k < t.length; k++) {
            long t0 = System.nanoTime();
            PredictionSet s = PredictionReader.read(npy, o, Monitor.NONE);
            t[k] = (System.nanoTime() - t0) / 1e9;
            if (s.rows() != N) {
                throw new IllegalStateException();
            }
        }
        double best = Arrays.stream(t).min().orElseThrow();
        System.out.printf(Locale.ROOT, ".npy load (f4 logits + i8 labels, %.0f MB): median %.3f s = %.2f GB/s, best %.3f s = %.2f GB/s%n",
                bytes / 1e6, median(t), bytes / median(t) / 1e9, best, bytes / best / 1e9);
    }

    static void memory(Path npy, Path labels) throws IOException {
        for (int n : new int[] {1_000_000, 2_500_000, 5_000_000, N}) {
            Path a = DIR.resolve("fx-mem-" + n + "-logits.npy");
            Path b = DIR.resolve("fx-mem-" + n + "-labels.npy");
            copyPrefix(npy, a, n, 4);
            copyPrefix(labels, b, n, 8);
            long before = used();
            PredictionSet s = PredictionReader.read(a, ReadOptions.defaults().withLabels(b), Monitor.NONE);
            long afterLoad = used();
            PredictionAnalysis an = PredictionAnalysis.of(s, Monitor.NONE);
            long afterAnalysis = used();
            System.out.printf(Locale.ROOT, "memory N = %,d: set %.1f MB (%.1f B/row), + analysis %.1f MB (%.1f B/row); %d bins%n", n,
                    (afterLoad - before) / 1e6, (afterLoad - before) / (double) n, (afterAnalysis - afterLoad) / 1e6,
                    (afterAnalysis - afterLoad) / (double) n, an.bins());
            if (an.set() != s) {
                throw new IllegalStateException();
            }
            Files.delete(a);
            Files.delete(b);
        }
    }

    /** A .npy of the first n rows (the header's shape rewritten). */
    static void copyPrefix(Path from, Path to, int n, int size) throws IOException {
        byte[] all = Files.readAllBytes(from);
        int headerLen = (all[8] & 0xFF) | ((all[9] & 0xFF) << 8);
        String header = new String(all, 10, headerLen, StandardCharsets.ISO_8859_1);
        String dict = header.strip().replace("(" + N + ",)", "(" + n + ",)");
        int total = 10 + dict.length() + 1;
        String h = dict + " ".repeat((64 - total % 64) % 64) + "\n";
        ByteBuffer b = ByteBuffer.allocate(10 + h.length() + n * size).order(ByteOrder.LITTLE_ENDIAN);
        b.put(all, 0, 8).putShort((short) h.length()).put(h.getBytes(StandardCharsets.ISO_8859_1));
        b.put(all, 10 + headerLen, n * size);
        Files.write(to, b.array());
    }

    static long used() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    static void recompute(Path npy, Path labels) throws IOException {
        PredictionSet s = PredictionReader.read(npy, ReadOptions.defaults().withLabels(labels), Monitor.NONE);
        long t0 = System.nanoTime();
        PredictionAnalysis a = PredictionAnalysis.of(s, Monitor.NONE);
        System.out.printf(Locale.ROOT, "analysis built once (sort + bins) at N = %,d: %.2f s, %d bins%n", s.rows(),
                (System.nanoTime() - t0) / 1e9, a.bins());
        for (int i = 0; i < 200; i++) { // warm-up
            a.analyse(FocalSetting.focal(0.25, 0.013 * i + 0.001));
        }
        int drags = 400;
        double[] ms = new double[drags];
        for (int i = 0; i < drags; i++) {
            double gamma = 5.0 * i / drags + 0.0031; // every value new: no cache hits
            FocalSetting f = FocalSetting.focal(i % 2 == 0 ? 0.25 : 0.3, gamma);
            long t = System.nanoTime();
            a.analyse(f);
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf(Locale.ROOT, "recompute analyse(α, γ) at N = %,d over %d γ values: median %.2f ms, p95 %.2f ms, max %.2f ms%n",
                s.rows(), drags, ms[drags / 2], ms[(int) Math.ceil(0.95 * drags) - 1], ms[drags - 1]);
    }

    static double median(double[] v) {
        double[] c = v.clone();
        Arrays.sort(c);
        return c[c.length / 2];
    }

}
