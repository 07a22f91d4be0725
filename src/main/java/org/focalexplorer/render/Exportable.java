package org.focalexplorer.render;

/** A node on screen whose picture and data can be exported. */
public interface Exportable {
    /** What it shows now; null while it shows nothing. */
    ExportContent exportContent();
}
