package org.focalexplorer.io.session;

import java.util.List;

/**
 * Which curves are overlaid and how the axes are drawn.
 *
 * @param xAxis  one of {@link #X_AXES}
 * @param yScale one of {@link #Y_SCALES}
 */
public record CurveState(boolean alphaCe, boolean fl, boolean flStar, boolean paperFamily, String xAxis,
                         String yScale) {
    public static final List<String> X_AXES = List.of("probability", "logit");
    public static final List<String> Y_SCALES = List.of("linear", "log");

    public CurveState {
        Check.choice("curves.x_axis", xAxis, X_AXES);
        Check.choice("curves.y_scale", yScale, Y_SCALES);
    }
}
