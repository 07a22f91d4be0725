package org.focalexplorer.render;

import java.awt.Color;

/**
 * What the plot painters draw on: the small part of a 2-D canvas they need. One implementation paints a
 * JavaFX canvas on screen, one a Java2D {@code Graphics2D} (PNG, and SVG through JFreeSVG), so the screen,
 * the PNG and the SVG come from the same drawing code.
 *
 * <p>Coordinates are in logical pixels, y down; angles in degrees, positive clockwise on screen.
 * {@link #save()}/{@link #restore()} keep the transform, the clip and every setting below.
 */
public interface Surface {
    /** Where a text's x is: its left end, its centre or its right end. */
    enum Align { LEFT, CENTER, RIGHT }

    /** Where a text's y is: the top of its line, its middle or its bottom. */
    enum Baseline { TOP, CENTER, BOTTOM }

    void save();

    void restore();

    void translate(double x, double y);

    void rotate(double degrees);

    /** Narrows the clip to this rectangle (until {@link #restore()}). */
    void clipRect(double x, double y, double w, double h);

    void setStroke(Color c);

    void setFill(Color c);

    /** Opacity of what is drawn next, 0 to 1. */
    void setAlpha(double alpha);

    void setLineWidth(double width);

    /** Dash lengths (on, off, …); none for a solid line. */
    void setDashes(double... dashes);

    /** Curves: butt ends and round joins (true), or the plain square ends and mitred joins (false). */
    void setRoundJoins(boolean round);

    void strokeLine(double x1, double y1, double x2, double y2);

    /** One open path through the first {@code n} points. */
    void strokePolyline(double[] xs, double[] ys, int n);

    void strokeRect(double x, double y, double w, double h);

    void fillRect(double x, double y, double w, double h);

    void fillOval(double x, double y, double w, double h);

    void strokeOval(double x, double y, double w, double h);

    /** The advance width of {@code text} in {@code font}. */
    double textWidth(String text, PlotFont font);

    void setFont(PlotFont font);

    /** One line of text in the fill colour and current font, squeezed horizontally to {@code maxWidth}. */
    void fillText(String text, double x, double y, Align align, Baseline baseline, double maxWidth);

    /**
     * A grid of colour cells ({@code argb} row by row, top row first) stretched over the rectangle: a
     * smooth picture on screen and in a PNG, one vector rectangle per cell in an SVG.
     */
    void fillGrid(double x, double y, double w, double h, int columns, int rows, int[] argb);
}
