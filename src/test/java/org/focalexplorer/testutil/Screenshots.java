package org.focalexplorer.testutil;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Snapshot tests write their PNGs here: target/screenshots, or the folder named by the system property
 * {@code screenshots.dir} — which is how the README's screenshots in assets/ are regenerated:
 * {@code mvn -B test -Dtest='AppSmokeTest,ExplorerViewTest,ClassifierViewTest' -Dscreenshots.dir=assets/screenshots}.
 */
public final class Screenshots {
    private Screenshots() {}

    public static Path dir() throws IOException {
        String configured = System.getProperty("screenshots.dir");
        Path base = Path.of(System.getProperty("basedir", "."));
        Path dir = configured == null || configured.isBlank() ? base.resolve("target").resolve("screenshots") : base.resolve(configured);
        Files.createDirectories(dir);
        return dir;
    }

    /** Renders {@code scene} on the FX thread and writes it as {@code name}; returns the file and the picture. */
    public static Written write(Scene scene, String name) throws Exception {
        return write(scene, dir(), name);
    }

    /**
     * The same into {@code target/screenshots/<folder>}, whatever {@code screenshots.dir} says: renders a
     * test makes to be looked at, too many for the README's folder.
     */
    public static Written writeLocal(Scene scene, String folder, String name) throws Exception {
        Path dir = Path.of(System.getProperty("basedir", ".")).resolve("target").resolve("screenshots").resolve(folder);
        Files.createDirectories(dir);
        return write(scene, dir, name);
    }

    private static Written write(Scene scene, Path dir, String name) throws Exception {
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get();
        BufferedImage picture = SwingFXUtils.fromFXImage(image, null);
        Path png = dir.resolve(name);
        if (!ImageIO.write(picture, "png", png.toFile())) {
            throw new IOException("no PNG writer for " + png);
        }
        return new Written(png, picture);
    }

    public record Written(Path file, BufferedImage picture) {}
}
