package org.focalexplorer.view.classifier;

import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.controlsfx.control.ToggleSwitch;
import org.focalexplorer.viewmodel.classifier.ClassifierViewModel;

/**
 * Space plays or pauses and → runs one step while the live classifier is shown, unless the key belongs to
 * the control that has the keyboard (a text field, a slider, a focused button's Space…).
 */
public final class ClassifierShortcuts {
    private ClassifierShortcuts() {}

    /** Listens on {@code root} (the window's content) while {@code active} says the classifier is shown. */
    public static void install(Node root, ClassifierViewModel vm, BooleanSupplier active) {
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (!active.getAsBoolean() || e.isControlDown() || e.isAltDown() || e.isMetaDown() || e.isShortcutDown()) {
                return;
            }
            Object target = e.getTarget();
            if (e.getCode() == KeyCode.SPACE && !usesSpace(target)) {
                vm.togglePlay();
                e.consume();
            } else if ((e.getCode() == KeyCode.RIGHT || e.getCode() == KeyCode.KP_RIGHT) && !e.isShiftDown()
                    && !usesArrows(target)) {
                vm.step(1);
                e.consume();
            }
        });
    }

    private static boolean usesSpace(Object target) {
        return target instanceof TextInputControl || target instanceof ButtonBase || target instanceof ComboBoxBase
                || target instanceof ToggleSwitch || inside(target, Spinner.class);
    }

    private static boolean usesArrows(Object target) {
        // A plot that has the keyboard moves its probe with the arrows (its own handler, after this filter).
        return target instanceof TextInputControl || target instanceof Slider || target instanceof ComboBoxBase
                || target instanceof ToggleButton || inside(target, Spinner.class)
                || inside(target, org.focalexplorer.view.plot.PlotCanvas.class);
    }

    private static boolean inside(Object target, Class<?> type) {
        for (Node n = target instanceof Node node ? node : null; n != null; n = n.getParent()) {
            if (type.isInstance(n)) {
                return true;
            }
        }
        return false;
    }
}
