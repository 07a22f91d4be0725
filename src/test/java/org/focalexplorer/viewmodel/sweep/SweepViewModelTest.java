package org.focalexplorer.viewmodel.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.focalexplorer.analysis.sweep.AlphaGammaSweep;
import org.focalexplorer.analysis.sweep.SweepCell;
import org.focalexplorer.analysis.sweep.SweepResult;
import org.focalexplorer.loss.FocalSetting;
import org.focalexplorer.toy.DatasetKind;
import org.focalexplorer.toy.DatasetSpec;
import org.focalexplorer.toy.ModelRole;
import org.focalexplorer.toy.OptimizerSpec;
import org.focalexplorer.toy.SideBySideTrainer;
import org.focalexplorer.toy.TrainingSettings;
import org.focalexplorer.viewmodel.TestMessages;
import org.focalexplorer.settings.Settings;
import org.focalexplorer.settings.SweepGrid;
import org.focalexplorer.viewmodel.state.LiveState;
import org.junit.jupiter.api.Test;

/**
 * The sweep's view model with executors the test controls: the work is handed to the worker (never run on
 * the caller's thread), progress rises to 1, the same seed gives the same table, Cancel stops it, bad input
 * is refused in one line, and the CSV holds every seed's AP at full precision.
 */
class SweepViewModelTest {
    private static final TrainingSettings SMALL = TrainingSettings.labDefaults()
            .withData(new DatasetSpec(DatasetKind.ANCHORS, 0.05, 200, 400, 0.5, 0.0, 7L))
            .withOptimizer(OptimizerSpec.adam(0.01).withBatchSize(64));

    private final List<Runnable> queued = new ArrayList<>();
    private final LiveState state = new LiveState();

    private SweepViewModel direct() {
        SweepViewModel vm = new SweepViewModel(state, () -> SMALL, TestMessages.english(), Runnable::run, Runnable::run);
        vm.stepsProperty().set(60);
        vm.seedsProperty().set(2);
        return vm;
    }

    @Test
    void runs_on_the_worker_and_is_refused_while_it_runs() {
        SweepViewModel vm = new SweepViewModel(state, () -> SMALL, TestMessages.english(), Runnable::run, queued::add);
        vm.stepsProperty().set(20);
        vm.seedsProperty().set(1);
        assertThat(vm.run()).isTrue();
        assertThat(queued).hasSize(1); // nothing trained on this thread
        assertThat(vm.runningProperty().get()).isTrue();
        assertThat(vm.rowsProperty().get()).hasSize(7).allSatisfy(r -> assertThat(r.ap()).isEqualTo("…"));
        assertThat(vm.run()).isFalse();
        queued.remove(0).run();
        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(vm.progressProperty().get()).isEqualTo(1.0);
        assertThat(vm.statusProperty().get()).isEqualTo("Done: 20 × 1 (steps × seeds).");
    }

    @Test
    void progress_rises_to_one_and_the_papers_rows_get_their_ap() {
        SweepViewModel vm = direct();
        List<Double> progress = new ArrayList<>();
        vm.progressProperty().addListener((o, a, b) -> progress.add(b.doubleValue()));
        assertThat(vm.run()).isTrue();
        assertThat(progress).isSorted().last().isEqualTo(1.0);
        assertThat(progress.size()).isGreaterThan(4);
        List<SweepRow> rows = vm.rowsProperty().get();
        assertThat(rows).extracting(SweepRow::gamma).containsExactly("0", "0.1", "0.2", "0.5", "1", "2", "5");
        assertThat(rows).extracting(SweepRow::paperAp).containsExactly("31.1", "31.4", "31.9", "32.9", "33.7", "34", "32.2");
        assertThat(rows).allSatisfy(r -> assertThat(r.ap()).matches("0\\.\\d+ ± \\d.*\\(n = 2\\)"));
        assertThat(vm.findingProperty().get()).startsWith("γ = 5 against γ = 2, seed by seed");
    }

    @Test
    void a_cells_ap_is_that_of_a_direct_run_and_the_csv_holds_it_at_full_precision() {
        SweepViewModel vm = direct();
        vm.run();
        SweepResult two = vm.rowsProperty().get().get(5).result();
        assertThat(two.cell()).isEqualTo(new SweepCell(2.0, 0.25));
        // an independent path: the trainer alone, FL(0.25, 2) as the focal model beside plain CE, seed 7 + 1
        long seed = SMALL.seed() + 1;
        SideBySideTrainer t = new SideBySideTrainer(SMALL.withSeed(seed).withData(SMALL.data().withSeed(seed))
                .withReference(FocalSetting.crossEntropy()).withFocal(FocalSetting.focal(0.25, 2.0)));
        t.step(60);
        double expected = t.snapshot().model(ModelRole.FOCAL).testMetrics().averagePrecision();
        assertThat(two.ap()[1]).isEqualTo(expected);
        String[] lines = vm.csv().split("\n");
        assertThat(lines[0]).isEqualTo("gamma,alpha,steps,seeds_run,ap_mean,ap_sd,ap_seed_7,ap_seed_8,paper_coco_ap");
        assertThat(lines).hasSize(8);
        assertThat(lines[6]).startsWith("2.0,0.25,60,2,").endsWith("," + expected + ",34.0");
    }

    @Test
    void the_same_settings_give_the_same_table() {
        SweepViewModel a = direct();
        a.run();
        SweepViewModel b = direct();
        b.run();
        assertThat(b.csv()).isEqualTo(a.csv());
    }

    @Test
    void cancel_stops_the_sweep_and_keeps_what_was_finished() {
        SweepViewModel vm = direct();
        vm.progressProperty().addListener((o, a, p) -> {
            if (p.doubleValue() > 0 && p.doubleValue() < 1) {
                vm.cancel();
            }
        });
        vm.run();
        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(vm.progressProperty().get()).isLessThan(1.0);
        assertThat(vm.statusProperty().get()).isEqualTo("Cancelled: the rows finished so far are shown.");
        assertThat(vm.findingProperty().get()).isEmpty();
        assertThat(vm.rowsProperty().get()).allSatisfy(r -> assertThat(r.result().count()).isZero());
        // and it can run again
        assertThat(vm.run()).isTrue();
    }

    @Test
    void a_custom_grid_runs_every_alpha_for_every_gamma_and_bad_input_is_one_line() {
        SweepViewModel vm = direct();
        vm.gridProperty().set(SweepGrid.CUSTOM);
        assertThat(vm.submitGammas("0, 2")).isTrue();
        assertThat(vm.submitAlphas("0.25 0.75")).isTrue();
        assertThat(vm.cells()).containsExactly(new SweepCell(0, 0.25), new SweepCell(0, 0.75), new SweepCell(2, 0.25),
                new SweepCell(2, 0.75));
        // a refused entry names the value and its place, keeps the previous list, and Run waits for a fix
        assertThat(vm.submitAlphas("0.25, 1.5")).isFalse();
        assertThat(vm.errorProperty().get()).isEqualTo("α values: “1.5” (entry 2) is not a number in [0, 1].");
        assertThat(vm.alphasProperty().get()).containsExactly(0.25, 0.75);
        assertThat(vm.alphasTextProperty().get()).isEqualTo("0.25, 0.75");
        assertThat(vm.run()).isFalse();
        assertThat(vm.errorProperty().get()).isEqualTo("α values: “1.5” (entry 2) is not a number in [0, 1].");
        vm.clearEntryError(); // Escape
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.submitGammas(" ")).isFalse();
        assertThat(vm.errorProperty().get()).isEqualTo("γ values: type at least one number.");
        assertThat(vm.gammasProperty().get()).containsExactly(0.0, 2.0);
        assertThat(vm.submitGammas("0,0.1,0.2,0.3,0.4,0.5,0.6,0.7,0.8")).isTrue();
        assertThat(vm.submitAlphas("0.1,0.2,0.3,0.4,0.5,0.6,0.7,0.8")).isTrue();
        assertThat(vm.run()).isFalse();
        assertThat(vm.errorProperty().get()).isEqualTo("72 rows: at most 64. Type fewer γ or α values.");
        assertThat(AlphaGammaSweep.MAX_CELLS).isEqualTo(64);
    }

    /** What to run is app state: a session or the state string brings it back; the entry texts follow. */
    @Test
    void the_sweep_setup_lives_in_the_state() {
        SweepViewModel vm = direct();
        vm.gridProperty().set(SweepGrid.CUSTOM);
        assertThat(vm.submitGammas("1 3")).isTrue();
        assertThat(vm.submitAlphas("0.5")).isTrue();
        var saved = state.capture();
        assertThat(saved.get(Settings.SWEEP_GRID)).isEqualTo(SweepGrid.CUSTOM);
        assertThat(saved.get(Settings.SWEEP_GAMMAS)).containsExactly(1.0, 3.0);
        assertThat(saved.get(Settings.SWEEP_STEPS)).isEqualTo(60);
        assertThat(saved.get(Settings.SWEEP_SEEDS)).isEqualTo(2);

        LiveState other = new LiveState();
        SweepViewModel restored = new SweepViewModel(other, () -> SMALL, TestMessages.english(), Runnable::run,
                Runnable::run);
        assertThat(restored.gridProperty().get()).isEqualTo(SweepGrid.PAPER);
        other.apply(saved);
        assertThat(restored.gridProperty().get()).isEqualTo(SweepGrid.CUSTOM);
        assertThat(restored.gammasTextProperty().get()).isEqualTo("1, 3");
        assertThat(restored.alphasTextProperty().get()).isEqualTo("0.5");
        assertThat(restored.cells()).containsExactly(new SweepCell(1, 0.5), new SweepCell(3, 0.5));
        assertThat(restored.stepsProperty().get()).isEqualTo(60);
    }

    /** Settings may not see the analysis layer, so the sweep's limits are stated twice: they must agree. */
    @Test
    void the_settings_limits_are_the_sweeps() {
        assertThat(Settings.SWEEP_MAX_STEPS).isEqualTo(AlphaGammaSweep.MAX_STEPS);
        assertThat(Settings.SWEEP_MAX_SEEDS).isEqualTo(AlphaGammaSweep.MAX_SEEDS);
        assertThat(Settings.SWEEP_MAX_VALUES).isEqualTo(AlphaGammaSweep.MAX_CELLS);
    }
}
