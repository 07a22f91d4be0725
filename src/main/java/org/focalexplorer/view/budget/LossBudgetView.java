package org.focalexplorer.view.budget;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.focalexplorer.view.Controls;
import org.focalexplorer.viewmodel.budget.BudgetGroup;
import org.focalexplorer.viewmodel.budget.BudgetLoss;
import org.focalexplorer.viewmodel.budget.LossBudgetViewModel;
import org.focalexplorer.viewmodel.text.Messages;

/**
 * The loss-budget tab (issue #12): a 2×2 grid, easy/hard × negative/positive; in each cell the group's
 * count and p_t, and for CE, α-CE and FL two bars — its share of the total loss and of the total
 * gradient. Bars and texts are bound to the view model; nothing is computed here.
 */
public final class LossBudgetView {
    public static final String ID = "lossBudget";
    public static final String TAB_ID = "lossBudgetTab";
    private static final double BAR_WIDTH = 150;

    private final Tab tab;

    public LossBudgetView(LossBudgetViewModel vm, Messages m) {
        Label intro = new Label(m.get("budget.intro"));
        intro.setWrapText(true);
        intro.setMinHeight(Region.USE_PREF_SIZE);
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(12);
        BudgetGroup[][] layout = {
            {BudgetGroup.EASY_NEGATIVES, BudgetGroup.HARD_NEGATIVES},
            {BudgetGroup.EASY_POSITIVES, BudgetGroup.HARD_POSITIVES}};
        for (int row = 0; row < 2; row++) {
            for (int col = 0; col < 2; col++) {
                grid.add(cell(vm, m, layout[row][col]), col, row);
            }
        }
        Label summary = new Label();
        summary.setId(ID + "-summary");
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        summary.getStyleClass().add("budget-summary");
        summary.textProperty().bind(vm.summaryProperty());
        Label note = new Label(m.get("budget.alphaNote"));
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);
        Label error = Controls.errorLabel(ID + "-error");
        error.textProperty().bind(vm.errorProperty());
        Label ohem = new Label();
        ohem.setId(ID + "-ohem");
        ohem.setWrapText(true);
        ohem.setMinHeight(Region.USE_PREF_SIZE);
        ohem.textProperty().bind(vm.ohemProperty());
        VBox body = new VBox(10, intro, grid, error, summary, note, ohem);
        body.setId(ID);
        body.setStyle("-fx-padding: 0.6em;");
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        tab = new Tab(m.get("budget.tab"), scroll);
        tab.setId(TAB_ID);
        tab.setTooltip(new Tooltip(m.get("budget.tab.tooltip")));
    }

    public Tab tab() {
        return tab;
    }

    public static String countId(BudgetGroup g) {
        return ID + "-count-" + g.name();
    }

    public static String ptId(BudgetGroup g) {
        return ID + "-pt-" + g.name();
    }

    public static String barId(BudgetLoss l, BudgetGroup g, boolean gradient) {
        return ID + "-" + (gradient ? "gradient-" : "loss-") + l.name() + "-" + g.name();
    }

    private static VBox cell(LossBudgetViewModel vm, Messages m, BudgetGroup g) {
        Label name = Controls.heading(m.get(g.key()));
        TextField count = entry(vm.countTextProperty(g).get(), countId(g), m.get("budget.count.tooltip"));
        count.setOnAction(e -> {
            if (!vm.submitCount(g, count.getText())) {
                count.setText(vm.countTextProperty(g).get());
            }
        });
        TextField pt = entry(vm.ptTextProperty(g).get(), ptId(g), m.get("budget.pt.tooltip"));
        pt.setOnAction(e -> {
            if (!vm.submitPt(g, pt.getText())) {
                pt.setText(vm.ptTextProperty(g).get());
            }
        });
        VBox cell = new VBox(4, name, labelled(m.get("budget.count"), count), labelled(m.get("budget.pt"), pt));
        for (BudgetLoss l : BudgetLoss.values()) {
            Label text = new Label();
            text.textProperty().bind(vm.textProperty(l, g));
            text.setWrapText(true);
            cell.getChildren().addAll(text, bar(vm, l, g, false), bar(vm, l, g, true));
        }
        cell.getStyleClass().add("budget-cell");
        return cell;
    }

    private static HBox labelled(String text, TextField field) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        HBox box = new HBox(6, label, field);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static TextField entry(String text, String id, String tip) {
        TextField f = new TextField(text);
        f.setId(id);
        f.setPrefColumnCount(7);
        Controls.tip(f, tip);
        return f;
    }

    private static ProgressBar bar(LossBudgetViewModel vm, BudgetLoss l, BudgetGroup g, boolean gradient) {
        ProgressBar b = new ProgressBar();
        b.setId(barId(l, g, gradient));
        b.setPrefWidth(BAR_WIDTH);
        b.setMaxHeight(gradient ? 6 : 10);
        b.setOpacity(gradient ? 0.55 : 1.0);
        b.progressProperty().bind(gradient ? vm.gradientShareProperty(l, g) : vm.lossShareProperty(l, g));
        return b;
    }
}
