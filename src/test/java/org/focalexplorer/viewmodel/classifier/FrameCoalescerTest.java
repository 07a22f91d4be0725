package org.focalexplorer.viewmodel.classifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.Test;

class FrameCoalescerTest {

    @Test
    void at_most_one_hand_over_is_in_flight_and_it_carries_the_latest_value() throws Exception {
        // Two UI-side queues, drained by this thread as the FX thread would: the hand-over itself and the
        // "it has been drawn" notification. A value is in flight in exactly one of them at a time.
        ConcurrentLinkedQueue<Runnable> ui = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Runnable> drawn = new ConcurrentLinkedQueue<>();
        List<Integer> seen = new ArrayList<>();
        FrameCoalescer<Integer> c = new FrameCoalescer<>(ui::add, drawn::add, seen::add);
        Thread producer = new Thread(() -> {
            for (int i = 1; i <= 10_000; i++) {
                c.offer(i);
            }
        });
        producer.start();
        int runs = 0;
        while (producer.isAlive() || !ui.isEmpty() || !drawn.isEmpty()) {
            assertThat(ui.size() + drawn.size()).isLessThanOrEqualTo(1);
            Runnable r = ui.poll();
            if (r == null) {
                r = drawn.poll();
            }
            if (r != null) {
                r.run();
                runs++;
            }
        }
        producer.join();
        assertThat(seen).isNotEmpty().isSorted();
        assertThat(seen.get(seen.size() - 1)).isEqualTo(10_000);
        assertThat(seen.size()).as("one value per UI turn at most").isLessThanOrEqualTo(runs);
        assertThat(c.isQueued()).isFalse();
    }

    @Test
    void the_next_value_waits_until_the_last_one_has_been_drawn() {
        ConcurrentLinkedQueue<Runnable> ui = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Runnable> drawn = new ConcurrentLinkedQueue<>();
        List<Integer> seen = new ArrayList<>();
        FrameCoalescer<Integer> c = new FrameCoalescer<>(ui::add, drawn::add, seen::add);
        c.offer(1);
        ui.poll().run();
        assertThat(seen).containsExactly(1);
        c.offer(2);
        c.offer(3);
        assertThat(ui).as("1 is not drawn yet: nothing new is handed over").isEmpty();
        assertThat(c.isQueued()).isTrue();
        drawn.poll().run(); // 1 is on the screen: the newest value goes next, at once
        assertThat(seen).containsExactly(1, 3);
        drawn.poll().run();
        assertThat(c.isQueued()).isFalse();
        assertThat(drawn).isEmpty();
    }
}
