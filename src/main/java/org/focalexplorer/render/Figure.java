package org.focalexplorer.render;

/** Something that paints itself into a rectangle of a given size: one plot, or one decision field. */
@FunctionalInterface
public interface Figure {
    void paint(Surface surface, double width, double height);
}
