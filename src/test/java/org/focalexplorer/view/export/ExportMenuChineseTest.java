package org.focalexplorer.view.export;

import org.focalexplorer.testutil.Fx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.ContextMenuEvent;
import javafx.stage.Stage;
import org.focalexplorer.testutil.Screenshots;
import org.focalexplorer.view.ViewIds;
import org.focalexplorer.view.explorer.ExplorerView;
import org.focalexplorer.view.plot.PlotCanvas;
import org.focalexplorer.viewmodel.explorer.ExplorerViewModel;
import org.focalexplorer.viewmodel.text.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The export menu and the plot's screen-reader text in Chinese. */
@ExtendWith(ApplicationExtension.class)
class ExportMenuChineseTest {
    private static final Messages ZH = Messages.forLocale(Locale.SIMPLIFIED_CHINESE);
    private ExplorerViewModel vm;

    @Start
    void start(Stage stage) {
        vm = new ExplorerViewModel(ZH, Platform::runLater);
        stage.setScene(new Scene(new ExplorerView(vm).root(), 1280, 800));
        stage.show();
    }

    @Test
    void the_menu_speaks_chinese(FxRobot robot) throws Exception {
        PlotCanvas loss = Fx.one(robot, "#" + ViewIds.LOSS_PLOT, PlotCanvas.class);
        ContextMenu menu = ExportActions.menuOf(loss);
        WaitForAsyncUtils.asyncFx(() -> {
            Point2D at = loss.localToScreen(120, 120);
            Event.fireEvent(loss, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, 120, 120, at.getX(),
                    at.getY(), true, null));
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(menu.isShowing()).isTrue();
        assertThat(menu.getItems().stream().map(MenuItem::getText).filter(t -> t != null).toList())
                .containsExactly("导出 PNG…", "导出 SVG…", "导出 CSV…", "复制图像", "复制数据");
        Screenshots.write(menu.getScene(), "export-menu-zh.png");
        assertThat(loss.getAccessibleText()).startsWith(loss.getData().title() + "。曲线：").contains("探针位于");
        WaitForAsyncUtils.asyncFx(() -> {
            menu.hide();
            vm.dispose();
        }).get();
    }
}
