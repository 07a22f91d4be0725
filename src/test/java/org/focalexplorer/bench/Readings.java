package org.focalexplorer.bench;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.management.ObjectName;

/**
 * The soak's live-set readings after two pulses, and (given a folder) a heap dump of the live objects plus a
 * class histogram at minute 3 and at readings more than 10 % above the running median of minutes 2 on: what
 * an out-of-band reading holds, against a normal one.
 */
final class Readings {
    private static final int MAX_DUMPS = 4;
    private final Path folder;
    private final List<Long> fromMinute2 = new ArrayList<>();
    private int outOfBand;

    Readings(Path folder) {
        this.folder = folder;
    }

    void add(int minute, long bytes) throws Exception {
        if (minute < 2) {
            return;
        }
        boolean high = !fromMinute2.isEmpty() && bytes > 1.1 * median(fromMinute2);
        if (high) {
            System.out.printf(Locale.ROOT, "        out of band: %.1f MB, %+.0f %% on the median of minutes 2 to %d%n",
                    bytes / 1e6, 100 * (bytes / median(fromMinute2) - 1), minute - 1);
        }
        fromMinute2.add(bytes);
        if (folder != null && (minute == 3 || high && outOfBand++ < MAX_DUMPS)) {
            dump(minute);
        }
    }

    static double median(List<Long> values) {
        List<Long> s = new ArrayList<>(values);
        s.sort(null);
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2.0;
    }

    /** A heap dump of the live objects (after a full collection) to {@code hprof}, replacing one there. */
    static void dumpHeap(Path hprof) throws java.io.IOException {
        Files.deleteIfExists(hprof);
        ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class).dumpHeap(hprof.toString(), true);
    }

    private void dump(int minute) throws Exception {
        Path hprof = folder.resolve("soak-" + minute + ".hprof");
        dumpHeap(hprof);
        String histogram = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                new Object[] {new String[0]}, new String[] {String[].class.getName()});
        Files.writeString(folder.resolve("soak-" + minute + ".histo.txt"), histogram);
        System.out.printf(Locale.ROOT, "        wrote %s and its class histogram%n", hprof);
    }
}
