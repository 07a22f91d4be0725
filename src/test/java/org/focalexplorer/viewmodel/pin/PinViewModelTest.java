package org.focalexplorer.viewmodel.pin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.focalexplorer.io.session.SessionFormatException;
import org.focalexplorer.io.session.SessionJson;
import org.focalexplorer.io.session.StateString;
import org.focalexplorer.loss.FocalCurves;
import org.focalexplorer.plot.PlotData;
import org.focalexplorer.plot.Series;
import org.focalexplorer.plot.SeriesRole;
import org.focalexplorer.settings.PinnedSetting;
import org.focalexplorer.settings.Settings;
import org.focalexplorer.settings.SettingValues;
import org.focalexplorer.viewmodel.TestMessages;
import org.focalexplorer.viewmodel.classifier.QueueScheduler;
import org.focalexplorer.viewmodel.curves.Grids;
import org.focalexplorer.viewmodel.explorer.ExplorerViewModel;
import org.focalexplorer.viewmodel.probe.Quantity;
import org.junit.jupiter.api.Test;

/**
 * Pin and compare (issue #12) without a window: the pin is a setting (undo, session file, state string), its
 * curves are ghosts whose values are the loss core's for the pinned setting, its probe column is the core's
 * value at the probe, and the text names the parameters that differ.
 */
class PinViewModelTest {
    private final ExplorerViewModel vm = new ExplorerViewModel(TestMessages.english(), Runnable::run,
            QueueScheduler.queued());

    private List<Series> ghosts(PlotData p) {
        return p.series().stream().filter(s -> s.role() == SeriesRole.GHOST).toList();
    }

    @Test
    void nothing_is_pinned_at_first_and_no_plot_has_a_ghost() {
        assertThat(vm.pin().isPinnedProperty().get()).isFalse();
        assertThat(ghosts(vm.curves().lossPlotProperty().get())).isEmpty();
        assertThat(vm.probe().pinnedTextProperty(Quantity.FL).get()).isEmpty();
        assertThat(vm.pin().differenceProperty().get()).isEmpty();
    }

    @Test
    void pinned_curves_stay_as_ghosts_with_the_cores_values_while_gamma_moves() {
        vm.pin().pin(); // α off, γ = 2
        vm.liveState().number(Settings.GAMMA).set(0.5);
        PlotData loss = vm.curves().lossPlotProperty().get();
        List<Series> g = ghosts(loss);
        assertThat(g).hasSize(1);
        assertThat(g.get(0).label()).isEqualTo("pinned: FL (γ = 2)");
        assertThat(SeriesRole.values()[g.get(0).variant()]).isEqualTo(SeriesRole.FL);
        double[] xt = Grids.PROBABILITY.xt();
        for (int i = 0; i < xt.length; i += 37) {
            assertThat(g.get(0).y()[i]).isEqualTo(FocalCurves.flOfLogit(xt[i], 1.0, 2.0));
        }
        assertThat(loss.first(SeriesRole.FL).label()).isEqualTo("FL (γ = 0.5)");
        // ghosts are drawn first, under the live curves
        assertThat(loss.series().get(0).role()).isEqualTo(SeriesRole.GHOST);
        assertThat(ghosts(vm.curves().gradientPlotProperty().get())).extracting(Series::label)
                .containsExactly("pinned: FL (γ = 2)");
        assertThat(ghosts(vm.curves().weightingPlotProperty().get())).hasSize(2);
    }

    @Test
    void the_probe_shows_the_pinned_settings_values_in_a_second_column() {
        vm.pin().pin();
        vm.liveState().number(Settings.GAMMA).set(0.0);
        double pt = vm.probe().position().pt();
        assertThat(pt).isEqualTo(0.9);
        assertThat(vm.probe().pinnedReadoutProperty().get().fl()).isEqualTo(FocalCurves.fl(pt, 1.0, 2.0));
        assertThat(vm.probe().readout().fl()).isEqualTo(FocalCurves.fl(pt, 1.0, 0.0));
        assertThat(vm.probe().pinnedTextProperty(Quantity.FL).get()).isNotEmpty()
                .isNotEqualTo(vm.probe().textProperty(Quantity.FL).get());
        assertThat(vm.probe().pinnedTextProperty(Quantity.PT).get()).isEqualTo("0.9");
        vm.pin().unpin();
        assertThat(vm.probe().pinnedReadoutProperty().get()).isNull();
        assertThat(vm.probe().pinnedTextProperty(Quantity.FL).get()).isEmpty();
        assertThat(ghosts(vm.curves().lossPlotProperty().get())).isEmpty();
    }

    @Test
    void the_text_names_the_one_parameter_that_differs_or_counts_them() {
        vm.pin().pin();
        assertThat(vm.pin().differenceProperty().get()).isEqualTo(
                "The live setting is the pinned one: move one parameter to compare.");
        vm.liveState().number(Settings.GAMMA).set(1.0);
        assertThat(vm.pin().differenceProperty().get()).isEqualTo("Only γ differs: 1 now, 2 pinned.");
        vm.parameters().alphaEnabledProperty().set(true);
        assertThat(vm.pin().differenceProperty().get()).startsWith("2 parameters differ (the α switch, γ)");
        // α's value acts only while α is on; β only while FL* is drawn
        vm.liveState().number(Settings.GAMMA).set(2.0);
        vm.parameters().alphaEnabledProperty().set(false);
        vm.liveState().number(Settings.ALPHA).set(0.6);
        vm.liveState().number(Settings.BETA).set(2.0);
        assertThat(vm.pin().differenceProperty().get()).startsWith("The live setting is the pinned one");
        vm.curves().showFlStarProperty().set(true);
        assertThat(vm.pin().differenceProperty().get()).isEqualTo("Only β differs: 2 now, 1 pinned.");
    }

    @Test
    void re_pinning_replaces_the_pin() {
        vm.pin().pin();
        vm.liveState().number(Settings.GAMMA).set(5.0);
        vm.pin().pin();
        assertThat(vm.pin().pinnedProperty().get()).isEqualTo(PinnedSetting.of(false, 0.25, 5.0, 1.0));
        assertThat(ghosts(vm.curves().lossPlotProperty().get())).extracting(Series::label)
                .containsExactly("pinned: FL (γ = 5)");
    }

    @Test
    void the_baseline_pair_pins_alpha_ce_and_sets_fl_live_in_one_undo_step() {
        vm.pin().comparePaperBaseline();
        assertThat(vm.pin().pinnedProperty().get()).isEqualTo(PinnedSetting.of(true, 0.75, 0.0, 1.0));
        assertThat(vm.parameters().parameters().alphaEnabled()).isTrue();
        assertThat(vm.parameters().parameters().alpha()).isEqualTo(0.25);
        assertThat(vm.parameters().parameters().gamma()).isEqualTo(2.0);
        assertThat(ghosts(vm.curves().lossPlotProperty().get())).extracting(Series::label)
                .containsExactly("pinned: FL, negative (γ = 0, 1 − α = 0.25)", "pinned: FL, positive (γ = 0, α = 0.75)");
        assertThat(vm.pin().differenceProperty().get()).startsWith("2 parameters differ (α, γ)");
        vm.undo().undo();
        assertThat(vm.pin().isPinnedProperty().get()).isFalse();
        assertThat(vm.parameters().parameters().alphaEnabled()).isFalse();
        vm.undo().redo();
        assertThat(vm.pin().pinnedProperty().get().alpha()).isEqualTo(0.75);
    }

    @Test
    void pin_and_unpin_are_undo_steps() {
        vm.pin().pin();
        vm.pin().unpin();
        vm.undo().undo();
        assertThat(vm.pin().isPinnedProperty().get()).isTrue();
        vm.undo().undo();
        assertThat(vm.pin().isPinnedProperty().get()).isFalse();
    }

    @Test
    void a_session_and_a_state_string_keep_the_pin() throws Exception {
        vm.pin().comparePaperBaseline();
        SettingValues state = vm.state();
        String json = new String(SessionJson.toBytes(state), StandardCharsets.UTF_8);
        assertThat(json).contains("\"pinned\"").contains("\"alpha\" : 0.75");
        assertThat(SessionJson.parse(SessionJson.toBytes(state)).state().get(Settings.PINNED))
                .isEqualTo(PinnedSetting.of(true, 0.75, 0.0, 1.0));
        ExplorerViewModel other = new ExplorerViewModel(TestMessages.english(), Runnable::run, QueueScheduler.queued());
        other.apply(StateString.decode(StateString.encode(state)).state());
        assertThat(other.pin().pinnedProperty().get()).isEqualTo(PinnedSetting.of(true, 0.75, 0.0, 1.0));
        assertThat(ghosts(other.curves().lossPlotProperty().get())).hasSize(2);
    }

    @Test
    void a_file_without_the_pin_pins_nothing_and_a_bad_pin_is_refused_by_name() throws Exception {
        String json = new String(SessionJson.toBytes(vm.state()), StandardCharsets.UTF_8);
        String without = json.replaceAll(",\\s*\"pinned\"\\s*:\\s*\\{[^}]*\\}", "");
        assertThat(without).doesNotContain("pinned");
        assertThat(SessionJson.parse(without.getBytes(StandardCharsets.UTF_8)).state().get(Settings.PINNED))
                .isEqualTo(PinnedSetting.NONE);
        String bad = json.replaceAll("\"pinned\"\\s*:\\s*\\{[^}]*\\}",
                "\"pinned\": {\"pinned\": true, \"alpha_enabled\": true, \"alpha\": 0.5, \"gamma\": -1, \"beta\": 1}");
        assertThatThrownBy(() -> SessionJson.parse(bad.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SessionFormatException.class).hasMessageContaining("curves.pinned.gamma = -1.0");
    }
}
