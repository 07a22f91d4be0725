package org.focalexplorer.view.export;

import org.focalexplorer.testutil.Fx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.focalexplorer.analysis.LossShares;
import org.focalexplorer.analysis.TrainingAnalysis;
import org.focalexplorer.cli.FocalExplorerCommand;
import org.focalexplorer.render.ExportFormat;
import org.focalexplorer.render.Exportable;
import org.focalexplorer.render.PlotTheme;
import org.focalexplorer.testutil.Screenshots;
import org.focalexplorer.toy.ModelRole;
import org.focalexplorer.view.ViewIds;
import org.focalexplorer.view.classifier.ClassifierIds;
import org.focalexplorer.view.explorer.ExplorerView;
import org.focalexplorer.view.plot.PlotCanvas;
import org.focalexplorer.viewmodel.classifier.ClassifierFrame;
import org.focalexplorer.plot.Metric;
import org.focalexplorer.viewmodel.explorer.ExplorerViewModel;
import org.focalexplorer.viewmodel.text.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Export from the window: the context menus, Ctrl+E's target, files equal to the figure command's, failures. */
@ExtendWith(ApplicationExtension.class)
class ExportActionsTest {
    private static final Messages EN = Messages.forLocale(Locale.ENGLISH);

    @TempDir
    Path dir;

    private ExplorerViewModel vm;
    private ExplorerView view;
    private Stage stage;
    /** What the file dialog was asked: file name and formats. */
    private final List<String> asked = new ArrayList<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        vm = new ExplorerViewModel(EN, Platform::runLater);
        view = new ExplorerView(vm);
        stage.setScene(new Scene(view.root(), 1280, 800));
        stage.show();
    }

    @AfterEach
    void closeDialogs() {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> {
            for (Window w : new ArrayList<>(Window.getWindows())) {
                if (w != stage) {
                    w.hide();
                }
            }
            vm.dispose();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void showClassifier() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> vm.featureProperty().set(org.focalexplorer.settings.Feature.CLASSIFIER)).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Node node(FxRobot robot, String id) {
        return Fx.one(robot, "#" + id);
    }

    private void chooseFile(Path file) {
        view.exports().setFileChoice((owner, name, formats) -> {
            asked.add(name + " " + formats);
            return file;
        });
    }

    private static <T> T get(CompletableFuture<T> f) throws Exception {
        return f.get(30, TimeUnit.SECONDS);
    }

    @Test
    void every_plot_field_and_metrics_table_has_the_export_menu(FxRobot robot) throws Exception {
        showClassifier(); // its tab is built when first shown
        List<String> plots = List.of(ViewIds.LOSS_PLOT, ViewIds.GRADIENT_PLOT, ViewIds.WEIGHTING_PLOT,
                ClassifierIds.TRAINING_CURVES, ClassifierIds.histogram(ModelRole.REFERENCE),
                ClassifierIds.histogram(ModelRole.FOCAL), ClassifierIds.figure4(ModelRole.REFERENCE),
                ClassifierIds.figure4(ModelRole.FOCAL), ClassifierIds.field(ModelRole.REFERENCE),
                ClassifierIds.field(ModelRole.FOCAL));
        for (String id : plots) {
            ContextMenu menu = ExportActions.menuOf(node(robot, id));
            assertThat(menu).as(id).isNotNull();
            assertThat(menu.getItems().stream().map(MenuItem::getId).filter(i -> i != null).toList()).as(id)
                    .containsExactly("exportPng", "exportSvg", "exportCsv", "copyImage", "copyData");
            assertThat(menu.getItems().get(0).getText()).isEqualTo(EN.get("export.menu.png"));
        }
        for (ModelRole role : ModelRole.values()) {
            ContextMenu table = ExportActions.menuOf(node(robot, ClassifierIds.metrics(role)));
            assertThat(table.getItems().stream().map(MenuItem::getId).filter(i -> i != null).toList())
                    .as("the table is painted as a vector drawing too")
                    .containsExactly("exportPng", "exportSvg", "exportCsv", "copyImage", "copyData");
        }
    }

    @Test
    void the_metrics_table_exports_the_values_it_shows_at_full_precision_and_as_svg_and_png(FxRobot robot) throws Exception {
        showClassifier(); // its tab is built when first shown
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> vm.classifier().frame() != null).get());
        Node table = node(robot, ClassifierIds.metrics(ModelRole.FOCAL));
        chooseFile(null);
        WaitForAsyncUtils.asyncFx(() -> ExportActions.menuOf(table).getItems().get(1).fire()).get();
        WaitForAsyncUtils.asyncFx(() -> Event.fireEvent(table, new MouseEvent(MouseEvent.MOUSE_PRESSED, 5, 5, 5, 5,
                MouseButton.PRIMARY, 1, false, false, false, false, true, false, false, false, false, false, null))).get();
        WaitForAsyncUtils.asyncFx(() -> view.exports().exportCurrentPlot()).get();
        assertThat(asked).as("the menu's SVG item, then Ctrl+E on the pressed table")
                .containsExactly("metrics-focal.svg [SVG]", "metrics-focal.png [PNG, SVG, CSV]");

        Path csv = dir.resolve("metrics.csv");
        // The frame the labels show and the CSV are read in one go on the FX thread: no frame can come between.
        List<Object> shown = WaitForAsyncUtils.asyncFx(() -> {
            ClassifierFrame f = vm.classifier().frame();
            List<String> labels = new ArrayList<>();
            for (Metric metric : Metric.values()) {
                labels.add(((Label) node(robot, ClassifierIds.metric(ModelRole.FOCAL, metric))).getText());
            }
            return List.<Object>of(f, labels, view.exports().write(table, ExportFormat.CSV, csv));
        }).get();
        var frame = (ClassifierFrame) shown.get(0);
        get((CompletableFuture<?>) shown.get(2));
        var focal = frame.snapshot().focal();
        var shares = LossShares.of(focal.train(), focal.loss(),
                TrainingAnalysis.DEFAULT_HARDEST_FRACTION);
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).isEqualTo("id,set,metric,value");
        assertThat(shown.get(1)).as("the labels show that frame").isEqualTo(frame.focal().metrics());
        assertThat(lines.get(1)).isEqualTo("average_precision,test,Average precision (AP),"
                + focal.testMetrics().averagePrecision());
        assertThat(Double.parseDouble(lines.get(1 + Metric.MINORITY_RECALL.ordinal()).split(",")[3]))
                .isEqualTo(focal.testMetrics().minorityRecall());
        assertThat(Double.parseDouble(lines.get(1 + Metric.EASY_NEGATIVE_LOSS.ordinal()).split(",")[3]))
                .isEqualTo(shares.easyNegativeShare());

        Path svg = dir.resolve("metrics.svg");
        get(WaitForAsyncUtils.asyncFx(() -> view.exports().write(table, ExportFormat.SVG, svg)).get());
        String text = Files.readString(svg);
        assertThat(text).contains(">Minority recall</text>", ">" + frame.focal().title() + "</text>").doesNotContain("<image");

        WaitForAsyncUtils.asyncFx(() -> view.exports().plotThemeProperty().set(PlotTheme.DARK)).get();
        Path png = dir.resolve("metrics.png");
        var content = WaitForAsyncUtils.asyncFx(() -> ((Exportable) table).exportContent()).get();
        get(WaitForAsyncUtils.asyncFx(() -> view.exports().write(table, ExportFormat.PNG, png)).get());
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo((int) Math.ceil(2 * content.width()));
        assertThat(image.getHeight()).isEqualTo((int) Math.ceil(2 * content.height()));
        assertThat(image.getRGB(2, 2) & 0xFFFFFF).isEqualTo(PlotTheme.DARK.background().getRGB() & 0xFFFFFF);
    }

    @Test
    void right_click_opens_the_menu_and_makes_the_plot_the_target_of_ctrl_e(FxRobot robot) throws Exception {
        PlotCanvas loss = Fx.one(robot, "#" + ViewIds.LOSS_PLOT, PlotCanvas.class);
        PlotCanvas gradient = Fx.one(robot, "#" + ViewIds.GRADIENT_PLOT, PlotCanvas.class);
        assertThat(view.exports().currentProperty().get()).as("the loss plot until the user touches another").isSameAs(loss);
        // What the platform sends for a right click or Shift+F10 (headless Monocle sends none of its own).
        WaitForAsyncUtils.asyncFx(() -> {
            javafx.geometry.Point2D at = gradient.localToScreen(100, 100);
            javafx.event.Event.fireEvent(gradient, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, 100, 100,
                    at.getX(), at.getY(), false, null));
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ExportActions.menuOf(gradient).isShowing()).isTrue();
        assertThat(view.exports().currentProperty().get()).isSameAs(gradient);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ExportActions.menuOf(gradient).isShowing()).isFalse();

        chooseFile(null); // the user cancels
        CompletableFuture<Path> done = WaitForAsyncUtils.asyncFx(() -> view.exports().exportCurrentPlot()).get();
        assertThat(done.join()).isNull();
        assertThat(asked).containsExactly("gradient-plot.png [PNG, SVG, CSV]");
    }

    @Test
    void the_csv_menu_item_asks_for_a_csv_file_named_after_the_plot(FxRobot robot) throws Exception {
        chooseFile(null);
        MenuItem lossCsv = ExportActions.menuOf(node(robot, ViewIds.LOSS_PLOT)).getItems().get(2);
        WaitForAsyncUtils.asyncFx(lossCsv::fire).get();
        assertThat(asked).containsExactly("loss-plot.csv [CSV]");
    }

    @Test
    void the_apps_csv_equals_the_figure_commands_for_the_same_gamma_and_alpha(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            assertThat(vm.parameters().gamma().submit("3")).isTrue();
            assertThat(vm.parameters().alpha().submit("0.5")).isTrue();
            vm.parameters().alphaEnabledProperty().set(true);
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        Path app = dir.resolve("app.csv");
        chooseFile(app);
        Node gradient = node(robot, ViewIds.GRADIENT_PLOT);
        Path written = get(WaitForAsyncUtils.asyncFx(() -> view.exports().export(gradient, List.of(ExportFormat.CSV))).get());
        assertThat(written).isEqualTo(app);

        Path cli = dir.resolve("cli.csv");
        int code = FocalExplorerCommand.execute("figure", "fig6", "--gamma", "3", "--alpha", "0.5", "--out", cli.toString());
        assertThat(code).isZero();
        assertThat(Files.readString(app)).contains("\"FL (γ = 3, α = 0.5)\"").isEqualTo(Files.readString(cli));
        assertThat(Files.mismatch(app, cli)).isEqualTo(-1L);
    }

    @Test
    void png_export_is_twice_the_plot_in_the_theme_shown(FxRobot robot) throws Exception {
        PlotCanvas loss = Fx.one(robot, "#" + ViewIds.LOSS_PLOT, PlotCanvas.class);
        WaitForAsyncUtils.asyncFx(() -> view.exports().plotThemeProperty().set(PlotTheme.DARK)).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(loss.themeProperty().get()).isSameAs(PlotTheme.DARK);
        Screenshots.write(stage.getScene(), "export-dark-en.png");

        Path png = dir.resolve("loss.png");
        chooseFile(png);
        get(WaitForAsyncUtils.asyncFx(() -> view.exports().export(loss, List.of(ExportFormat.PNG))).get());
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo((int) Math.ceil(2 * Math.floor(loss.getWidth())));
        assertThat(image.getHeight()).isEqualTo((int) Math.ceil(2 * Math.floor(loss.getHeight())));
        assertThat(image.getRGB(2, 2) & 0xFFFFFF).isEqualTo(PlotTheme.DARK.background().getRGB() & 0xFFFFFF);
    }

    @Test
    void a_failed_write_shows_a_message_and_leaves_nothing(FxRobot robot) throws Exception {
        Path missing = dir.resolve("no-such-folder").resolve("loss.svg");
        chooseFile(missing);
        Node loss = node(robot, ViewIds.LOSS_PLOT);
        CompletableFuture<Path> done = WaitForAsyncUtils.asyncFx(
                () -> view.exports().export(loss, List.of(ExportFormat.SVG))).get();
        assertThatThrownBy(() -> get(done)).isInstanceOf(ExecutionException.class);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.exports().errorProperty().get()).startsWith("Could not write loss.svg:");
        assertThat(Window.getWindows().stream().filter(w -> w != stage && w.isShowing())).as("the error dialog").isNotEmpty();
        assertThat(Files.exists(missing.getParent())).isFalse();
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void a_plot_tells_a_screen_reader_its_title_curves_and_probe(FxRobot robot) throws Exception {
        PlotCanvas loss = Fx.one(robot, "#" + ViewIds.LOSS_PLOT, PlotCanvas.class);
        String text = loss.getAccessibleText();
        assertThat(text).startsWith(loss.getData().title()).contains("CE").contains("FL (γ = 2)");
        assertThat(text).contains(EN.format("export.accessible.probe", loss.getData().title(), "", loss.getData().xLabel(),
                "0.9").substring(loss.getData().title().length() + 12));
    }
}
