package org.focalexplorer.io.predictions;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The bundled example: the test-set logits of the toy lab's CE model (see the README, "The example file").
 * It lives inside the jar, and the reader reads files, so it is copied once to a temporary folder under its
 * own name (which the messages show).
 */
public final class ExamplePredictions {
    public static final String NAME = "toy-anchors-predictions.csv";
    public static final String RESOURCE = "/org/focalexplorer/examples/" + NAME;

    private ExamplePredictions() {}

    private static Path copy;

    /** A file holding the example (a temporary copy made once, deleted when the JVM exits). Not on the UI thread. */
    public static synchronized Path file() throws IOException {
        if (copy != null && Files.isRegularFile(copy)) {
            return copy;
        }
        Path dir = Files.createTempDirectory("focal-explorer-example");
        Path file = dir.resolve(NAME);
        try (InputStream in = ExamplePredictions.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException(RESOURCE + ": not in the application");
            }
            Files.copy(in, file);
        }
        file.toFile().deleteOnExit();
        dir.toFile().deleteOnExit();
        copy = file;
        return file;
    }
}
