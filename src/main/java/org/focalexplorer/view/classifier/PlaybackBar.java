package org.focalexplorer.view.classifier;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.controlsfx.control.SegmentedButton;
import org.focalexplorer.view.Controls;
import org.focalexplorer.view.EnumToggles;
import org.focalexplorer.view.EnumToggles.Choice;
import org.focalexplorer.viewmodel.classifier.ClassifierViewModel;
import org.focalexplorer.settings.Figure4Class;
import org.focalexplorer.viewmodel.classifier.PlaybackState;
import org.focalexplorer.viewmodel.text.Messages;

/**
 * Play / pause, step ×1, ×10, ×100, reset, the speed, the step counter and which class Figure 4 shows.
 * Play and the step buttons do not take the keyboard focus when clicked, so Space and → keep working.
 */
final class PlaybackBar extends FlowPane {

    PlaybackBar(ClassifierViewModel vm, Messages m) {
        super(16, 4);
        getStyleClass().add("playback-bar");
        setAlignment(Pos.CENTER_LEFT);
        var paused = vm.stateProperty().isEqualTo(PlaybackState.PAUSED);

        Button play = button(ClassifierIds.PLAY, m.get("classifier.play"), m.get("classifier.play.tooltip"));
        play.textProperty().bind(Bindings.when(vm.stateProperty().isEqualTo(PlaybackState.RUNNING))
                .then(m.get("classifier.pause")).otherwise(m.get("classifier.play")));
        play.disableProperty().bind(vm.stateProperty().isEqualTo(PlaybackState.DIVERGED));
        play.setOnAction(e -> vm.togglePlay());
        play.getStyleClass().add("play-button");
        play.setMinWidth(Region.USE_PREF_SIZE);

        Button step1 = button(ClassifierIds.STEP_1, m.get("classifier.step1"), m.get("classifier.step1.tooltip"));
        Button step10 = button(ClassifierIds.STEP_10, m.get("classifier.step10"), m.get("classifier.step10.tooltip"));
        Button step100 = button(ClassifierIds.STEP_100, m.get("classifier.step100"), m.get("classifier.step100.tooltip"));
        step1.setOnAction(e -> vm.step(1));
        step10.setOnAction(e -> vm.step(10));
        step100.setOnAction(e -> vm.step(100));
        for (Button b : new Button[] {step1, step10, step100}) {
            b.disableProperty().bind(paused.not());
        }
        Button reset = new Button(m.get("classifier.reset"));
        reset.setId(ClassifierIds.RESET);
        reset.setMinWidth(Region.USE_PREF_SIZE);
        Controls.tip(reset, m.get("classifier.reset.tooltip"));
        reset.setOnAction(e -> vm.reset());

        Label speedLabel = new Label(m.get("classifier.speed"));
        speedLabel.setMinWidth(Region.USE_PREF_SIZE);
        Slider speedSlider = LevelSlider.of(ClassifierIds.SPEED, vm.speed(), m.get("classifier.speed.tooltip"));
        speedSlider.setPrefWidth(110);
        speedSlider.setShowTickMarks(false);
        Label speedValue = new Label();
        speedValue.textProperty().bind(vm.speed().textProperty());
        speedValue.setMinWidth(Region.USE_PREF_SIZE);
        speedLabel.setLabelFor(speedSlider);

        Label counter = new Label();
        counter.setId(ClassifierIds.STEP_COUNTER);
        counter.getStyleClass().add("step-counter");
        counter.textProperty().bind(vm.stepTextProperty());
        counter.setMinWidth(Region.USE_PREF_SIZE);

        Map<Figure4Class, Choice> classes = new LinkedHashMap<>();
        classes.put(Figure4Class.POSITIVES, new Choice(ClassifierIds.FIGURE4_POSITIVES,
                m.get("classifier.figure4.positives"), m.get("classifier.figure4.positives.tooltip")));
        classes.put(Figure4Class.NEGATIVES, new Choice(ClassifierIds.FIGURE4_NEGATIVES,
                m.get("classifier.figure4.negatives"), m.get("classifier.figure4.negatives.tooltip")));
        SegmentedButton figure4 = EnumToggles.segmented(vm.figure4ClassProperty(), classes);
        Label figure4Label = new Label(m.get("classifier.figure4.show"));
        figure4Label.setMinWidth(Region.USE_PREF_SIZE);

        figure4.getButtons().forEach(b -> b.setMinWidth(Region.USE_PREF_SIZE)); // "positi…" with a 5-digit step
        figure4Label.setLabelFor(figure4);

        // Groups that wrap as a whole: at a projector's text size the bar takes two lines instead of
        // pushing the tab into a horizontal scroll.
        getChildren().addAll(group(play, step1, step10, step100, reset), group(speedLabel, speedSlider, speedValue),
                group(counter), group(figure4Label, figure4));
    }

    private static HBox group(javafx.scene.Node... nodes) {
        HBox box = new HBox(8, nodes);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setMinWidth(Region.USE_PREF_SIZE);
        return box;
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
