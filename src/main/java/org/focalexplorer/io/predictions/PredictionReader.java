package org.focalexplorer.io.predictions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.focalexplorer.analysis.predictions.Monitor;
import org.focalexplorer.analysis.predictions.PredictionSet;

/**
 * Reads a file of predictions (CSV/TSV, .npy, .npz) into an immutable {@link PredictionSet}, or throws:
 * nothing is ever half-loaded. Run it off the UI thread; the {@link Monitor} receives the fraction read
 * (by bytes for text, by rows for NumPy) and stops the read with a CancellationException when cancelled.
 */
public final class PredictionReader {
    private PredictionReader() {}

    /**
     * @throws PredictionFileException a malformed file or row (under {@link OnError#STOP}), naming file,
     *                                 line or index, and column
     * @throws IOException             the file cannot be read
     * @throws java.util.concurrent.CancellationException the monitor was cancelled
     */
    public static PredictionSet read(Path file, ReadOptions options, Monitor monitor) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null, "not a regular file");
        }
        PredictionFormat format = options.format() != null ? options.format() : PredictionFormat.of(file);
        switch (format) {
            case NPY:
                return NpyPredictionReader.readNpy(file, options, monitor);
            case NPZ:
                return NpyPredictionReader.readNpz(file, options, monitor);
            default:
                if (options.labels() != null) {
                    throw new PredictionFileException(file.getFileName().toString(), null, null,
                            "a separate labels file goes only with .npy logits");
                }
                return CsvPredictionReader.read(file, options, monitor);
        }
    }
}
