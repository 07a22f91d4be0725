package org.focalexplorer.view.explorer;

import org.focalexplorer.view.Shown;
import org.focalexplorer.view.WholeNumbers;
import org.focalexplorer.view.Listen;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.focalexplorer.view.Controls;
import org.focalexplorer.view.Deferred;
import org.focalexplorer.view.budget.LossBudgetView;
import org.focalexplorer.view.code.CodeIds;
import org.focalexplorer.view.explain.ExplainIds;
import org.focalexplorer.view.ViewIds;
import org.focalexplorer.view.WrappingTabHeaders;
import org.focalexplorer.view.classifier.ClassifierIds;
import org.focalexplorer.view.classifier.ClassifierSettingsView;
import org.focalexplorer.view.classifier.ClassifierShortcuts;
import org.focalexplorer.view.classifier.ClassifierView;
import org.focalexplorer.view.multiclass.MulticlassIds;
import org.focalexplorer.view.multiclass.MulticlassSettingsView;
import org.focalexplorer.view.multiclass.MulticlassView;
import org.focalexplorer.view.code.CodeView;
import org.focalexplorer.view.curves.CurveOptionsView;
import org.focalexplorer.view.curves.CurvesGrid;
import org.focalexplorer.view.curves.PlotsView;
import org.focalexplorer.view.export.ExportActions;
import org.focalexplorer.view.explain.ExplainView;
import org.focalexplorer.view.lessons.LessonTargets;
import org.focalexplorer.view.BitmapCaches;
import org.focalexplorer.view.lessons.LessonsView;
import org.focalexplorer.view.parameters.ParametersView;
import org.focalexplorer.view.probe.ProbeView;
import org.focalexplorer.view.predictions.PredictionsIds;
import org.focalexplorer.view.predictions.PredictionsView;
import org.focalexplorer.viewmodel.explorer.ExplorerViewModel;
import org.focalexplorer.settings.Feature;
import org.focalexplorer.settings.SideTab;
import org.focalexplorer.viewmodel.text.Messages;

/**
 * The explorer window's content: the text size on top; the shared α/γ parameters on the left with the
 * options of the feature shown below them; two tabs: the curves (loss, gradient and weighting plots and
 * the probe's readout in a 2 × 2 grid that grows with the window) and the live classifier.
 */
public final class ExplorerView {
    /** Text size at 100 %, in pixels. */
    public static final double BASE_FONT_PX = 13.0;
    private static final String STYLESHEET = "/org/focalexplorer/view/explorer.css";

    private final BorderPane root = new BorderPane();
    private final PlotsView plots;
    // Built when first shown (issue #14): the start builds and styles only the curves and one side tab.
    private final Deferred<ClassifierView> classifier;
    private final Deferred<MulticlassView> multiclass;
    private final Deferred<PredictionsView> predictions;
    private final ExportActions exports;
    private final TabPane tabs = new TabPane();
    /** The features' tabs on the left, the side panel (explanations, code) on the right. */
    private final SplitPane centre = new SplitPane();
    private final TabPane side = new TabPane();
    /** The side panel with its headers, which wrap instead of overflowing (issue #13). */
    private final javafx.scene.layout.VBox sideBox = WrappingTabHeaders.wrap(side);
    private final Deferred<ExplainView> explain;
    private final CurvesGrid curvesGrid;
    private final Deferred<org.focalexplorer.view.sweep.SweepView> sweep;
    /** Presentation mode (the window's): larger text, no title bar or side panel, one plot per screen. */
    private final javafx.beans.property.BooleanProperty presenting =
            new javafx.beans.property.SimpleBooleanProperty(this, "presenting");
    /** Held so that the bidirectional binding of the spinner (weak on both sides) is not collected. */
    private final ObjectProperty<Integer> fontScaleObject;

    public ExplorerView(ExplorerViewModel vm) {
        Messages m = vm.messages();
        // Presenting: at least 150 % and a quarter larger than set, up to 200 % (a projector's back row).
        DoubleBinding scale = Bindings.createDoubleBinding(() -> {
            double set = vm.fontScaleProperty().get() / 100.0;
            return presenting.get() ? Math.max(set, Math.min(2.0, Math.max(1.5, 1.25 * set))) : set;
        }, vm.fontScaleProperty(), presenting);
        root.getStyleClass().add("explorer");
        root.getStylesheets().add(Objects.requireNonNull(getClass().getResource(STYLESHEET)).toExternalForm());
        root.styleProperty().bind(Bindings.createStringBinding(
                () -> String.format(java.util.Locale.ROOT, "-fx-font-size: %.1fpx;", BASE_FONT_PX * scale.get()),
                scale));

        // Top: title and text size.
        Label title = new Label(m.get("app.title"));
        title.setId(ViewIds.TITLE);
        title.getStyleClass().add("app-title");
        Spinner<Integer> fontSpinner = new Spinner<>();
        SpinnerValueFactory.IntegerSpinnerValueFactory factory = new SpinnerValueFactory.IntegerSpinnerValueFactory(
                ExplorerViewModel.FONT_SCALE_MIN, ExplorerViewModel.FONT_SCALE_MAX, vm.fontScaleProperty().get(),
                ExplorerViewModel.FONT_SCALE_STEP);
        WholeNumbers.lenient(factory, " %");
        fontSpinner.setValueFactory(factory);
        fontSpinner.setEditable(true); // a projector may want 130 %
        fontSpinner.setId(ViewIds.FONT_SCALE);
        fontSpinner.getEditor().setPrefColumnCount(5);
        fontSpinner.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        fontScaleObject = vm.fontScaleProperty().asObject();
        factory.valueProperty().bindBidirectional(fontScaleObject);
        Controls.tip(fontSpinner, m.get("explorer.fontScale.tooltip"));
        Label fontLabel = new Label(m.get("explorer.fontScale"));
        fontLabel.setLabelFor(fontSpinner);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        title.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        fontLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        LessonsView lessons = new LessonsView(vm.lessons(), m, root);
        HBox top = new HBox(12, title, spacer, lessons.startButton(), fontLabel, fontSpinner);
        top.setAlignment(Pos.CENTER_LEFT);
        top.getStyleClass().add("top-bar");
        top.visibleProperty().bind(presenting.not());
        top.managedProperty().bind(top.visibleProperty());
        root.setTop(top);

        // Left: the shared parameters, then the options of the feature shown.
        // (the labs' options join when their tab is first shown; one feature's options show at a time)
        CurveOptionsView curveOptions = new CurveOptionsView(vm.curves(), vm.parameters(), m);
        showWhile(curveOptions, vm.featureProperty(), Feature.CURVES);
        ParametersView parameters = new ParametersView(vm.parameters(), m);
        parameters.setId(LessonTargets.PARAMETERS_ID);
        org.focalexplorer.view.pin.PinView pin = new org.focalexplorer.view.pin.PinView(vm.pin(), m);
        VBox controls = new VBox(10, parameters, pin, new Separator(), curveOptions);
        controls.setPadding(new Insets(10, 12, 12, 12));
        ScrollPane left = new ScrollPane(controls);
        left.setFitToWidth(true);
        left.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        // Wider with larger text, but never more than a third of the window: on a 1280-pixel projector at
        // 200 % the features keep the room they need (the panel's labels wrap, its sliders shorten).
        left.prefWidthProperty().bind(Bindings.createDoubleBinding(() -> Math.max(240, Math.min(
                190 + 130 * scale.get(), root.getWidth() / 3)), scale, root.widthProperty()));
        left.setMinWidth(240);
        root.setLeft(left);

        // Centre: the plots and the probe.
        plots = new PlotsView(vm.curves(), vm.probe(), m, scale);
        ScrollPane probe = new ScrollPane(new ProbeView(vm.probe(), vm.pin(), m));
        probe.setFitToWidth(true);
        probe.getStyleClass().add("probe-scroll");
        CurvesGrid grid = new CurvesGrid(scale, java.util.List.of(plots.lossCell(), plots.gradientCell(),
                plots.weightingCell(), probe));
        curvesGrid = grid;
        exports = new ExportActions(m, plots.loss());
        for (Node n : new Node[] {plots.loss(), plots.gradient(), plots.weighting()}) {
            exports.add(n);
        }
        Tab curvesTab = tab(ClassifierIds.CURVES_TAB, m.get("explorer.tab.curves"), m.get("explorer.tab.curves.tooltip"),
                grid);
        Tab classifierTab = tab(ClassifierIds.CLASSIFIER_TAB, m.get("explorer.tab.classifier"),
                m.get("explorer.tab.classifier.tooltip"), null);
        Tab multiclassTab = tab(MulticlassIds.TAB, m.get("explorer.tab.multiclass"),
                m.get("explorer.tab.multiclass.tooltip"), null);
        Tab predictionsTab = tab(PredictionsIds.TAB, m.get("explorer.tab.predictions"),
                m.get("explorer.tab.predictions.tooltip"), null);
        classifier = new Deferred<>(() -> new ClassifierView(vm.classifier(), vm.probe(), m, scale)).whenBuilt(v -> {
            classifierTab.setContent(v);
            v.exportables().forEach(exports::add);
            ClassifierSettingsView settings = new ClassifierSettingsView(vm.classifier().settings(), m);
            showWhile(settings, vm.featureProperty(), Feature.CLASSIFIER);
            controls.getChildren().add(settings);
        });
        multiclass = new Deferred<>(() -> new MulticlassView(vm.multiclass(), m)).whenBuilt(v -> {
            multiclassTab.setContent(v);
            // The lab's panels come and go with its models: each new field registers when it is made.
            v.registerExportables(exports::add);
            MulticlassSettingsView settings = new MulticlassSettingsView(vm.multiclass(), m);
            showWhile(settings, vm.featureProperty(), Feature.MULTICLASS);
            controls.getChildren().add(settings);
        });
        predictions = new Deferred<>(() -> new PredictionsView(vm.predictions(), m, scale)).whenBuilt(v -> {
            predictionsTab.setContent(v);
            v.exportables().forEach(exports::add);
        });
        tabs.getTabs().addAll(curvesTab, classifierTab, multiclassTab, predictionsTab);
        classifier.onSelected(classifierTab);
        multiclass.onSelected(multiclassTab);
        predictions.onSelected(predictionsTab);
        java.util.Map<Feature, Tab> tabOf = java.util.Map.of(Feature.CURVES, curvesTab, Feature.CLASSIFIER, classifierTab,
                Feature.MULTICLASS, multiclassTab, Feature.PREDICTIONS, predictionsTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getSelectionModel().select(tabOf.get(vm.featureProperty().get()));
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, t) -> tabOf.forEach((f, tab) -> {
            if (tab == t) {
                vm.featureProperty().set(f);
            }
        }));
        // a file dropped anywhere on the tabs opens in the predictions tab
        PredictionsView.installDrop(tabs, vm.predictions(), () -> vm.featureProperty().set(Feature.PREDICTIONS));
        Listen.whileAlive(tabs, vm.featureProperty(), (o, a, f) -> {
            tabs.getSelectionModel().select(tabOf.get(f));
            // after the tab's content is visible again: draw what was skipped while it was hidden
            javafx.application.Platform.runLater(() -> Shown.refreshStale(tabs));
            Shown.refreshStaleAfterLayout(tabs);
            // A tab shown for the first time may have new skins, and so may the side panel, which comes back
            // with the curves tab and builds its first tab then (the whole view: the soak found the side panel's).
            BitmapCaches.offAfterLayout(root);
            if (f == Feature.CLASSIFIER) {
                focus(classifier.get().focusTarget()); // Space and → work at once
            } else if (f == Feature.PREDICTIONS) {
                focus(predictions.get().focusTarget());
            }
        });
        side.setId(ViewIds.SIDE_PANEL);
        side.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        // Prose and formulas grow with the text size; so must the panel's least width (F9 hides it).
        side.minWidthProperty().bind(scale.multiply(160));
        sideBox.minWidthProperty().bind(side.minWidthProperty());
        // Each side tab is built when first selected, and only while the panel shows (a hidden panel builds none).
        Tab explainTab = sideTab(ExplainIds.TAB, m.get("explain.tab"), m.get("explain.tab.tooltip"));
        Tab codeTab = sideTab(CodeIds.TAB, m.get("code.tab"), m.get("code.tab.tooltip"));
        Tab budgetTab = sideTab(LossBudgetView.TAB_ID, m.get("budget.tab"), m.get("budget.tab.tooltip")); // issue #12
        Tab smpTab = sideTab(org.focalexplorer.view.smp.SmpView.TAB_ID, m.get("smp.tab"), m.get("smp.tab.tooltip")); // issue #12 §5
        Tab sweepTab = sideTab(org.focalexplorer.view.sweep.SweepView.TAB_ID, m.get("sweep.tab"), m.get("sweep.tab.tooltip")); // a small Table 1b
        side.getTabs().addAll(explainTab, codeTab, budgetTab, smpTab, sweepTab);
        explain = new Deferred<>(() -> new ExplainView(vm.explain(), m)).whenBuilt(v -> fill(explainTab, v.tab()));
        Deferred<CodeView> code = new Deferred<>(() -> new CodeView(vm.code(), m)).whenBuilt(v -> fill(codeTab, v));
        Deferred<LossBudgetView> budget = new Deferred<>(() -> new LossBudgetView(vm.budget(), m))
                .whenBuilt(v -> fill(budgetTab, v.tab()));
        buildWhileShown(explain, explainTab);
        buildWhileShown(code, codeTab);
        Deferred<org.focalexplorer.view.smp.SmpView> smp = new Deferred<>(
                () -> new org.focalexplorer.view.smp.SmpView(vm.smp(), m)).whenBuilt(v -> fill(smpTab, v.tab()));
        buildWhileShown(budget, budgetTab);
        buildWhileShown(smp, smpTab);
        sweep = new Deferred<>(() -> new org.focalexplorer.view.sweep.SweepView(vm.sweep(), m)).whenBuilt(v -> {
            fill(sweepTab, v.tab());
            v.exportWith(exports);
        });
        buildWhileShown(sweep, sweepTab);
        bindSideTab(vm.sideTabProperty(), java.util.Map.of(SideTab.EXPLAIN, explainTab, SideTab.CODE, codeTab));
        // A lesson opening a section shows the explanations, built or not (the view opens the section itself).
        Listen.whileAlive(side, vm.explain().openSectionProperty(), (o, a, s) -> {
            if (s != null) {
                side.getSelectionModel().select(explainTab);
            }
        });
        centre.getItems().add(WrappingTabHeaders.wrap(tabs));
        // The side panel (explanations, code) shows only when it has something and the user wants it.
        Runnable placeSide = () -> {
            boolean show = vm.sidePanelVisibleProperty().get() && !side.getTabs().isEmpty() && !presenting.get();
            if (show && !centre.getItems().contains(sideBox)) {
                centre.getItems().add(sideBox);
                centre.setDividerPositions(vm.sideDividerProperty().get());
            } else if (!show && centre.getItems().contains(sideBox)) {
                vm.sideDividerProperty().set(centre.getDividerPositions()[0]);
                centre.getItems().remove(sideBox);
            }
        };
        Listen.whileAlive(centre, vm.sidePanelVisibleProperty(), (o, a, b) -> placeSide.run());
        presenting.addListener((o, a, b) -> placeSide.run());
        grid.onePerScreenProperty().bind(presenting);
        side.getTabs().addListener((javafx.collections.ListChangeListener<Tab>) c -> placeSide.run());
        placeSide.run();
        root.setCenter(centre);
        root.setBottom(lessons); // shown only while a lesson is active
        ClassifierShortcuts.install(root, vm.classifier(), () -> vm.featureProperty().get() == Feature.CLASSIFIER);
    }

    /** The side panel shows the state's tab, and the user's choice of tab is the state's. */
    private void bindSideTab(ObjectProperty<SideTab> shown, java.util.Map<SideTab, Tab> byId) {
        side.getSelectionModel().select(byId.get(shown.get()));
        side.getSelectionModel().selectedItemProperty().addListener((o, a, t) -> byId.forEach((id, tab) -> {
            if (tab == t) {
                shown.set(id);
            }
        }));
        Listen.whileAlive(side, shown, (o, a, id) -> side.getSelectionModel().select(byId.get(id)));
    }

    /**
     * Focuses {@code target} now and, for a tab built just now (its content not yet in the scene graph until
     * the TabPane's skin lays it out), once more after the next layout pass. A {@code runLater} here raced
     * that layout and sometimes ran first, leaving the keyboard nowhere (a full test run under load showed it).
     */
    private void focus(Node target) {
        target.requestFocus();
        if (tabs.getScene() != null) {
            org.focalexplorer.view.AfterLayout.once(tabs.getScene(), () -> {
                if (target.getScene() != null && target.getScene().getFocusOwner() != target) {
                    target.requestFocus();
                }
            });
        }
    }

    /** A side tab whose content comes when its view is built ({@link #fill}). */
    private Tab sideTab(String id, String text, String tooltip) {
        Tab t = new Tab(text);
        t.setId(id);
        Tooltip tip = new Tooltip(tooltip); // before the view is built too: its header shows it
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        t.setTooltip(tip);
        return t;
    }

    /** Moves what the view built into its tab in the panel (its tooltip, content and the view's marker). */
    private static void fill(Tab shown, Tab built) {
        Node content = built.getContent();
        built.setContent(null);
        if (built.getTooltip() != null) {
            shown.setTooltip(built.getTooltip());
        }
        shown.getProperties().putAll(built.getProperties());
        shown.setContent(content);
    }

    /** Builds {@code view} when {@code tab} is selected while the side panel is in the window. */
    private void buildWhileShown(Deferred<?> view, Tab tab) {
        Runnable check = () -> {
            if (tab.isSelected() && centre.getItems().contains(sideBox) && !view.isBuilt()) {
                view.get();
                BitmapCaches.offAfterLayout(side); // its scroll pane's skin comes at the next layout
            }
        };
        tab.selectedProperty().addListener((o, a, b) -> check.run());
        centre.getItems().addListener((javafx.collections.ListChangeListener<Node>) c -> check.run());
    }

    private static Tab tab(String id, String text, String tooltip, Node content) {
        Tab t = new Tab(text, content);
        t.setId(id);
        Tooltip tip = new Tooltip(tooltip);
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        t.setTooltip(tip);
        return t;
    }

    private static void showWhile(Node n, ObjectProperty<Feature> feature, Feature shown) {
        n.visibleProperty().bind(feature.isEqualTo(shown));
        n.managedProperty().bind(n.visibleProperty());
    }

    public Parent root() {
        return root;
    }

    public PlotsView plots() {
        return plots;
    }

    /** Export of every plot; its plot theme property sets the colours of all plots. */
    public ExportActions exports() {
        return exports;
    }

    /** The colours of every plot and decision field, on screen and in exports (LIGHT or DARK). */
    public javafx.beans.property.ObjectProperty<org.focalexplorer.render.PlotTheme> plotThemeProperty() {
        return exports.plotThemeProperty();
    }

    /** File → Export (Ctrl+E): the plot the user last interacted with (the loss plot until then). */
    public void exportCurrentPlot() {
        exports.exportCurrentPlot();
    }

    /** The multi-class lab's view, built now if its tab was not shown yet. */
    public MulticlassView multiclass() {
        return multiclass.get();
    }

    /** Whether the window presents (bound by the window; see {@code view.shell.PresentationMode}). */
    public javafx.beans.property.BooleanProperty presentingProperty() {
        return presenting;
    }

    /** The curves tab's layout (one plot per screen in presentation mode). */
    public CurvesGrid curvesGrid() {
        return curvesGrid;
    }

    /** The live classifier's view, built now if its tab was not shown yet. */
    public ClassifierView classifier() {
        return classifier.get();
    }

    /** The "Your predictions" tab's view, built now if it was not shown yet. */
    public PredictionsView predictions() {
        return predictions.get();
    }

    /** Whether the tab of {@code f} has been built (the start builds only the one shown). */
    public boolean isBuilt(Feature f) {
        return switch (f) {
            case CURVES -> true;
            case CLASSIFIER -> classifier.isBuilt();
            case MULTICLASS -> multiclass.isBuilt();
            case PREDICTIONS -> predictions.isBuilt();
        };
    }

    /** Whether the side panel's explanations have been built. */
    public boolean isExplainBuilt() {
        return explain.isBuilt();
    }

    public TabPane tabs() {
        return tabs;
    }

    /** The right-hand side panel's tabs (explanations, code); hidden while empty. */
    public TabPane sideTabs() {
        return side;
    }

    /** Stops the view's background work (the formula renderer): the window closed or was rebuilt. */
    public void dispose() {
        explain.ifBuilt().ifPresent(ExplainView::dispose);
    }

    /** The sweep tab of the side panel (issue #12), built now if it was not shown yet. */
    public org.focalexplorer.view.sweep.SweepView sweep() {
        return sweep.get();
    }

    /** The explanations of the side panel, built now if they were not shown yet. */
    public ExplainView explain() {
        return explain.get();
    }

    /** The split between the features and the side panel (its divider position is remembered). */
    public SplitPane centre() {
        return centre;
    }
}
