package org.focalexplorer.view.smp;

import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.focalexplorer.loss.Reduction;
import org.focalexplorer.view.Controls;
import org.focalexplorer.view.Listen;
import org.focalexplorer.viewmodel.smp.MaskingDemo;
import org.focalexplorer.viewmodel.smp.SmpViewModel;
import org.focalexplorer.viewmodel.text.Messages;

/**
 * The smp tab of the side panel (issue #12 §5): reduced_threshold (toggle + r), normalized on the loss
 * budget's population, an ignore_index masking demo with its reduction (batchwise_mean's quirk shows
 * there), and smp's alpha. Every number is a view-model text; nothing is computed here.
 */
public final class SmpView {
    public static final String ID = "smp";
    public static final String TAB_ID = "smpTab";
    public static final String REDUCED_ID = ID + "-reduced";
    public static final String THRESHOLD_ID = ID + "-threshold";
    public static final String ERROR_ID = ID + "-error";
    public static final String REDUCED_TEXT_ID = ID + "-reducedText";
    public static final String NORMALIZED_ID = ID + "-normalized";
    public static final String ALPHA_ID = ID + "-alpha";
    public static final String REDUCTION_ID = ID + "-reduction";
    public static final String RESULT_ID = ID + "-maskResult";
    public static final String SCROLL_ID = ID + "-scroll";

    private final Tab tab;

    public SmpView(SmpViewModel vm, Messages m) {
        Label intro = wrapped(m.get("smp.intro"));
        VBox body = new VBox(10, intro, reduced(vm, m), normalized(vm, m), masking(vm, m), alpha(vm, m));
        body.setId(ID);
        body.setStyle("-fx-padding: 0.6em;");
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.setId(SCROLL_ID);
        tab = new Tab(m.get("smp.tab"), scroll);
        tab.setId(TAB_ID);
        tab.setTooltip(new Tooltip(m.get("smp.tab.tooltip")));
    }

    public Tab tab() {
        return tab;
    }

    public static String maskId(int i) {
        return ID + "-mask-" + i;
    }

    private static VBox reduced(SmpViewModel vm, Messages m) {
        CheckBox on = Controls.tip(new CheckBox(m.get("smp.reduced.toggle")), m.get("smp.reduced.toggle.tooltip"));
        on.setId(REDUCED_ID);
        on.setWrapText(true);
        on.setMnemonicParsing(false); // "reduced_threshold": the underscore is text, not a mnemonic
        on.selectedProperty().bindBidirectional(vm.reducedOnProperty());
        TextField r = Controls.tip(new TextField(vm.thresholdTextProperty().get()), m.get("smp.reduced.r.tooltip"));
        r.setId(THRESHOLD_ID);
        r.setPrefColumnCount(5);
        r.setOnAction(e -> {
            if (!vm.submitThreshold(r.getText())) {
                r.setText(vm.thresholdTextProperty().get());
            }
        });
        Listen.whileAlive(r, vm.thresholdTextProperty(), (o, was, now) -> r.setText(now));
        Label rLabel = new Label(m.get("smp.reduced.r"));
        rLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(6, rLabel, r);
        row.setAlignment(Pos.CENTER_LEFT);
        Label error = Controls.errorLabel(ERROR_ID);
        error.textProperty().bind(vm.errorProperty());
        Label text = wrapped("");
        text.setId(REDUCED_TEXT_ID);
        text.textProperty().bind(vm.reducedTextProperty());
        return new VBox(4, Controls.heading(m.get("smp.reduced.title")), on, row, error, text);
    }

    private static VBox normalized(SmpViewModel vm, Messages m) {
        Label text = wrapped("");
        text.setId(NORMALIZED_ID);
        text.textProperty().bind(vm.normalizedTextProperty());
        return new VBox(4, Controls.heading(m.get("smp.normalized.title")), text);
    }

    private static VBox masking(SmpViewModel vm, Messages m) {
        VBox box = new VBox(4, Controls.heading(m.get("smp.mask.title")), wrapped(m.get("smp.mask.intro")));
        for (int i = 0; i < MaskingDemo.size(); i++) {
            CheckBox c = Controls.tip(new CheckBox(), m.get("smp.mask.checkbox.tooltip"));
            c.setId(maskId(i));
            c.setWrapText(true);
            c.setMnemonicParsing(false);
            c.selectedProperty().bindBidirectional(vm.maskedProperty(i));
            c.textProperty().bind(vm.elementTextProperty(i));
            box.getChildren().add(c);
        }
        ComboBox<Reduction> reduction = new ComboBox<>(FXCollections.observableArrayList(SmpViewModel.DEMO_REDUCTIONS));
        reduction.setId(REDUCTION_ID);
        reduction.setConverter(new StringConverter<>() {
            @Override
            public String toString(Reduction r) {
                return r == null ? "" : m.get("smp.mask.reduction." + r.name());
            }

            @Override
            public Reduction fromString(String s) {
                return null; // not editable
            }
        });
        reduction.valueProperty().bindBidirectional(vm.demoReductionProperty());
        Controls.tip(reduction, m.get("smp.mask.reduction.tooltip"));
        Label reductionLabel = new Label(m.get("smp.mask.reduction"));
        reductionLabel.setMinWidth(Region.USE_PREF_SIZE);
        // label above the box: side by side they are wider than the panel at 150 % text in Chinese
        VBox row = new VBox(2, reductionLabel, reduction);
        Label result = wrapped("");
        result.setId(RESULT_ID);
        result.textProperty().bind(vm.maskResultProperty());
        box.getChildren().addAll(row, result);
        return box;
    }

    private static VBox alpha(SmpViewModel vm, Messages m) {
        Label text = wrapped("");
        text.setId(ALPHA_ID);
        text.textProperty().bind(vm.alphaTextProperty());
        return new VBox(4, Controls.heading(m.get("smp.alpha.title")), text);
    }

    private static Label wrapped(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }
}
