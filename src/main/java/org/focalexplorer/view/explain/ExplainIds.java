package org.focalexplorer.view.explain;

import org.focalexplorer.viewmodel.explain.ExplainSection;

/** Node ids of the explanations panel: the stylesheet and the UI tests find them by these. */
public final class ExplainIds {
    public static final String TAB = "explainTab";

    private ExplainIds() {}

    /** The section's TitledPane: "explain-focalTerm". */
    public static String section(ExplainSection s) {
        return "explain-" + s.key();
    }

    /** The {@code index}-th formula of a section, general or live: "formula-focalTerm-0-live". */
    public static String formula(ExplainSection s, int index, boolean live) {
        return "formula-" + s.key() + "-" + index + (live ? "-live" : "-general");
    }

    public static String note(ExplainSection s) {
        return "explainNote-" + s.key();
    }
}
