package org.focalexplorer.testutil;

import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.focalexplorer.view.ViewIds;
import org.testfx.util.WaitForAsyncUtils;

/** Selects a tab of the side panel by its id, on the FX thread, and waits until the FX queue is drained. */
public final class SideTabs {
    private SideTabs() {}

    public static void select(Stage stage, String tabId) {
        Fx.call(() -> {
            TabPane side = (TabPane) stage.getScene().lookup("#" + ViewIds.SIDE_PANEL);
            side.getSelectionModel().select(side.getTabs().stream()
                    .filter(t -> tabId.equals(t.getId())).findFirst().orElseThrow());
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
