package org.focalexplorer.render;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The file formats a plot exports to. */
public enum ExportFormat {
    PNG("png"),
    SVG("svg"),
    CSV("csv");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    /** Without the dot. */
    public String extension() {
        return extension;
    }

    /** The format named by {@code name} ("png", "SVG", …). */
    public static ExportFormat named(String name) {
        for (ExportFormat f : values()) {
            if (f.extension.equalsIgnoreCase(name)) {
                return f;
            }
        }
        throw new IllegalArgumentException("format = '" + name + "': must be png, svg or csv");
    }

    /** The format the file name's extension names, if it names one. */
    public static Optional<ExportFormat> of(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (ExportFormat f : values()) {
            if (name.endsWith("." + f.extension)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
