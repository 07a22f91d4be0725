package org.focalexplorer.viewmodel.explain;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableObjectValue;
import javafx.beans.value.ObservableValue;
import org.focalexplorer.settings.Feature;
import org.focalexplorer.viewmodel.parameters.ParameterViewModel;
import org.focalexplorer.viewmodel.parameters.Parameters;
import org.focalexplorer.viewmodel.probe.ProbeViewModel;
import org.focalexplorer.viewmodel.text.Messages;

/**
 * The teaching panel: for each {@link ExplainSection} its title and prose (from the bundles), its
 * formulas in general form and with the current α (or α off), γ, β and the probe's p_t substituted,
 * with the loss core's values, and whether it is about the feature shown.
 *
 * <p>A lesson step asks for the section that goes with it with {@link #open}; the view expands that one
 * and scrolls it into sight.
 *
 * <p>{@link #contentProperty()} is lazy: a burst of slider or pointer events only invalidates it, and
 * it is computed once when a view asks (the view asks once per pulse).
 */
public final class ExplainViewModel {
    private final ParameterViewModel parameters;
    private final ProbeViewModel probe;
    private final Messages messages;
    private final ObjectBinding<ExplainContent> content;
    private final Map<ExplainSection, BooleanBinding> relevant = new EnumMap<>(ExplainSection.class);
    private final ReadOnlyObjectWrapper<ExplainSection> openSection = new ReadOnlyObjectWrapper<>(this, "openSection");

    public ExplainViewModel(ParameterViewModel parameters, ProbeViewModel probe, Messages messages,
            ObservableValue<Feature> feature) {
        this.parameters = parameters;
        this.probe = probe;
        this.messages = messages;
        content = Bindings.createObjectBinding(this::compute, parameters.parametersProperty(),
                probe.positionProperty(), probe.readoutProperty(), messages.bundleProperty());
        for (ExplainSection s : ExplainSection.values()) {
            relevant.put(s, Bindings.createBooleanBinding(
                    () -> feature.getValue() != null && s.isAbout(feature.getValue()), feature));
        }
    }

    public List<ExplainSection> sections() {
        return Arrays.asList(ExplainSection.values());
    }

    public String title(ExplainSection s) {
        return messages.get("explain." + s.key() + ".title");
    }

    /** The section's prose, one paragraph per line of its bundle entry. */
    public List<String> paragraphs(ExplainSection s) {
        return List.of(messages.get("explain." + s.key() + ".text").split("\n"));
    }

    /** Whether the section is about the feature (tab) shown. */
    public BooleanBinding relevantProperty(ExplainSection s) {
        return relevant.get(s);
    }

    /**
     * The section last asked to be opened (by a lesson step); null while none was. It passes through null
     * on every {@link #open}, so that asking for the same section again (the user may have closed it since)
     * is a change that the view sees.
     */
    public ReadOnlyObjectProperty<ExplainSection> openSectionProperty() {
        return openSection.getReadOnlyProperty();
    }

    /** Asks the view to open section {@code s} and bring it into sight. */
    public void open(ExplainSection s) {
        Objects.requireNonNull(s, "section");
        openSection.set(null);
        openSection.set(s);
    }

    public ObservableObjectValue<ExplainContent> contentProperty() {
        return content;
    }

    public ExplainContent content() {
        return content.get();
    }

    private ExplainContent compute() {
        Parameters p = parameters.parameters();
        LiveValues values = new LiveValues(p, probe.position(), probe.readout());
        Map<ExplainSection, String> notes = new EnumMap<>(ExplainSection.class);
        if (!p.alphaEnabled()) {
            notes.put(ExplainSection.ALPHA, messages.get("explain.alpha.off"));
        }
        if (p.gamma() == 0.0) {
            notes.put(ExplainSection.FOCAL_TERM, messages.get("explain.focalTerm.gammaZero"));
            notes.put(ExplainSection.FL_STAR, messages.get("explain.flStar.gammaZero"));
        }
        return new ExplainContent(ExplainFormulas.of(values), notes);
    }
}
