package org.focalexplorer.viewmodel.curves;

import org.focalexplorer.settings.YScale;
import org.focalexplorer.settings.XAxis;
/** Which curves are overlaid and how the axes are drawn (CE is always shown). */
public record CurveSelection(
        boolean alphaCe, boolean fl, boolean flStar, boolean paperFamily, XAxis xAxis, YScale yScale) {
}
