package org.focalexplorer.viewmodel.curves;

/** Which curves are overlaid and how the axes are drawn (CE is always shown). */
public record CurveSelection(
        boolean alphaCe, boolean fl, boolean flStar, boolean paperFamily, XAxis xAxis, YScale yScale) {
}
