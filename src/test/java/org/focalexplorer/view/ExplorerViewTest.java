package org.focalexplorer.view;

import org.focalexplorer.testutil.Fx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.focalexplorer.app.FocalExplorerApp;
import org.focalexplorer.loss.FocalCurves;
import org.focalexplorer.render.DrawStats;
import org.focalexplorer.view.plot.PlotCanvas;
import org.focalexplorer.viewmodel.curves.Grids;
import org.focalexplorer.plot.PlotData;
import org.focalexplorer.plot.Series;
import org.focalexplorer.plot.SeriesRole;
import org.focalexplorer.settings.XAxis;
import org.focalexplorer.settings.YScale;
import org.focalexplorer.viewmodel.explorer.ExplorerViewModel;
import org.focalexplorer.viewmodel.probe.Quantity;
import org.focalexplorer.viewmodel.text.Messages;
import org.junit.jupiter.api.Test;
import static org.focalexplorer.testutil.Reveal.reveal;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The explorer window driven like a user would (headless Monocle): slider drags, typing, switches,
 * the probe. A fresh window per test. Synchronisation by {@link WaitForAsyncUtils#waitForFxEvents()}.
 */
@ExtendWith(ApplicationExtension.class)
class ExplorerViewTest {
    private ExplorerViewModel vm;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        vm = FocalExplorerApp.show(stage, Messages.forLocale(Locale.ENGLISH));
    }

    private static PlotCanvas plot(FxRobot robot, String id) {
        return Fx.one(robot, "#" + id, PlotCanvas.class);
    }

    private static String text(FxRobot robot, String id) {
        return Fx.one(robot, "#" + id, Label.class).getText();
    }

    private static double[] flCurve(PlotCanvas c) {
        return c.getData().first(SeriesRole.FL).y();
    }

    @Test
    void dragging_the_gamma_slider_changes_the_plotted_curve_and_the_probe_readout(FxRobot robot) {
        PlotCanvas loss = plot(robot, ViewIds.LOSS_PLOT);
        PlotCanvas gradient = plot(robot, ViewIds.GRADIENT_PLOT);
        double[] before = flCurve(loss);
        long lossDraws = loss.curveDraws();
        long gradientDraws = gradient.curveDraws();
        String summary = text(robot, ViewIds.PROBE_SUMMARY);
        assertThat(summary).contains("the loss is 100× smaller");

        Node thumb = Fx.one(robot, "#" + ViewIds.slider("gamma") + " .thumb");
        robot.drag(thumb, MouseButton.PRIMARY).moveBy(30, 0).moveBy(30, 0).drop();
        WaitForAsyncUtils.waitForFxEvents();

        double gamma = vm.parameters().gamma().get();
        assertThat(gamma).isGreaterThan(3.0);
        assertThat(gamma * 100).isCloseTo(Math.rint(gamma * 100), within(1e-9)); // a value one could type
        assertThat(Fx.one(robot, "#" + ViewIds.field("gamma"), TextField.class).getText())
                .isEqualTo(vm.parameters().gamma().textProperty().get());
        double[] after = flCurve(loss);
        assertThat(after).isNotEqualTo(before);
        int i = 250;
        assertThat(after[i]).isEqualTo(FocalCurves.flOfLogit(Grids.PROBABILITY.xt()[i], 1.0, gamma));
        assertThat(loss.curveDraws()).isGreaterThan(lossDraws);
        assertThat(gradient.curveDraws()).isGreaterThan(gradientDraws);
        assertThat(text(robot, ViewIds.PROBE_SUMMARY)).isNotEqualTo(summary);
        // The pointer may have crossed a plot on its way to the slider: the probe went back to p_t = 0.9.
        assertThat(vm.probe().position().pt()).isEqualTo(0.9);
        assertThat(vm.probe().readout().fl()).isEqualTo(FocalCurves.fl(0.9, 1.0, gamma));
        assertThat(text(robot, ViewIds.PROBE_VALUE_PREFIX + Quantity.FL.name()))
                .isEqualTo(vm.probe().textProperty(Quantity.FL).get());
    }

    @Test
    void typing_gamma_changes_the_curve_and_the_readout_and_bad_text_is_refused(FxRobot robot) {
        PlotCanvas loss = plot(robot, ViewIds.LOSS_PLOT);
        PlotCanvas weighting = plot(robot, ViewIds.WEIGHTING_PLOT);
        long drawsBefore = weighting.curveDraws();
        robot.clickOn("#" + ViewIds.field("gamma")).push(KeyCode.CONTROL, KeyCode.A).write("5").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(vm.parameters().gamma().get()).isEqualTo(5.0);
        assertThat(flCurve(loss)[100]).isEqualTo(FocalCurves.flOfLogit(Grids.PROBABILITY.xt()[100], 1.0, 5.0));
        assertThat(loss.getData().first(SeriesRole.FL).label()).isEqualTo("FL (γ = 5)");
        assertThat(weighting.curveDraws()).isEqualTo(drawsBefore + 1); // one recomputation, one redraw
        assertThat(text(robot, ViewIds.PROBE_SUMMARY)).isEqualTo(
                "At pₜ = 0.9 the loss is 100000× smaller than under CE, the gradient "
                + org.focalexplorer.text.NumberText.format(0.1 / (1e-5 * (0.1 - 4.5 * Math.log(0.9))), 3) + "× smaller.");

        PlotData shown = loss.getData();
        robot.push(KeyCode.CONTROL, KeyCode.A).write("abc").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Label error = Fx.one(robot, "#" + ViewIds.error("gamma"), Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).isEqualTo("“abc” is not a number; γ stays 5.");
        assertThat(vm.parameters().gamma().get()).isEqualTo(5.0);
        assertThat(loss.getData()).isSameAs(shown);

        robot.push(KeyCode.CONTROL, KeyCode.A).write("2").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(error.isVisible()).isFalse();
        assertThat(vm.parameters().gamma().get()).isEqualTo(2.0);
        assertThat(Fx.one(robot, "#" + ViewIds.slider("gamma"), Slider.class).getValue()).isEqualTo(2.0);
    }

    @Test
    void the_paper_family_switch_shows_five_curves_with_a_legend(FxRobot robot) throws Exception {
        robot.clickOn(reveal(robot, "#" + ViewIds.PAPER_FAMILY + " .thumb-area"));
        WaitForAsyncUtils.waitForFxEvents();
        PlotCanvas loss = plot(robot, ViewIds.LOSS_PLOT);
        assertThat(vm.curves().paperFamilyProperty().get()).isTrue();
        assertThat(loss.getData().count(SeriesRole.FAMILY)).isEqualTo(5);
        DrawStats stats = loss.drawStats();
        assertThat(stats.legend()).containsExactly(
                "γ = 0 (CE)", "FL, γ = 0.5", "FL, γ = 1", "FL, γ = 2", "FL, γ = 5", "FL (γ = 2)");
        assertThat(stats.pointsDrawn()).hasSize(6).allSatisfy(n -> assertThat(n).isGreaterThan(400));
        snapshot("explorer-family.png");
    }

    @Test
    void the_log_axis_opens_on_the_curves_and_zooms_out_to_the_easy_tail_down_to_1e_minus_300(FxRobot robot)
            throws Exception {
        robot.clickOn(reveal(robot, "#" + ViewIds.Y_LOG));
        WaitForAsyncUtils.waitForFxEvents();
        PlotCanvas loss = plot(robot, ViewIds.LOSS_PLOT);
        assertThat(loss.getData().yScale()).isEqualTo(YScale.LOG);
        assertDefaultRange(loss);
        snapshot("explorer-log-pt.png");
        zoomOutFully(robot, loss);
        assertTail(loss);

        robot.clickOn(reveal(robot, "#" + ViewIds.X_LOGIT));
        robot.clickOn(reveal(robot, "#" + ViewIds.PAPER_FAMILY + " .thumb-area"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(loss.getData().xAxis()).isEqualTo(XAxis.LOGIT);
        assertDefaultRange(loss); // another axis starts from its own default
        snapshot("explorer-log.png");
        zoomOutFully(robot, loss);
        assertTail(loss);
        assertThat(loss.getData().x().max()).isEqualTo(Grids.TAIL_END);

        robot.type(KeyCode.DIGIT0); // the reset key
        WaitForAsyncUtils.waitForFxEvents();
        assertDefaultRange(loss);
    }

    @Test
    void the_wheel_drags_a_double_click_and_the_reset_button_zoom_pan_and_reset_a_plot(FxRobot robot) {
        robot.clickOn(reveal(robot, "#" + ViewIds.Y_LOG));
        PlotCanvas loss = plot(robot, ViewIds.LOSS_PLOT);
        javafx.scene.control.Button reset = robot.lookup("#" + ViewIds.RESET_ZOOM).queryButton();
        assertThat(reset.isDisabled()).isTrue();
        reveal(robot, "#" + ViewIds.LOSS_PLOT);
        // Before the plot is clicked the wheel scrolls the page, not the plot.
        robot.moveTo(loss).scroll(3, javafx.geometry.VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertDefaultRange(loss);
        robot.clickOn(loss);
        double decades = decades(loss);
        robot.scroll(3, javafx.geometry.VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(decades(loss)).isNotCloseTo(decades, within(0.1));
        assertThat(vm.curves().lossZoom().y()).isEqualTo(loss.getData().y()); // the range is the view model's
        assertThat(reset.isDisabled()).isFalse();

        robot.doubleClickOn(loss);
        WaitForAsyncUtils.waitForFxEvents();
        assertDefaultRange(loss);

        // A Shift-drag upwards by a quarter of the plot's height shows what lies a quarter lower: the range
        // moves down by a quarter of its decades; the probe stays put.
        double probe = vm.probe().position().pt();
        double height = loss.plotLayout().plotHeight();
        double top = Math.log10(loss.getData().y().max());
        robot.press(KeyCode.SHIFT);
        robot.drag(loss, MouseButton.PRIMARY).moveBy(0, -height / 8).moveBy(0, -height / 8).drop();
        robot.release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Math.log10(loss.getData().y().max())).isCloseTo(top - decades / 4, within(decades * 0.02));
        assertThat(vm.probe().position().pt()).isEqualTo(probe);

        // ↑ pans back up by a tenth; the reset button returns the default and is then disabled again.
        robot.type(KeyCode.UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Math.log10(loss.getData().y().max())).isCloseTo(top - decades / 4 + decades / 10, within(decades * 0.02));
        robot.clickOn(reveal(robot, "#" + ViewIds.RESET_ZOOM));
        WaitForAsyncUtils.waitForFxEvents();
        assertDefaultRange(loss);
        assertThat(reset.isDisabled()).isTrue();
    }

    /** The shown range is the view model's default for the current axes, and the frame was drawn with it. */
    private void assertDefaultRange(PlotCanvas loss) {
        var zoom = vm.curves().lossZoom();
        assertThat(zoom.zoomedProperty().get()).isFalse();
        assertThat(loss.getData().y()).isEqualTo(zoom.defaultY());
        assertThat(loss.getData().x()).isEqualTo(zoom.defaultX());
        // Not the 302 decades of the whole tail: at most 15, so the curves fill the plot.
        assertThat(decades(loss)).isBetween(8.0, 15.0);
        assertThat(loss.plotLayout().y().min()).isEqualTo(zoom.defaultY().min());
    }

    private static double decades(PlotCanvas c) {
        return Math.log10(c.getData().y().max()) - Math.log10(c.getData().y().min());
    }

    /** The − key on the clicked plot, until the view stops changing (the whole data range). */
    private static void zoomOutFully(FxRobot robot, PlotCanvas loss) {
        robot.clickOn(loss);
        for (int i = 0; i < 40; i++) {
            robot.type(KeyCode.MINUS);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(loss.getData().y().min()).isCloseTo(1e-300, within(1e-305));
    }

    private static void assertTail(PlotCanvas loss) {
        DrawStats stats = loss.drawStats();
        // "Drawn" includes half a pixel below the plot's floor of 10⁻³⁰⁰: on a 302-decade axis that half pixel
        // is half a decade or more, depending on the plot's height — so the bound is that pixel's value.
        org.focalexplorer.render.PlotLayout at = loss.plotLayout();
        double halfPixelBelow = at.y().toValue(at.y().toPixel(1e-300) + 0.5);
        assertThat(halfPixelBelow).isLessThan(1e-300);
        assertThat(stats.minPositiveYDrawn()).isBetween(halfPixelBelow * (1 - 1e-9), 1e-290);
        for (int i = 0; i < loss.getData().series().size(); i++) {
            Series s = loss.getData().series().get(i);
            long placeable = java.util.Arrays.stream(s.y()).filter(v -> v > 0).count();
            assertThat(stats.pointsDrawn().get(i)).as(s.label()).isEqualTo((int) placeable).isGreaterThan(400);
        }
    }

    @Test
    void the_probe_follows_the_pointer_and_the_arrow_keys_in_every_plot(FxRobot robot) {
        PlotCanvas loss = plot(robot, ViewIds.LOSS_PLOT);
        PlotCanvas gradient = plot(robot, ViewIds.GRADIENT_PLOT);
        long draws = loss.curveDraws();
        double x = loss.pixelOf(0.5);
        robot.moveTo(loss.localToScreen(x, loss.getHeight() / 2));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.probe().position().pt()).isCloseTo(0.5, within(0.003));
        assertThat(loss.probePixel()).isCloseTo(x, within(2.0));
        assertThat(text(robot, ViewIds.PROBE_SUMMARY))
                .startsWith("At pₜ = " + vm.probe().probabilityTextProperty().get() + " ");

        robot.moveTo("#" + ViewIds.PROBE_FIELD); // leaving the plot: back to the pinned p_t = 0.9
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.probe().position().pt()).isEqualTo(0.9);

        robot.moveTo(loss.localToScreen(loss.pixelOf(0.25), loss.getHeight() / 2)).clickOn(MouseButton.PRIMARY);
        robot.moveTo("#" + ViewIds.PROBE_FIELD);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.probe().position().pt()).as("a click pins").isCloseTo(0.25, within(0.003));

        robot.interact(() -> vm.probe().submitProbability("0.9"));
        robot.interact(loss::requestFocus);
        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.probe().position().pt()).isEqualTo(0.91);
        robot.press(KeyCode.SHIFT).type(KeyCode.LEFT).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.probe().position().pt()).isEqualTo(0.81);
        // The gradient plot is along x_t: the same probe, at logit(0.81).
        assertThat(gradient.probeProperty().get()).isEqualTo(FocalCurves.logitOf(0.81));
        assertThat(loss.curveDraws()).as("moving the probe redraws only the probe layer").isEqualTo(draws);

        robot.clickOn("#" + ViewIds.PROBE_FIELD).push(KeyCode.CONTROL, KeyCode.A).write("0.968").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, ViewIds.PROBE_SUMMARY)).isEqualTo(
                "At pₜ = 0.968 the loss is 977× smaller than under CE, the gradient 329× smaller.");
    }

    @Test
    void a_preset_and_beta_redraw_only_what_changed(FxRobot robot) {
        PlotCanvas[] plots = {plot(robot, ViewIds.LOSS_PLOT), plot(robot, ViewIds.GRADIENT_PLOT),
            plot(robot, ViewIds.WEIGHTING_PLOT)};
        long[] draws = new long[3];
        for (int i = 0; i < 3; i++) {
            draws[i] = plots[i].curveDraws();
        }
        robot.clickOn("#" + ViewIds.field("beta")).push(KeyCode.CONTROL, KeyCode.A).write("2").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.parameters().beta().get()).isEqualTo(2.0);
        for (int i = 0; i < 3; i++) {
            assertThat(plots[i].curveDraws()).as("FL* is hidden: β changes nothing drawn").isEqualTo(draws[i]);
        }
        robot.clickOn(reveal(robot, "#" + ViewIds.PRESET_PREFIX + "PAPER_DEFAULT"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.parameters().parameters().alphaT()).isEqualTo(0.25);
        for (int i = 0; i < 3; i++) {
            assertThat(plots[i].curveDraws()).as("one redraw per plot for a preset").isEqualTo(draws[i] + 1);
        }
        assertThat(text(robot, ViewIds.PROBE_SUMMARY)).contains("the loss is 400× smaller");
    }

    @Test
    void the_text_size_scales_labels_and_plots_for_a_projector(FxRobot robot) throws Exception {
        robot.interact(() -> vm.fontScaleProperty().set(200));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Fx.one(robot, ".explorer").getStyle()).contains("26.0px");
        assertThat(plot(robot, ViewIds.LOSS_PLOT).fontScaleProperty().get()).isEqualTo(2.0);
        // the sliders' tick labels are laid out again at once, never faded (the snapshot showed both sets)
        java.util.List<javafx.scene.Node> axes = Fx.all(robot, n -> n instanceof javafx.scene.chart.Axis<?>
                && n.getParent() instanceof Slider);
        assertThat(axes).hasSizeGreaterThanOrEqualTo(3)
                .allSatisfy(a -> assertThat(((javafx.scene.chart.Axis<?>) a).getAnimated()).as(a.toString()).isFalse());
        robot.interact(() -> {
            vm.curves().showFlStarProperty().set(true);
            vm.curves().showAlphaCeProperty().set(true);
            vm.parameters().apply(org.focalexplorer.viewmodel.parameters.Preset.PAPER_DEFAULT);
        });
        WaitForAsyncUtils.waitForFxEvents();
        snapshot("explorer-en-200.png");
    }

    @Test
    void every_control_has_a_tooltip_and_is_reachable_by_tab(FxRobot robot) {
        java.util.List<javafx.scene.control.Control> controls = new java.util.ArrayList<>();
        for (Class<? extends javafx.scene.control.Control> type : java.util.List.of(Slider.class, TextField.class,
                javafx.scene.control.CheckBox.class, javafx.scene.control.ButtonBase.class,
                org.controlsfx.control.ToggleSwitch.class, javafx.scene.control.Spinner.class)) {
            Fx.all(robot, n -> type.isInstance(n) && !insideSpinner(n) && !insideMenuBar(n))
                    .forEach(n -> controls.add((javafx.scene.control.Control) n));
        }
        assertThat(controls).hasSizeGreaterThanOrEqualTo(20);
        assertThat(controls).allSatisfy(c -> {
            assertThat(c.getTooltip()).as(c.toString()).isNotNull();
            assertThat(c.getTooltip().getText()).as(c.toString()).isNotBlank().doesNotContain("!");
        });
        assertThat(controls).filteredOn(c -> !(c instanceof javafx.scene.control.ButtonBase)
                        || c instanceof javafx.scene.control.CheckBox)
                .allSatisfy(c -> assertThat(c.isFocusTraversable()).as(c.toString()).isTrue());
        for (String id : new String[] {ViewIds.LOSS_PLOT, ViewIds.GRADIENT_PLOT, ViewIds.WEIGHTING_PLOT}) {
            assertThat(plot(robot, id).isFocusTraversable()).isTrue();
        }

        robot.clickOn("#" + ViewIds.field("gamma"));
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getScene().getFocusOwner().getId()).isEqualTo(ViewIds.slider("gamma"));
        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.parameters().gamma().get()).isEqualTo(2.1);
    }

    /** A menu bar's titles are self-explanatory and reached with F10/Alt, as in every desktop app. */
    private static boolean insideMenuBar(Node n) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof javafx.scene.control.MenuBar) {
                return true;
            }
        }
        return false;
    }

    private static boolean insideSpinner(Node n) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof javafx.scene.control.Spinner) {
                return true;
            }
        }
        return false;
    }

    private void snapshot(String name) throws Exception {
        assertThat(Files.size(org.focalexplorer.testutil.Screenshots.write(stage.getScene(), name).file())).isPositive();
    }
}
