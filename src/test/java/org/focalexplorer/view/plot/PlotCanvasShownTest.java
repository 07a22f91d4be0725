package org.focalexplorer.view.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.focalexplorer.plot.LegendCorner;
import org.focalexplorer.plot.PlotData;
import org.focalexplorer.plot.Range;
import org.focalexplorer.plot.Series;
import org.focalexplorer.plot.SeriesRole;
import org.focalexplorer.settings.XAxis;
import org.focalexplorer.settings.YScale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A plot that skipped drawing while hidden catches up however it is shown again, at the size it then has
 * (issue #13: small lab plots came out half-drawn in snapshots — drawn at an old size into a canvas resized
 * while hidden, and never redrawn because only a tab switch asked hidden canvases to catch up).
 */
@ExtendWith(ApplicationExtension.class)
class PlotCanvasShownTest {
    private final PlotCanvas plot = new PlotCanvas();
    private final VBox holder = new VBox(plot);

    @Start
    void start(Stage stage) {
        plot.setPrefSize(300, 200);
        stage.setScene(new Scene(new StackPane(holder), 640, 480));
        stage.show();
    }

    private static PlotData data() {
        double[] x = {0, 0.5, 1};
        return new PlotData("t", "x", "y", XAxis.OTHER, new Range(0, 1), new Range(0, 1), YScale.LINEAR,
                LegendCorner.TOP_RIGHT, List.of(new Series("s", SeriesRole.CE, 0, false, x, new double[] {0, 0.5, 1})));
    }

    @Test
    void a_plot_resized_while_hidden_is_redrawn_whole_when_a_parent_becomes_visible() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> plot.dataProperty().set(data())).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(plot.plotLayout().width()).isEqualTo(Math.floor(plot.getWidth()));
        long frames = plot.frameDraws();

        WaitForAsyncUtils.asyncFx(() -> {
            holder.setVisible(false);
            plot.setPrefSize(600, 400); // resized while hidden: the drawing is skipped
            holder.setMinSize(600, 400);
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(plot.frameDraws()).isEqualTo(frames);

        // Shown again by a plain visibility change (no tab switch, nobody calls refreshStale).
        WaitForAsyncUtils.asyncFx(() -> holder.setVisible(true)).get();
        WaitForAsyncUtils.waitForFxEvents();
        boolean whole = WaitForAsyncUtils.asyncFx(() -> plot.plotLayout() != null
                && plot.plotLayout().width() == Math.floor(plot.getWidth())
                && plot.plotLayout().height() == Math.floor(plot.getHeight())).get();
        assertThat(whole).as("drawn at the size it is shown at").isTrue();
        assertThat(plot.frameDraws()).isGreaterThan(frames);
        assertThat(plot.getWidth()).isGreaterThan(500);
    }

    /**
     * Shrunk while hidden, then shown at the size it was last drawn at: a canvas keeps only the pixels inside
     * its smaller size, so the frame must be drawn again although its key (data, size, text) is unchanged.
     * Before the fix the frame was skipped and the plot showed cut at the smaller size (issue #13, the curves
     * after a tour of the other tabs at 1280×720, 150 %).
     */
    @Test
    void a_plot_shrunk_while_hidden_and_shown_at_its_old_size_draws_its_frame_again() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> plot.dataProperty().set(data())).get();
        WaitForAsyncUtils.waitForFxEvents();
        double width = WaitForAsyncUtils.asyncFx(plot::getWidth).get();

        WaitForAsyncUtils.asyncFx(() -> {
            holder.setVisible(false);
            holder.setMaxWidth(width / 2); // shrunk while hidden: the drawing is skipped
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        long frames = plot.frameDraws();
        assertThat(WaitForAsyncUtils.asyncFx(plot::getWidth).get()).isLessThan(width);

        WaitForAsyncUtils.asyncFx(() -> {
            holder.setMaxWidth(Double.MAX_VALUE); // back to the size last drawn at…
            holder.setVisible(true); // …and shown
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(WaitForAsyncUtils.asyncFx(plot::getWidth).get()).isEqualTo(width);
        assertThat(plot.frameDraws()).as("the frame drawn again at the size it is shown at").isGreaterThan(frames);
        assertThat(WaitForAsyncUtils.asyncFx(plot::drawnAtCurrentSize).get()).isTrue();
    }
}
