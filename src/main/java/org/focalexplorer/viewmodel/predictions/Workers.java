package org.focalexplorer.viewmodel.predictions;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** The predictions tab's threads in the app: one for loading files, one for recomputing; daemons, started on first use. */
public final class Workers {
    private Workers() {}

    /** One daemon thread named {@code name}, below the UI thread's priority. */
    public static ExecutorService daemon(String name) {
        return Executors.newSingleThreadExecutor(task -> {
            Thread t = new Thread(task, name);
            t.setDaemon(true);
            t.setPriority(Thread.NORM_PRIORITY - 1);
            return t;
        });
    }
}
