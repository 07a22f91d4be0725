package org.focalexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ResourceBundle;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the real window headless (Monocle, see surefire's system properties) and photographs it. */
@ExtendWith(ApplicationExtension.class)
class AppSmokeTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        new FocalExplorerApp().start(stage);
    }

    @Test
    void shows_the_title(FxRobot robot) {
        String title = ResourceBundle.getBundle(FocalExplorerApp.BUNDLE).getString("app.title");
        Label label = robot.lookup("#" + FocalExplorerApp.TITLE_LABEL_ID).queryAs(Label.class);
        assertThat(label.getText()).isEqualTo(title);
        assertThat(label.isVisible()).isTrue();
        assertThat(stage.isShowing()).isTrue();
        assertThat(stage.getTitle()).isEqualTo(title);
    }

    @Test
    void writes_a_snapshot() throws Exception {
        Scene scene = stage.getScene();
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get();
        BufferedImage picture = SwingFXUtils.fromFXImage(image, null);

        Path dir = Path.of(System.getProperty("basedir", "."), "target", "screenshots");
        Files.createDirectories(dir);
        Path png = dir.resolve("placeholder.png");
        assertThat(ImageIO.write(picture, "png", png.toFile())).isTrue();

        assertThat(picture.getWidth()).isEqualTo((int) Math.round(scene.getWidth()));
        assertThat(picture.getHeight()).isEqualTo((int) Math.round(scene.getHeight()));
        assertThat(Files.size(png)).isPositive();
    }
}
