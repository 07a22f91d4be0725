package org.focalexplorer.view.multiclass;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.focalexplorer.plot.ClassPanel;
import org.focalexplorer.toy.MulticlassLoss;
import org.focalexplorer.view.Controls;
import org.focalexplorer.view.Listen;
import org.focalexplorer.viewmodel.classifier.PlaybackState;
import org.focalexplorer.viewmodel.multiclass.MulticlassFrame;
import org.focalexplorer.viewmodel.multiclass.MulticlassViewModel;
import org.focalexplorer.viewmodel.text.Messages;

/**
 * The multi-class lab's tab: play, step and reset, what the lab notes (γ = 0 makes the softmax focal loss
 * CE weighted by α), and one panel per model — side by side for 2 or 3 models, 2 × 2 for 4. It scrolls once
 * large text no longer lets it fit.
 */
public final class MulticlassView extends ScrollPane {
    private final PanelGrid grid = new PanelGrid();
    private final List<MulticlassModelView> panels = new ArrayList<>();
    private final MulticlassViewModel vm;
    private final Messages m;
    private java.util.function.Consumer<Node> register = n -> { };

    public MulticlassView(MulticlassViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
        setId(MulticlassIds.VIEW);
        getStyleClass().add("classifier-view");
        setFitToWidth(true);
        Label message = Controls.errorLabel(MulticlassIds.MESSAGE);
        message.textProperty().bind(vm.messageProperty());
        Label note = new Label();
        note.setId(MulticlassIds.NOTE);
        note.getStyleClass().add("lab-note");
        note.setWrapText(true);
        note.textProperty().bind(Bindings.createStringBinding(
                () -> vm.frame() == null ? "" : vm.frame().note(), vm.frameProperty()));
        note.managedProperty().bind(note.textProperty().isNotEmpty());
        note.visibleProperty().bind(note.managedProperty());
        Label intro = new Label(m.get("multiclass.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add("lab-intro");
        VBox top = new VBox(4, playback(), message, intro, note);
        top.setPadding(new Insets(6, 8, 2, 8));

        VBox content = new VBox(top, grid);
        setContent(content);
        Listen.whileAlive(grid, vm.modelsProperty(), (o, a, l) -> layoutPanels(l));
        layoutPanels(vm.modelsProperty().get());
    }

    /** How many columns the panels are in now. */
    public int columns() {
        return grid.columns();
    }

    /** The panel of each model trained now, in the order of the settings. */
    public List<MulticlassModelView> panels() {
        return List.copyOf(panels);
    }

    /**
     * Gives every node of this tab that exports to {@code register}: those there now, and those of the
     * panels made later (the models change).
     */
    public void registerExportables(java.util.function.Consumer<Node> register) {
        this.register = register;
        panels.forEach(p -> p.exportables().forEach(register));
    }

    /** Where the keyboard goes when the tab is shown. */
    public Node focusTarget() {
        return this;
    }

    private void layoutPanels(List<MulticlassLoss> losses) {
        grid.getChildren().clear();
        panels.clear();
        grid.setDesiredColumns(losses.size() == 4 ? 2 : losses.size()); // four as 2 × 2: each stays large
        for (int i = 0; i < losses.size(); i++) {
            MulticlassLoss loss = losses.get(i);
            ObservableValue<ClassPanel> panel = Bindings.createObjectBinding(() -> panelOf(vm.frame(), loss),
                    vm.frameProperty());
            MulticlassModelView view = new MulticlassModelView(loss, panel, m);
            // A square field as wide as its column, never taller than about half the window.
            view.field().prefHeightProperty().bind(Bindings.min(view.widthProperty(),
                    Bindings.max(180, heightProperty().multiply(0.55))));
            panels.add(view);
            grid.getChildren().add(view);
            view.exportables().forEach(register);
        }
    }

    private static ClassPanel panelOf(MulticlassFrame f, MulticlassLoss loss) {
        if (f == null) {
            return null;
        }
        for (ClassPanel p : f.panels()) {
            if (p.loss() == loss) {
                return p;
            }
        }
        return null; // the frame of the models before the change; the next one brings this model
    }

    private HBox playback() {
        Button play = button(MulticlassIds.PLAY, m.get("classifier.play"), m.get("multiclass.play.tooltip"));
        play.textProperty().bind(Bindings.when(vm.stateProperty().isEqualTo(PlaybackState.RUNNING))
                .then(m.get("classifier.pause")).otherwise(m.get("classifier.play")));
        play.disableProperty().bind(vm.stateProperty().isEqualTo(PlaybackState.DIVERGED));
        play.setOnAction(e -> vm.togglePlay());
        play.getStyleClass().add("play-button");
        var paused = vm.stateProperty().isEqualTo(PlaybackState.PAUSED);
        Button step1 = button(MulticlassIds.STEP_1, m.get("classifier.step1"), m.get("classifier.step1.tooltip"));
        step1.setOnAction(e -> vm.step(1));
        Button step100 = button(MulticlassIds.STEP_100, m.get("classifier.step100"), m.get("classifier.step100.tooltip"));
        step100.setOnAction(e -> vm.step(100));
        step1.disableProperty().bind(paused.not());
        step100.disableProperty().bind(paused.not());
        Button reset = button(MulticlassIds.RESET, m.get("classifier.reset"), m.get("multiclass.reset.tooltip"));
        reset.setOnAction(e -> vm.reset());
        Label counter = new Label();
        counter.setId(MulticlassIds.STEP_COUNTER);
        counter.getStyleClass().add("step-counter");
        counter.textProperty().bind(vm.stepTextProperty());
        counter.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(8, play, step1, step100, reset, counter);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("playback-bar");
        return bar;
    }

    private static Button button(String id, String text, String tooltip) {
        Button b = new Button(text);
        b.setId(id);
        b.setFocusTraversable(false);
        b.setMinWidth(Region.USE_PREF_SIZE);
        Controls.tip(b, tooltip);
        return b;
    }
}
