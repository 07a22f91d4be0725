package org.focalexplorer.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.focalexplorer.io.AtomicFiles;

/**
 * The bytes of an export, and writing them whole or not at all. The app's menus and the {@code figure}
 * command both come here, so the same plot gives the same file either way.
 */
public final class Exports {
    private Exports() {}

    /** The content in {@code format}; a content without a figure has only CSV. */
    public static byte[] bytes(ExportContent c, ExportFormat format) {
        return switch (format) {
            case PNG -> Pictures.png(figure(c, format), c.width(), c.height());
            case SVG -> Pictures.svg(figure(c, format), c.width(), c.height()).getBytes(StandardCharsets.UTF_8);
            case CSV -> c.csv().get().getBytes(StandardCharsets.UTF_8);
        };
    }

    public static void write(ExportContent c, ExportFormat format, Path file) throws IOException {
        AtomicFiles.write(file, bytes(c, format));
    }

    private static Figure figure(ExportContent c, ExportFormat format) {
        if (c.figure() == null) {
            throw new IllegalArgumentException(c.name() + " has no picture to write as " + format);
        }
        return c.figure();
    }
}
