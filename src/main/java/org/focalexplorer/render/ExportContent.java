package org.focalexplorer.render;

import java.util.function.Supplier;

/**
 * What a plot on screen hands to an export at one moment: its picture at its current size and theme, and
 * its data as CSV (made only when asked for).
 *
 * @param name    a file name stem ("loss", "decision-field-focal", …)
 * @param figure  the picture, painted on a {@link Surface} (PNG and true-vector SVG)
 * @param csv     the data
 */
public record ExportContent(String name, double width, double height, Figure figure, Supplier<String> csv) {}
