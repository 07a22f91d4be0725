package org.focalexplorer.app;

import org.focalexplorer.testutil.Fx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.focalexplorer.viewmodel.text.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Starts the real window headless (Monocle, see surefire's system properties) and photographs it in
 * English and, in a second window of the same JVM, in Simplified Chinese:
 * target/screenshots/explorer-en.png and explorer-zh.png.
 */
@ExtendWith(ApplicationExtension.class)
class AppSmokeTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        FocalExplorerApp.show(stage, Messages.forLocale(Locale.ENGLISH));
    }

    @Test
    void shows_the_title(FxRobot robot) {
        String title = Messages.forLocale(Locale.ENGLISH).get("app.title");
        Label label = Fx.one(robot, "#" + FocalExplorerApp.TITLE_LABEL_ID, Label.class);
        assertThat(label.getText()).isEqualTo(title);
        assertThat(label.isVisible()).isTrue();
        assertThat(stage.isShowing()).isTrue();
        assertThat(stage.getTitle()).isEqualTo(title);
    }

    @Test
    void writes_english_and_chinese_snapshots() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Path en = write(stage.getScene(), "explorer-en.png");

        Stage zh = WaitForAsyncUtils.asyncFx(() -> {
            Stage s = new Stage();
            FocalExplorerApp.show(s, Messages.forLocale(Locale.SIMPLIFIED_CHINESE));
            return s;
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        try {
            assertThat(zh.getTitle()).isEqualTo("焦点损失探索器");
            write(zh.getScene(), "explorer-zh.png");
        } finally {
            WaitForAsyncUtils.asyncFx(zh::close).get();
        }
        assertThat(Files.size(en)).isPositive();
    }

    private static Path write(Scene scene, String name) throws Exception {
        org.focalexplorer.testutil.Screenshots.Written w = org.focalexplorer.testutil.Screenshots.write(scene, name);
        assertThat(w.picture().getWidth()).isEqualTo((int) Math.round(scene.getWidth()));
        assertThat(w.picture().getHeight()).isEqualTo((int) Math.round(scene.getHeight()));
        return w.file();
    }
}
