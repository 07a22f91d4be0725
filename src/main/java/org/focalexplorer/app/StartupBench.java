package org.focalexplorer.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Start-up benchmark (not a test): time from starting a process to its first frame, for the explorer and
 * for a minimal one-Label window launched the same way, alternating, in the same run; prints each run, the
 * medians and their ratio, of the wall time and of the process's CPU time until then (all threads; on a busy
 * machine the wall time is mostly waiting for a core). Needs a display (e.g. {@code xvfb-run}).
 *
 * <pre>
 * java -cp target/focal-explorer.jar org.focalexplorer.app.StartupBench [--runs N] [-- command…]
 * </pre>
 *
 * The command defaults to the app image's launcher, {@code target/jpackage/FocalExplorer/bin/FocalExplorer};
 * any other command that starts {@link Main} without arguments works too (e.g. {@code java -jar …}).
 * The window is chosen with {@link FirstFrameProbe#ENV}, which also makes it exit at its first frame.
 */
public final class StartupBench {
    private static final long TIMEOUT_S = 120;

    private StartupBench() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        int runs = 5;
        List<String> command = List.of(Path.of("target", "jpackage", "FocalExplorer", "bin", "FocalExplorer").toString());
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--runs") && i + 1 < args.length) {
                runs = Integer.parseInt(args[++i]);
            } else if (args[i].equals("--")) {
                command = Arrays.asList(args).subList(i + 1, args.length);
                break;
            } else {
                System.err.println("startup-bench: unknown argument " + args[i] + " (usage: [--runs N] [-- command...])");
                System.exit(2);
            }
        }
        System.out.println("# command: " + String.join(" ", command));
        System.out.println("# run  window    first_frame_ms  cpu_ms");
        double[] app = new double[runs];
        double[] minimal = new double[runs];
        double[] appCpu = new double[runs];
        double[] minimalCpu = new double[runs];
        firstFrameMs(command, "minimal"); // untimed: fills the OS file cache and JavaFX's native-library cache
        for (int r = 0; r < runs; r++) {
            double[] t = firstFrameMs(command, "minimal");
            minimal[r] = t[0];
            minimalCpu[r] = t[1];
            System.out.printf(Locale.ROOT, "  %3d  minimal  %10.0f  %10.0f%n", r + 1, t[0], t[1]);
            t = firstFrameMs(command, "app");
            app[r] = t[0];
            appCpu[r] = t[1];
            System.out.printf(Locale.ROOT, "  %3d  app      %10.0f  %10.0f%n", r + 1, t[0], t[1]);
        }
        double a = median(app);
        double m = median(minimal);
        System.out.printf(Locale.ROOT, "median first frame: app %.0f ms, minimal %.0f ms, ratio %.2f%n", a, m, a / m);
        double ac = median(appCpu);
        double mc = median(minimalCpu);
        System.out.printf(Locale.ROOT, "median CPU time to first frame: app %.0f ms, minimal %.0f ms, ratio %.2f%n",
                ac, mc, ac / mc);
    }

    /**
     * Milliseconds from starting {@code command} until it prints {@link FirstFrameProbe#MARKER}, and the CPU
     * milliseconds it reported ({@link FirstFrameProbe#CPU_PREFIX}; NaN if it did not).
     */
    static double[] firstFrameMs(List<String> command, String window) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true);
        pb.environment().put(FirstFrameProbe.ENV, window);
        long start = System.nanoTime();
        Process p = pb.start();
        long end = -1;
        double cpu = Double.NaN;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                if (line.startsWith(FirstFrameProbe.CPU_PREFIX)) {
                    cpu = Double.parseDouble(line.substring(FirstFrameProbe.CPU_PREFIX.length()).trim());
                } else if (line.equals(FirstFrameProbe.MARKER)) {
                    end = System.nanoTime();
                    break;
                }
            }
        }
        if (!p.waitFor(TIMEOUT_S, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        if (end < 0) {
            throw new IOException(window + " window: no first frame (exit code " + p.exitValue() + ")");
        }
        return new double[] {(end - start) * 1e-6, cpu};
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : 0.5 * (s[n / 2 - 1] + s[n / 2]);
    }
}
