package org.focalexplorer.io.session;

import java.util.List;

/**
 * How the window is laid out.
 *
 * @param feature        the tab shown, one of {@link #FEATURES}
 * @param fontScale      text size in percent (&gt; 0; the explorer accepts 100–200)
 * @param sidePanelShown whether the side panel (explanations, code) is shown
 * @param sideDivider    where the divider to the side panel sits, in [0, 1]
 * @param sideTab        the side panel's tab shown, one of {@link #SIDE_TABS}; optional in a file (added within
 *                       version 1), {@link #DEFAULT_SIDE_TAB} when absent
 */
public record ViewState(String feature, int fontScale, boolean sidePanelShown, double sideDivider, String sideTab) {
    public static final List<String> FEATURES = List.of("curves", "classifier");
    public static final List<String> SIDE_TABS = List.of("explain", "code");
    public static final String DEFAULT_SIDE_TAB = "explain";

    public ViewState {
        Check.choice("view.feature", feature, FEATURES);
        Check.range("view.font_scale", fontScale, 1, 1000);
        Check.range("view.side_divider", sideDivider, 0.0, 1.0);
        Check.choice("view.side_tab", sideTab, SIDE_TABS);
    }

    /** A layout with the side panel on its first tab (as sessions before the side tab was saved held). */
    public ViewState(String feature, int fontScale, boolean sidePanelShown, double sideDivider) {
        this(feature, fontScale, sidePanelShown, sideDivider, DEFAULT_SIDE_TAB);
    }
}
