package org.focalexplorer.view.curves;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SegmentedButton;
import org.controlsfx.control.ToggleSwitch;
import org.focalexplorer.view.Controls;
import org.focalexplorer.view.EnumToggles;
import org.focalexplorer.view.EnumToggles.Choice;
import org.focalexplorer.view.ViewIds;
import org.focalexplorer.viewmodel.curves.CurvesViewModel;
import org.focalexplorer.settings.XAxis;
import org.focalexplorer.settings.YScale;
import org.focalexplorer.viewmodel.parameters.ParameterViewModel;
import org.focalexplorer.viewmodel.text.Messages;

/** Which losses are overlaid, the paper family, and the axes. */
public final class CurveOptionsView extends VBox {

    public CurveOptionsView(CurvesViewModel vm, ParameterViewModel parameters, Messages m) {
        getStyleClass().add("panel-section");
        setSpacing(8);

        Label ce = new Label(m.get("curves.ce"));
        ce.setWrapText(true);
        ce.setTooltip(new javafx.scene.control.Tooltip(m.get("curves.ce.tooltip")));
        CheckBox alphaCe = check(ViewIds.SHOW_ALPHA_CE, m.get("curves.alphaCe"), m.get("curves.alphaCe.tooltip"));
        alphaCe.selectedProperty().bindBidirectional(vm.showAlphaCeProperty());
        alphaCe.disableProperty().bind(parameters.alphaEnabledProperty().not());
        CheckBox fl = check(ViewIds.SHOW_FL, m.get("curves.fl"), m.get("curves.fl.tooltip"));
        fl.selectedProperty().bindBidirectional(vm.showFlProperty());
        CheckBox flStar = check(ViewIds.SHOW_FL_STAR, m.get("curves.flStar"), m.get("curves.flStar.tooltip"));
        flStar.selectedProperty().bindBidirectional(vm.showFlStarProperty());

        ToggleSwitch family = new ToggleSwitch(m.get("curves.family"));
        family.setId(ViewIds.PAPER_FAMILY);
        family.setMaxWidth(Double.MAX_VALUE);
        family.selectedProperty().bindBidirectional(vm.paperFamilyProperty());
        Controls.tip(family, m.get("curves.family.tooltip"));

        Map<XAxis, Choice> x = new LinkedHashMap<>();
        x.put(XAxis.PROBABILITY, new Choice(ViewIds.X_PROBABILITY, m.get("curves.xAxis.pt"),
                m.get("curves.xAxis.pt.tooltip")));
        x.put(XAxis.LOGIT, new Choice(ViewIds.X_LOGIT, m.get("curves.xAxis.xt"), m.get("curves.xAxis.xt.tooltip")));
        SegmentedButton xAxis = EnumToggles.segmented(vm.xAxisProperty(), x);

        Map<YScale, Choice> y = new LinkedHashMap<>();
        y.put(YScale.LINEAR, new Choice(ViewIds.Y_LINEAR, m.get("curves.yAxis.linear"),
                m.get("curves.yAxis.linear.tooltip")));
        y.put(YScale.LOG, new Choice(ViewIds.Y_LOG, m.get("curves.yAxis.log"), m.get("curves.yAxis.log.tooltip")));
        SegmentedButton yAxis = EnumToggles.segmented(vm.yScaleProperty(), y);

        // One reset for the three plots' zoom; each plot also resets on a double click or the 0 key.
        javafx.scene.control.Button resetZoom = new javafx.scene.control.Button(m.get("curves.resetZoom"));
        resetZoom.setId(ViewIds.RESET_ZOOM);
        resetZoom.setWrapText(true);
        resetZoom.setMaxWidth(Double.MAX_VALUE);
        Controls.tip(resetZoom, m.get("curves.resetZoom.tooltip"));
        resetZoom.setOnAction(e -> vm.resetZoom());
        resetZoom.disableProperty().bind(vm.lossZoom().zoomedProperty().or(vm.gradientZoom().zoomedProperty())
                .or(vm.weightingZoom().zoomedProperty()).not());

        getChildren().addAll(Controls.heading(m.get("curves.title")), ce, alphaCe, fl, flStar, family,
                new Label(m.get("curves.xAxis")), xAxis, new Label(m.get("curves.yAxis")), yAxis, resetZoom);
    }

    private static CheckBox check(String id, String text, String tooltip) {
        CheckBox c = new CheckBox(text);
        c.setId(id);
        c.setWrapText(true);
        Controls.tip(c, tooltip);
        return c;
    }
}
