package org.focalexplorer.view.classifier;

import org.focalexplorer.view.Listen;
import javafx.scene.control.Slider;
import org.focalexplorer.view.Controls;
import org.focalexplorer.viewmodel.classifier.LevelParameter;

/** A slider whose stops are the levels of a {@link LevelParameter}, bound to it both ways. */
final class LevelSlider {
    private LevelSlider() {}

    static Slider of(String id, LevelParameter parameter, String tooltip) {
        Slider slider = new Slider(0, parameter.maxPosition(), parameter.positionProperty().get());
        slider.setId(id);
        slider.setMajorTickUnit(1);
        slider.setMinorTickCount(0);
        slider.setSnapToTicks(true);
        slider.setBlockIncrement(1); // an arrow key moves one stop
        slider.setShowTickMarks(parameter.maxPosition() <= 24);
        Controls.tip(slider, tooltip);
        boolean[] updating = {false};
        slider.valueProperty().addListener((o, a, v) -> {
            if (!updating[0]) {
                parameter.setPosition(v.doubleValue());
            }
        });
        Listen.whileAlive(slider, parameter.positionProperty(), (o, a, v) -> {
            updating[0] = true;
            try {
                slider.setValue(v.intValue());
            } finally {
                updating[0] = false;
            }
        });
        return slider;
    }
}
