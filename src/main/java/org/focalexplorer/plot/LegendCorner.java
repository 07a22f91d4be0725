package org.focalexplorer.plot;

/** The corner of a plot that its curves leave free for the legend. */
public enum LegendCorner {
    TOP_LEFT,
    TOP_RIGHT,
    BOTTOM_LEFT,
    BOTTOM_RIGHT
}
