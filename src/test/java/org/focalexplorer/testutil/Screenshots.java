package org.focalexplorer.testutil;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where snapshot tests write their PNGs: target/screenshots, or the folder named by the system property
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
}
