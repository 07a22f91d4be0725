package org.focalexplorer.analysis.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.focalexplorer.loss.FocalSetting;
import org.focalexplorer.toy.DatasetKind;
import org.focalexplorer.toy.DatasetSpec;
import org.focalexplorer.toy.ModelRole;
import org.focalexplorer.toy.OptimizerSpec;
import org.focalexplorer.toy.SideBySideTrainer;
import org.focalexplorer.toy.TrainingSettings;
import org.junit.jupiter.api.Test;

/**
 * The sweep trains two cells per side-by-side run and steps in chunks; each cell's AP must still be what a
 * direct run of the trainer gives for that loss alone (reference CE, one call of {@code step(steps)}).
 */
class AlphaGammaSweepTest {
    /** Small, so that the test is quick: fresh batches of 64, 200 + 400 points, 1:20. */
    static TrainingSettings small() {
        return TrainingSettings.labDefaults()
                .withData(new DatasetSpec(DatasetKind.ANCHORS, 0.05, 200, 400, 0.5, 0.0, 7L))
                .withOptimizer(OptimizerSpec.adam(0.01).withBatchSize(64));
    }

    private static final List<SweepCell> CELLS = List.of(new SweepCell(0.0, 0.75), new SweepCell(2.0, 0.25),
            new SweepCell(5.0, 0.25));
    private static final int STEPS = 120;

    private static double direct(TrainingSettings seedSettings, SweepCell c, int steps) {
        SideBySideTrainer t = new SideBySideTrainer(seedSettings.withReference(FocalSetting.crossEntropy())
                .withFocal(c.loss()));
        t.step(steps);
        return t.snapshot().model(ModelRole.FOCAL).testMetrics().averagePrecision();
    }

    @Test
    void every_cells_ap_is_that_of_a_direct_run_of_the_trainer() {
        AlphaGammaSweep.Plan plan = new AlphaGammaSweep.Plan(small(), CELLS, 2, STEPS);
        AlphaGammaSweep.Outcome o = AlphaGammaSweep.run(plan, () -> false, (d, t, s) -> { });
        assertThat(o.complete()).isTrue();
        for (int c = 0; c < CELLS.size(); c++) {
            for (int seed = 0; seed < 2; seed++) {
                double expected = direct(plan.seed(seed), CELLS.get(c), STEPS);
                assertThat(o.results().get(c).ap()[seed]).as("cell %d seed %d", c, seed).isEqualTo(expected);
            }
        }
        // the seeds differ (data, weights and batches follow the seed)
        assertThat(o.results().get(1).ap()[0]).isNotEqualTo(o.results().get(1).ap()[1]);
    }

    @Test
    void the_same_plan_gives_the_same_numbers() {
        AlphaGammaSweep.Plan plan = new AlphaGammaSweep.Plan(small(), CELLS, 1, 60);
        double[] first = AlphaGammaSweep.run(plan, () -> false, (d, t, s) -> { }).results().get(2).ap();
        double[] again = AlphaGammaSweep.run(plan, () -> false, (d, t, s) -> { }).results().get(2).ap();
        assertThat(again).containsExactly(first);
    }

    @Test
    void progress_counts_every_step_of_every_run_and_cancel_stops_at_the_next_chunk() {
        AlphaGammaSweep.Plan plan = new AlphaGammaSweep.Plan(small(), CELLS, 2, STEPS);
        List<Long> done = new ArrayList<>();
        AlphaGammaSweep.Outcome o = AlphaGammaSweep.run(plan, () -> false, (d, t, s) -> {
            assertThat(t).isEqualTo(2L * 2 * STEPS);
            done.add(d);
        });
        assertThat(done).isSorted().last().isEqualTo(2L * 2 * STEPS);
        assertThat(o.results()).allSatisfy(r -> assertThat(r.count()).isEqualTo(2));

        List<Long> seen = new ArrayList<>();
        AlphaGammaSweep.Outcome cancelled = AlphaGammaSweep.run(plan, () -> !seen.isEmpty(), (d, t, s) -> seen.add(d));
        assertThat(cancelled.complete()).isFalse();
        assertThat(seen).containsExactly((long) AlphaGammaSweep.CHUNK);
        assertThat(cancelled.results()).allSatisfy(r -> assertThat(r.count()).isZero());
    }

    @Test
    void a_plan_outside_its_limits_is_refused_by_name() {
        assertThatThrownBy(() -> new AlphaGammaSweep.Plan(small(), CELLS, 0, 10)).hasMessage("seeds = 0: must be 1 to 20");
        assertThatThrownBy(() -> new AlphaGammaSweep.Plan(small(), CELLS, 1, 0)).hasMessage("steps = 0: must be 1 to 1000000");
        assertThatThrownBy(() -> new AlphaGammaSweep.Plan(small(), List.of(), 1, 10)).hasMessage("cells = 0: must be 1 to 64");
        assertThatThrownBy(() -> new SweepCell(-1, 0.25)).hasMessageContaining("gamma");
    }

    @Test
    void the_papers_table_is_the_one_of_the_issue() {
        assertThat(PaperTable1b.CELLS).extracting(SweepCell::gamma).containsExactly(0.0, 0.1, 0.2, 0.5, 1.0, 2.0, 5.0);
        assertThat(PaperTable1b.CELLS).extracting(SweepCell::alpha).containsExactly(0.75, 0.75, 0.75, 0.5, 0.25, 0.25, 0.25);
        assertThat(PaperTable1b.CELLS.stream().mapToDouble(PaperTable1b::ap).toArray())
                .containsExactly(31.1, 31.4, 31.9, 32.9, 33.7, 34.0, 32.2);
        assertThat(PaperTable1b.ap(new SweepCell(2.0, 0.5))).isNaN();
    }
}
