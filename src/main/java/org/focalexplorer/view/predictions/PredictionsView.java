package org.focalexplorer.view.predictions;

import java.io.File;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableDoubleValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.focalexplorer.io.predictions.OnError;
import org.focalexplorer.plot.PlotData;
import org.focalexplorer.view.Controls;
import org.focalexplorer.view.EnumToggles;
import org.focalexplorer.view.Listen;
import org.focalexplorer.view.PlotCaption;
import org.focalexplorer.view.WholeNumbers;
import org.focalexplorer.view.plot.PlotCanvas;
import org.focalexplorer.viewmodel.predictions.ColumnRequest;
import org.focalexplorer.viewmodel.predictions.PredictionsViewModel;
import org.focalexplorer.viewmodel.text.Messages;
import org.focalexplorer.io.predictions.ColumnNames;

/**
 * The "Your predictions" tab: open (button, menu, drop) with progress and Cancel, the malformed-row policy,
 * what was loaded or why not; then the p_t histogram, the shares table with the hardest k % and the
 * effective number of examples, and Figure 4 of the negatives and of the positives. It binds and draws;
 * every number comes from {@link PredictionsViewModel}.
 */
public final class PredictionsView extends ScrollPane {
    /** How a file to open is chosen (a file dialog in the app). */
    public interface FileChoice {
        /** The chosen file, or null. */
        Path choose(javafx.stage.Window owner, String title, boolean labels);
    }

    private final PredictionsViewModel vm;
    private final Messages m;
    private final PlotCanvas histogram = plot(PredictionsIds.HISTOGRAM);
    private final PlotCanvas figure4Negatives = plot(PredictionsIds.FIGURE4_NEGATIVES);
    private final PlotCanvas figure4Positives = plot(PredictionsIds.FIGURE4_POSITIVES);
    private final Button open;
    /** The hardest k % (with its spinner) and the effective number of examples, under the summary. */
    private final VBox headline = new VBox(2);
    private FileChoice files;

    public PredictionsView(PredictionsViewModel vm, Messages m, ObservableDoubleValue fontScale) {
        this.vm = vm;
        this.m = m;
        this.files = new Chooser(m);
        setId(PredictionsIds.VIEW);
        getStyleClass().add("predictions-view");
        setFitToWidth(true);
        setFitToHeight(true);

        open = button(PredictionsIds.OPEN, "predictions.open", this::chooseAndOpen);
        open.setDefaultButton(false);
        Button example = button(PredictionsIds.EXAMPLE, "predictions.example", vm::openExample);
        Label onErrorLabel = new Label(m.get("predictions.onError"));
        Map<OnError, EnumToggles.Choice> choices = new LinkedHashMap<>();
        choices.put(OnError.STOP, new EnumToggles.Choice(PredictionsIds.ON_ERROR_STOP, m.get("predictions.onError.STOP"),
                m.get("predictions.onError.STOP.tooltip")));
        choices.put(OnError.SKIP, new EnumToggles.Choice(PredictionsIds.ON_ERROR_SKIP, m.get("predictions.onError.SKIP"),
                m.get("predictions.onError.SKIP.tooltip")));
        Node onError = EnumToggles.segmented(vm.onErrorProperty(), choices);
        onErrorLabel.setLabelFor(onError);
        ProgressBar progress = new ProgressBar();
        progress.setId(PredictionsIds.PROGRESS);
        progress.progressProperty().bind(vm.progressProperty());
        progress.setPrefWidth(160);
        Label loadingText = new Label();
        loadingText.setId(PredictionsIds.LOADING);
        loadingText.textProperty().bind(vm.loadingTextProperty());
        Button cancel = button(PredictionsIds.CANCEL, "predictions.cancel", vm::cancel);
        cancel.setCancelButton(true); // Esc
        HBox busy = new HBox(8, loadingText, progress, cancel);
        busy.setAlignment(Pos.CENTER_LEFT);
        busy.visibleProperty().bind(vm.loadingProperty());
        busy.managedProperty().bind(busy.visibleProperty());
        cancel.cancelButtonProperty().bind(vm.loadingProperty());
        // The error choice goes to a second row when the buttons and it do not fit side by side (150 % text on
        // 1280×720 cut "stop" to "st…", issue #13).
        HBox onErrorBox = new HBox(8, onErrorLabel, onError);
        onErrorBox.setAlignment(Pos.CENTER_LEFT);
        onErrorBox.setMinWidth(Region.USE_PREF_SIZE);
        javafx.scene.layout.FlowPane bar = new javafx.scene.layout.FlowPane(8, 8, open, example, onErrorBox);
        bar.setAlignment(Pos.CENTER_LEFT);
        for (Node n : List.of(open, example, onErrorLabel)) {
            ((Region) n).setMinWidth(Region.USE_PREF_SIZE);
        }

        Label summary = wrapped(PredictionsIds.SUMMARY, "predictions-summary");
        summary.textProperty().bind(vm.summaryTextProperty());
        Label error = Controls.errorLabel(PredictionsIds.ERROR);
        error.textProperty().bind(vm.errorTextProperty());
        Button retry = button(PredictionsIds.RETRY, "predictions.retry", vm::retrySkipping);
        retry.visibleProperty().bind(vm.canRetrySkippingProperty());
        retry.managedProperty().bind(retry.visibleProperty());
        retry.setMinWidth(Region.USE_PREF_SIZE);
        HBox errorRow = new HBox(8, error, retry);
        errorRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(error, Priority.ALWAYS);
        errorRow.visibleProperty().bind(error.visibleProperty());
        errorRow.managedProperty().bind(errorRow.visibleProperty());
        Label info = wrapped(PredictionsIds.INFO, "predictions-info");
        info.textProperty().bind(vm.infoTextProperty());
        info.visibleProperty().bind(info.textProperty().isNotEmpty());
        info.managedProperty().bind(info.visibleProperty());
        headline.visibleProperty().bind(vm.reportProperty().isNotNull());
        headline.managedProperty().bind(headline.visibleProperty());
        VBox top = new VBox(4, bar, busy, errorRow, info, summary, headline);
        top.setPadding(new Insets(6, 8, 2, 8));

        BorderPane content = new BorderPane();
        content.setTop(top);
        StackPane centre = new StackPane(analysis(fontScale), empty());
        content.setCenter(centre);
        setContent(content);
        installDrop(this, vm, () -> { });
        Listen.whileAlive(this, vm.columnRequestProperty(), (o, a, r) -> {
            if (r != null) {
                Platform.runLater(() -> ask(r)); // not from inside the load's own callback
            }
        });
    }

    private Node analysis(ObservableDoubleValue fontScale) {
        for (PlotCanvas p : List.of(histogram, figure4Negatives, figure4Positives)) {
            p.fontScaleProperty().bind(fontScale);
        }
        histogram.dataProperty().bind(vm.histogramProperty());
        figure4Negatives.dataProperty().bind(vm.figure4NegativesProperty());
        figure4Positives.dataProperty().bind(vm.figure4PositivesProperty());

        SharesTableView table = new SharesTableView(m.get("predictions.shares.quantity"));
        table.show(vm.sharesProperty().get());
        Listen.whileAlive(table, vm.sharesProperty(), (o, a, t) -> table.show(t));

        Spinner<Integer> hardest = new Spinner<>();
        SpinnerValueFactory.IntegerSpinnerValueFactory f = new SpinnerValueFactory.IntegerSpinnerValueFactory(
                PredictionsViewModel.HARDEST_MIN, PredictionsViewModel.HARDEST_MAX, vm.hardestPercentProperty().get(), 1);
        WholeNumbers.lenient(f, "");
        hardest.setValueFactory(f);
        hardest.setEditable(true);
        hardest.setId(PredictionsIds.HARDEST);
        hardest.getEditor().setPrefColumnCount(4);
        hardest.setPrefWidth(Region.USE_COMPUTED_SIZE);
        hardest.setMinWidth(Region.USE_PREF_SIZE);
        Controls.tip(hardest, m.get("predictions.hardest.tooltip"));
        f.valueProperty().addListener((o, a, v) -> {
            if (v != null) {
                vm.hardestPercentProperty().set(v);
            }
        });
        Listen.whileAlive(hardest, vm.hardestPercentProperty(), (o, a, v) -> f.setValue(v.intValue()));
        Label hardestLabel = new Label(m.get("predictions.hardest"));
        hardestLabel.setLabelFor(hardest);
        hardestLabel.setMinWidth(Region.USE_PREF_SIZE);
        Label unit = new Label(m.get("predictions.hardest.unit"));
        Label hardestText = wrapped(PredictionsIds.HARDEST_TEXT, "predictions-headline");
        hardestText.textProperty().bind(vm.hardestTextProperty());
        HBox.setHgrow(hardestText, Priority.ALWAYS);
        HBox hardestRow = new HBox(6, hardestLabel, hardest, unit, hardestText);
        hardestRow.setAlignment(Pos.CENTER_LEFT);
        Label effectiveText = wrapped(PredictionsIds.EFFECTIVE_TEXT, "predictions-headline");
        effectiveText.textProperty().bind(vm.effectiveTextProperty());
        headline.getChildren().setAll(hardestRow, effectiveText);
        Label alphaNote = wrapped("predictionsAlphaNote", "predictions-note");
        alphaNote.setText(m.get("predictions.alpha.multiclass"));
        alphaNote.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> vm.analysisProperty().get() != null && !vm.analysisProperty().get().set().binary(),
                vm.analysisProperty()));
        alphaNote.managedProperty().bind(alphaNote.visibleProperty());
        VBox sharesBox = new VBox(6, Controls.heading(m.get("predictions.shares.title")), table, alphaNote);
        sharesBox.getStyleClass().add("predictions-shares");
        sharesBox.setPadding(new Insets(4, 6, 4, 6));
        ScrollPane sharesScroll = new ScrollPane(sharesBox);
        sharesScroll.setFitToWidth(true);
        sharesScroll.setHbarPolicy(ScrollBarPolicy.NEVER);

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.setPadding(new Insets(4, 8, 8, 8));
        // its explanation is a tooltip: a caption would take the height the plot needs at 720 px
        javafx.scene.control.Tooltip histogramTip = new javafx.scene.control.Tooltip(m.get("predictions.histogram.tooltip"));
        histogramTip.setWrapText(true);
        histogramTip.setMaxWidth(420);
        javafx.scene.control.Tooltip.install(histogram, histogramTip);
        grid.add(histogram, 0, 0);
        grid.add(sharesScroll, 1, 0);
        // the two Figure 4 plots share one caption under the row
        HBox pair = new HBox(8, figure4Negatives, figure4Positives);
        HBox.setHgrow(figure4Negatives, Priority.ALWAYS);
        HBox.setHgrow(figure4Positives, Priority.ALWAYS);
        figure4Negatives.setPrefWidth(10);
        figure4Positives.setPrefWidth(10);
        grid.add(PlotCaption.under(pair, "predictionsFigure4-caption",
                new javafx.beans.property.SimpleStringProperty(m.get("predictions.figure4.tooltip"))), 0, 1, 2, 1);
        // the table needs a little more width and height than the plots beside and under it
        for (double[] share : new double[][] {{46, 52}, {54, 48}}) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(share[0]);
            c.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(c);
            RowConstraints r = new RowConstraints();
            r.setPercentHeight(share[1]);
            r.setVgrow(Priority.ALWAYS);
            grid.getRowConstraints().add(r);
        }
        grid.visibleProperty().bind(vm.reportProperty().isNotNull());
        return grid;
    }

    /** Before any file: what the tab is for and how to start. */
    private Node empty() {
        Label hint = new Label(m.get("predictions.empty"));
        hint.setWrapText(true);
        hint.getStyleClass().add("predictions-empty-title");
        Label formats = new Label(m.get("predictions.empty.formats"));
        formats.setWrapText(true);
        formats.getStyleClass().add("predictions-note");
        VBox box = new VBox(10, hint, formats);
        box.setId(PredictionsIds.EMPTY);
        box.setMaxWidth(640);
        box.setAlignment(Pos.CENTER_LEFT);
        box.visibleProperty().bind(vm.reportProperty().isNull());
        box.setMouseTransparent(true);
        StackPane.setAlignment(box, Pos.CENTER);
        return box;
    }

    /** File → Open predictions…: a file dialog, then the load. */
    public void chooseAndOpen() {
        Path p = choose(m.get("predictions.chooser.title"), false);
        if (p != null) {
            vm.open(p);
        }
    }

    /** A file from the dialog; null when none was chosen or the platform has no file dialog (headless). */
    private Path choose(String title, boolean labels) {
        try {
            return files.choose(getScene() == null ? null : getScene().getWindow(), title, labels);
        } catch (UnsupportedOperationException e) {
            vm.fileDialogUnavailable();
            return null;
        }
    }

    /** Replaces the file dialog (tests). */
    public void setFileChoice(FileChoice choice) {
        files = choice;
    }

    private void ask(ColumnRequest r) {
        if (vm.columnRequestProperty().get() != r) {
            return;
        }
        if (r.kind() == ColumnNames.Kind.NEEDS_LABELS_FILE) {
            Path labels = choose(m.format("predictions.labelsFile.title", r.fileName()), true);
            if (labels == null) {
                vm.dismissColumnRequest();
            } else {
                vm.chooseLabelsFile(labels);
            }
            return;
        }
        ColumnChooser.show(getScene() == null ? null : getScene().getWindow(), r, m, vm::chooseColumns,
                vm::dismissColumnRequest);
    }

    /**
     * Dropping one file on {@code target} opens it ({@code before} runs first, e.g. to show this tab); the
     * pointer shows that a drop is accepted only while one file is dragged.
     */
    public static void installDrop(Node target, PredictionsViewModel vm, Runnable before) {
        target.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (droppable(e.getDragboard().getFiles())) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        target.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            List<File> dropped = e.getDragboard().getFiles();
            boolean ok = droppable(dropped);
            if (ok) {
                before.run();
                vm.open(dropped.get(0).toPath());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    /** Exactly one regular file. */
    static boolean droppable(List<File> files) {
        return files != null && files.size() == 1 && files.get(0).isFile();
    }

    /** Every plot of this tab, for export. */
    public List<Node> exportables() {
        return List.of(histogram, figure4Negatives, figure4Positives);
    }

    public PlotCanvas histogram() {
        return histogram;
    }

    /** Where the keyboard goes when the tab is shown. */
    public Node focusTarget() {
        return open;
    }

    private Button button(String id, String key, Runnable action) {
        Button b = new Button(m.get(key));
        b.setId(id);
        Controls.tip(b, m.get(key + ".tooltip"));
        b.setOnAction(e -> action.run());
        return b;
    }

    private static Label wrapped(String id, String style) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add(style);
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }

    private static PlotCanvas plot(String id) {
        PlotCanvas p = new PlotCanvas();
        p.setId(id);
        p.setMinSize(200, 140);
        return p;
    }

    /** The app's file dialog, remembering the folder. */
    private static final class Chooser implements FileChoice {
        private final Messages m;
        private File lastDirectory;

        Chooser(Messages m) {
            this.m = m;
        }

        @Override
        public Path choose(javafx.stage.Window owner, String title, boolean labels) {
            FileChooser fc = new FileChooser();
            fc.setTitle(title);
            if (lastDirectory != null && lastDirectory.isDirectory()) {
                fc.setInitialDirectory(lastDirectory);
            }
            fc.getExtensionFilters().add(labels
                    ? new FileChooser.ExtensionFilter(m.get("predictions.chooser.all"), "*.npy")
                    : new FileChooser.ExtensionFilter(m.get("predictions.chooser.all"), "*.csv", "*.tsv", "*.txt",
                            "*.npy", "*.npz"));
            fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(m.get("predictions.chooser.any"), "*"));
            File chosen = fc.showOpenDialog(owner);
            if (chosen == null) {
                return null;
            }
            lastDirectory = chosen.getParentFile();
            return chosen.toPath();
        }
    }
}
