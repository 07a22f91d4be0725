package org.focalexplorer.io.session;

import java.util.List;

/**
 * How the window is laid out.
 *
 * @param feature        the tab shown, one of {@link #FEATURES}
 * @param fontScale      text size in percent (&gt; 0; the explorer accepts 100–200)
 * @param sidePanelShown whether the side panel (explanations, code) is shown
 * @param sideDivider    where the divider to the side panel sits, in [0, 1]
 */
public record ViewState(String feature, int fontScale, boolean sidePanelShown, double sideDivider) {
    public static final List<String> FEATURES = List.of("curves", "classifier");

    public ViewState {
        Check.choice("view.feature", feature, FEATURES);
        Check.range("view.font_scale", fontScale, 1, 1000);
        Check.range("view.side_divider", sideDivider, 0.0, 1.0);
    }
}
