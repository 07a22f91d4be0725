package org.focalexplorer.viewmodel.explain;

import java.util.List;
import java.util.Map;

/**
 * The explanations' live part at one moment: every section's formulas and its note for the current
 * parameters ("α is off…", empty when there is nothing to say). Each section always has the same number
 * of formulas, so a view can build its images once.
 */
public record ExplainContent(Map<ExplainSection, List<Formula>> formulas, Map<ExplainSection, String> notes) {

    public ExplainContent {
        formulas = Map.copyOf(formulas);
        notes = Map.copyOf(notes);
    }

    public List<Formula> formulas(ExplainSection s) {
        return formulas.get(s);
    }

    public String note(ExplainSection s) {
        return notes.getOrDefault(s, "");
    }
}
