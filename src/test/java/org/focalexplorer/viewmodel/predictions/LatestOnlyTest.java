package org.focalexplorer.viewmodel.predictions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

class LatestOnlyTest {
    /**
     * A file that finishes loading after its window closed asks for a recomputation on shut-down workers:
     * that request is dropped, not thrown on the FX thread (it was, as a RejectedExecutionException).
     */
    @Test
    void a_request_after_the_workers_were_shut_down_is_dropped() {
        ExecutorService worker = Executors.newSingleThreadExecutor();
        worker.shutdownNow();
        List<Integer> shown = new ArrayList<>();
        LatestOnly<Integer, Integer> latest = new LatestOnly<>(worker, Runnable::run, q -> q * 2, shown::add);
        assertThatCode(() -> latest.offer(1)).doesNotThrowAnyException();
        assertThatCode(() -> latest.offer(2)).doesNotThrowAnyException();
        assertThat(shown).isEmpty();
    }

    @Test
    void on_running_workers_the_latest_request_is_computed_and_shown() {
        List<Integer> shown = new ArrayList<>();
        LatestOnly<Integer, Integer> latest = new LatestOnly<>(Runnable::run, Runnable::run, q -> q * 2, shown::add);
        latest.offer(3);
        assertThat(shown).containsExactly(6);
    }
}
