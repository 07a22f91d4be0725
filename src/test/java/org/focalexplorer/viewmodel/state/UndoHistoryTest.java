package org.focalexplorer.viewmodel.state;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.focalexplorer.io.session.SessionSamples;
import org.focalexplorer.settings.YScale;
import org.focalexplorer.viewmodel.explorer.ExplorerViewModel;
import org.focalexplorer.settings.Feature;
import org.focalexplorer.viewmodel.parameters.Parameters;
import org.focalexplorer.viewmodel.parameters.Preset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class UndoHistoryTest {
    private final ExplorerViewModel vm = Explorers.english();
    private final UndoHistory undo = vm.undo();

    @AfterEach
    void dispose() {
        vm.dispose();
    }

    private double gamma() {
        return vm.parameters().gamma().get();
    }

    @Test
    void typed_values_are_one_step_each_and_undo_redo_walk_them() {
        assertThat(undo.canUndoProperty().get()).isFalse();
        vm.parameters().gamma().submit("3");
        vm.parameters().gamma().submit("4");
        assertThat(undo.undoSize()).isEqualTo(2);
        assertThat(undo.canUndoProperty().get()).isTrue();

        undo.undo();
        assertThat(gamma()).isEqualTo(3.0);
        assertThat(undo.canRedoProperty().get()).isTrue();
        undo.undo();
        assertThat(gamma()).isEqualTo(2.0);
        assertThat(undo.canUndoProperty().get()).isFalse();
        undo.undo(); // nothing left: no change
        assertThat(gamma()).isEqualTo(2.0);

        undo.redo();
        assertThat(gamma()).isEqualTo(3.0);
        undo.redo();
        assertThat(gamma()).isEqualTo(4.0);
        assertThat(undo.canRedoProperty().get()).isFalse();
        assertThat(undo.undoSize()).as("undo and redo recorded no steps of their own").isEqualTo(2);
    }

    @Test
    void a_slider_drag_is_one_step() {
        undo.adjustingProperty().set(true);
        for (int i = 0; i <= 50; i++) {
            vm.parameters().gamma().setFromSlider(2.0 + i * 0.05);
        }
        assertThat(undo.undoSize()).as("nothing recorded during the drag").isZero();
        undo.adjustingProperty().set(false);
        assertThat(gamma()).isEqualTo(4.5);
        assertThat(undo.undoSize()).isEqualTo(1);
        undo.undo();
        assertThat(gamma()).isEqualTo(2.0);
        undo.redo();
        assertThat(gamma()).isEqualTo(4.5);
    }

    @Test
    void drags_of_two_sliders_are_a_step_each() {
        BooleanProperty gammaChanging = new SimpleBooleanProperty();
        BooleanProperty alphaChanging = new SimpleBooleanProperty();
        undo.follow(gammaChanging);
        undo.follow(alphaChanging);
        gammaChanging.set(true);
        vm.parameters().gamma().setFromSlider(3);
        vm.parameters().gamma().setFromSlider(4);
        gammaChanging.set(false);
        alphaChanging.set(true);
        vm.parameters().alpha().setFromSlider(0.5);
        vm.parameters().alpha().setFromSlider(0.6);
        alphaChanging.set(false);
        assertThat(undo.undoSize()).isEqualTo(2);
        undo.undo();
        assertThat(vm.parameters().alpha().get()).isEqualTo(0.25);
        assertThat(gamma()).isEqualTo(4.0);
    }

    @Test
    void a_drag_back_to_where_it_started_is_no_step() {
        undo.adjustingProperty().set(true);
        vm.parameters().alpha().setFromSlider(0.4);
        vm.parameters().alpha().setFromSlider(0.25);
        undo.adjustingProperty().set(false);
        assertThat(undo.undoSize()).isZero();
    }

    @Test
    void a_preset_is_one_step() {
        vm.parameters().apply(Preset.ALPHA_BALANCED_CE);
        assertThat(undo.undoSize()).isEqualTo(1);
        undo.undo();
        assertThat(vm.parameters().parameters()).isEqualTo(new Parameters(false, 0.25, 2.0, 1.0));
    }

    @Test
    void a_new_change_clears_redo() {
        vm.parameters().gamma().submit("3");
        undo.undo();
        assertThat(undo.canRedoProperty().get()).isTrue();
        vm.parameters().beta().submit("2");
        assertThat(undo.canRedoProperty().get()).isFalse();
        undo.redo();
        assertThat(gamma()).isEqualTo(2.0);
        assertThat(vm.parameters().beta().get()).isEqualTo(2.0);
    }

    @Test
    void curve_options_and_classifier_settings_are_steps_too() {
        vm.curves().yScaleProperty().set(YScale.LOG);
        vm.classifier().settings().seedProperty().set(42);
        vm.classifier().settings().submitHidden("4");
        assertThat(undo.undoSize()).isEqualTo(3);
        undo.undo();
        assertThat(vm.classifier().settings().hiddenTextProperty().get()).isEqualTo("16, 16");
        undo.undo();
        assertThat(vm.classifier().settings().seedProperty().get()).isEqualTo(7);
        undo.undo();
        assertThat(vm.curves().yScaleProperty().get()).isEqualTo(YScale.LINEAR);
    }

    @Test
    void undo_leaves_the_view_the_probe_and_the_language_alone() {
        vm.parameters().gamma().submit("5");
        vm.featureProperty().set(Feature.CLASSIFIER);
        vm.fontScaleProperty().set(175);
        vm.probe().submitProbability("0.6");
        assertThat(undo.undoSize()).as("none of those is a step").isEqualTo(1);
        undo.undo();
        assertThat(gamma()).isEqualTo(2.0);
        assertThat(vm.featureProperty().get()).isEqualTo(Feature.CLASSIFIER);
        assertThat(vm.fontScaleProperty().get()).isEqualTo(175);
        assertThat(vm.probe().pinned().pt()).isEqualTo(0.6);
    }

    @Test
    void a_whole_state_applied_at_once_is_one_step() {
        vm.apply(SessionSamples.sample());
        assertThat(undo.undoSize()).isEqualTo(1);
        undo.undo();
        assertThat(vm.parameters().parameters()).isEqualTo(new Parameters(false, 0.25, 2.0, 1.0));
        assertThat(vm.classifier().settings().seedProperty().get()).isEqualTo(7);
    }

    @Test
    void undo_during_a_drag_first_closes_the_drag_as_a_step() {
        vm.parameters().gamma().submit("3");
        undo.adjustingProperty().set(true);
        vm.parameters().gamma().setFromSlider(6);
        undo.undo();
        assertThat(gamma()).isEqualTo(3.0);
        undo.adjustingProperty().set(false);
        assertThat(undo.undoSize()).isEqualTo(1);
        assertThat(undo.redoSize()).isEqualTo(1);
    }

    @Test
    void the_history_keeps_at_most_its_capacity() {
        UndoHistory small = new UndoHistory(vm.liveState(), 5);
        for (int i = 1; i <= 12; i++) {
            vm.parameters().gamma().submit(String.valueOf(i * 0.5));
        }
        assertThat(small.undoSize()).isEqualTo(5);
        for (int i = 0; i < 10; i++) {
            small.undo();
        }
        assertThat(gamma()).as("the oldest kept step: γ before the 8th change").isEqualTo(3.5);
    }

    @Test
    void clear_forgets_every_step() {
        vm.parameters().gamma().submit("3");
        undo.undo();
        undo.clear();
        assertThat(undo.canUndoProperty().get()).isFalse();
        assertThat(undo.canRedoProperty().get()).isFalse();
    }
}
