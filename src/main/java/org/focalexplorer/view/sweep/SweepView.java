package org.focalexplorer.view.sweep;

import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tab;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.focalexplorer.analysis.sweep.AlphaGammaSweep;
import org.focalexplorer.render.ExportFormat;
import org.focalexplorer.view.Controls;
import org.focalexplorer.view.TextEntry;
import org.focalexplorer.view.WholeNumbers;
import org.focalexplorer.view.export.ExportActions;
import org.focalexplorer.settings.SweepGrid;
import org.focalexplorer.viewmodel.sweep.SweepViewModel;
import org.focalexplorer.viewmodel.text.Messages;

/**
 * The sweep tab of the side panel (issue #12): the grid, steps and seeds, Run / Cancel with progress, the
 * table beside the paper's, the finding, and Export CSV. Everything it shows comes from the view model.
 */
public final class SweepView {
    public static final String TAB_ID = "sweepTab";
    public static final String RUN_ID = "sweepRun";
    public static final String CANCEL_ID = "sweepCancel";
    public static final String EXPORT_ID = "sweepExport";
    public static final String PROGRESS_ID = "sweepProgress";
    public static final String STATUS_ID = "sweepStatus";
    public static final String FINDING_ID = "sweepFinding";
    public static final String STEPS_ID = "sweepSteps";
    public static final String SEEDS_ID = "sweepSeeds";
    public static final String CUSTOM_ID = "sweepCustom";
    public static final String GAMMAS_ID = "sweepGammas";
    public static final String ALPHAS_ID = "sweepAlphas";

    private final Tab tab;
    private final SweepTable table;
    private ExportActions exports;
    /** Held: the spinners' bidirectional bindings are weak on both sides. */
    private final javafx.beans.property.ObjectProperty<Integer> stepsObject;
    private final javafx.beans.property.ObjectProperty<Integer> seedsObject;

    public SweepView(SweepViewModel vm, Messages m) {
        Label intro = wrapped(m.get("sweep.intro"));
        ToggleGroup group = new ToggleGroup();
        RadioButton paper = new RadioButton(m.get("sweep.grid.paper"));
        RadioButton custom = new RadioButton(m.get("sweep.grid.custom"));
        paper.setWrapText(true); // a narrow side panel: two lines rather than "…" (issue #13)
        custom.setWrapText(true);
        custom.setId(CUSTOM_ID);
        paper.setToggleGroup(group);
        custom.setToggleGroup(group);
        (vm.gridProperty().get() == SweepGrid.PAPER ? paper : custom).setSelected(true);
        group.selectedToggleProperty().addListener((o, a, t) -> {
            if (t != null) {
                vm.gridProperty().set(t == custom ? SweepGrid.CUSTOM : SweepGrid.PAPER);
            }
        });
        // and back: a session or the state string sets the grid too
        org.focalexplorer.view.Listen.whileAlive(paper, vm.gridProperty(),
                (o, a, g) -> (g == SweepGrid.PAPER ? paper : custom).setSelected(true));
        Controls.tip(paper, m.get("sweep.grid.paper.tooltip"));
        Controls.tip(custom, m.get("sweep.grid.custom.tooltip"));
        // Typed lists are taken on Enter or when the field is left; a refused one keeps the previous values.
        TextField gammas = TextEntry.field(vm.gammasTextProperty(), vm::submitGammas, vm::clearEntryError);
        gammas.setId(GAMMAS_ID);
        Controls.tip(gammas, m.get("sweep.gammas.tooltip"));
        TextField alphas = TextEntry.field(vm.alphasTextProperty(), vm::submitAlphas, vm::clearEntryError);
        alphas.setId(ALPHAS_ID);
        Controls.tip(alphas, m.get("sweep.alphas.tooltip"));
        gammas.disableProperty().bind(custom.selectedProperty().not());
        alphas.disableProperty().bind(custom.selectedProperty().not());
        GridPane customGrid = new GridPane();
        customGrid.setHgap(8);
        customGrid.setVgap(4);
        customGrid.addRow(0, whole(m.get("sweep.gammas")), gammas);
        customGrid.addRow(1, whole(m.get("sweep.alphas")), alphas);
        gammas.setPrefColumnCount(6);
        alphas.setPrefColumnCount(6);
        GridPane.setHgrow(gammas, javafx.scene.layout.Priority.ALWAYS);
        GridPane.setHgrow(alphas, javafx.scene.layout.Priority.ALWAYS);

        Spinner<Integer> steps = spinner(STEPS_ID, org.focalexplorer.settings.Settings.SWEEP_MIN_STEPS, org.focalexplorer.settings.Settings.SWEEP_MAX_STEPS, vm.stepsProperty().get(), 500);
        stepsObject = vm.stepsProperty().asObject();
        steps.getValueFactory().valueProperty().bindBidirectional(stepsObject);
        Controls.tip(steps, m.get("sweep.steps.tooltip"));
        Spinner<Integer> seeds = spinner(SEEDS_ID, 1, org.focalexplorer.settings.Settings.SWEEP_MAX_SEEDS, vm.seedsProperty().get(), 1);
        seedsObject = vm.seedsProperty().asObject();
        seeds.getValueFactory().valueProperty().bindBidirectional(seedsObject);
        Controls.tip(seeds, m.get("sweep.seeds.tooltip"));
        GridPane numbers = new GridPane();
        numbers.setHgap(8);
        numbers.setVgap(4);
        numbers.addRow(0, whole(m.get("sweep.steps")), steps);
        numbers.addRow(1, whole(m.get("sweep.seeds")), seeds);

        Button run = new Button(m.get("sweep.run"));
        run.setId(RUN_ID);
        run.disableProperty().bind(vm.runningProperty());
        run.setOnAction(e -> vm.run());
        Controls.tip(run, m.get("sweep.run.tooltip"));
        Button cancel = new Button(m.get("sweep.cancel"));
        cancel.setId(CANCEL_ID);
        cancel.disableProperty().bind(vm.runningProperty().not());
        cancel.setOnAction(e -> vm.cancel());
        Button export = new Button(m.get("sweep.export"));
        export.setId(EXPORT_ID);
        export.disableProperty().bind(vm.runningProperty().or(vm.rowsProperty().isNull()));
        Controls.tip(export, m.get("sweep.export.tooltip"));
        table = new SweepTable(vm, m);
        export.setOnAction(e -> {
            if (exports != null) {
                exports.export(table, List.of(ExportFormat.CSV, ExportFormat.PNG, ExportFormat.SVG));
            }
        });
        // The buttons wrap onto a second row in a narrow panel instead of shrinking to "Ex…" (issue #13).
        javafx.scene.layout.FlowPane buttons = new javafx.scene.layout.FlowPane(8, 8, run, cancel, export);
        for (Button b : List.of(run, cancel, export)) {
            b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        ProgressBar progress = new ProgressBar();
        progress.setId(PROGRESS_ID);
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(vm.progressProperty());
        Label status = wrapped("");
        status.setId(STATUS_ID);
        status.textProperty().bind(vm.statusProperty());
        Label error = Controls.errorLabel("sweepError");
        error.textProperty().bind(vm.errorProperty());
        Label finding = wrapped("");
        finding.setId(FINDING_ID);
        finding.getStyleClass().add("budget-summary");
        finding.textProperty().bind(vm.findingProperty());
        Label paperNote = wrapped(m.get("sweep.paper.note"));
        paperNote.getStyleClass().add("hint");

        VBox body = new VBox(8, intro, paper, custom, customGrid, numbers, buttons, progress, status, error, table,
                finding, paperNote);
        body.setStyle("-fx-padding: 0.6em;");
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        tab = new Tab(m.get("sweep.tab"), scroll);
        tab.setId(TAB_ID);
        Tooltip tip = new Tooltip(m.get("sweep.tab.tooltip"));
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        tab.setTooltip(tip);
    }

    /** Registers the table with the app's export actions (right-click menu, Ctrl+E, the Export button). */
    public void exportWith(ExportActions actions) {
        exports = actions;
        table.themeProperty().bind(actions.plotThemeProperty()); // exported in the colours of the plots
        actions.add(table);
    }

    public Tab tab() {
        return tab;
    }

    public SweepTable table() {
        return table;
    }

    /** A field's name, never shorter than its text (the field beside it gives way instead). */
    private static Label whole(String text) {
        Label l = new Label(text);
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    private static Label wrapped(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    private static Spinner<Integer> spinner(String id, int min, int max, int value, int step) {
        Spinner<Integer> s = new Spinner<>();
        SpinnerValueFactory.IntegerSpinnerValueFactory f = new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max,
                value, step);
        WholeNumbers.lenient(f, "");
        s.setValueFactory(f);
        s.setEditable(true);
        s.setId(id);
        s.getEditor().setPrefColumnCount(7);
        return s;
    }
}
