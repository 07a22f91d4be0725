package org.focalexplorer.view.explain;

import org.focalexplorer.view.Listen;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import org.focalexplorer.viewmodel.explain.ExplainContent;
import org.focalexplorer.viewmodel.explain.ExplainSection;
import org.focalexplorer.viewmodel.explain.ExplainViewModel;
import org.focalexplorer.viewmodel.explain.Formula;
import org.focalexplorer.viewmodel.text.Messages;

/**
 * One section of the explanations: a collapsible pane with the prose (wrapping labels), each formula in
 * general form and with the current values, and a note when the current parameters need one. A tag in
 * the title marks the sections about the tab shown.
 */
final class SectionPane extends TitledPane {
    private final ExplainSection section;
    private final Messages messages;
    private final List<Label> prose = new ArrayList<>();
    private final List<FormulaView> general = new ArrayList<>();
    private final List<FormulaView> live = new ArrayList<>();
    private final Label note = new Label();

    SectionPane(ExplainSection section, ExplainViewModel vm, Messages m) {
        this.section = section;
        this.messages = m;
        setId(ExplainIds.section(section));
        setText(vm.title(section));
        setTooltip(new Tooltip(vm.title(section))); // the whole title where a narrow panel cuts it
        getStyleClass().add("explain-section");
        setMinWidth(0); // the panel may be narrower than a title: the prose wraps, the formulas shrink
        VBox body = new VBox(6);
        body.setMinWidth(0);
        body.getStyleClass().add("explain-body");
        for (String paragraph : vm.paragraphs(section)) {
            Label l = new Label(paragraph);
            l.setWrapText(true);
            l.getStyleClass().add("explain-text");
            prose.add(l);
            body.getChildren().add(l);
        }
        List<Formula> formulas = vm.content().formulas(section);
        for (int i = 0; i < formulas.size(); i++) {
            FormulaView g = new FormulaView(ExplainIds.formula(section, i, false));
            FormulaView v = new FormulaView(ExplainIds.formula(section, i, true));
            v.getStyleClass().add("live");
            general.add(g);
            live.add(v);
            body.getChildren().addAll(g, v);
        }
        note.setId(ExplainIds.note(section));
        note.getStyleClass().add("explain-note");
        note.setWrapText(true);
        note.visibleProperty().bind(note.textProperty().isNotEmpty());
        note.managedProperty().bind(note.visibleProperty());
        body.getChildren().add(note);
        setContent(body);

        // A dot, not a word, marks the sections about the tab shown: the title keeps the room.
        Circle dot = new Circle(4);
        dot.radiusProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> getFont().getSize() * 0.3, fontProperty()));
        dot.getStyleClass().add("relevant-dot");
        dot.setAccessibleText(m.get("explain.relevant"));
        Tooltip.install(dot, new Tooltip(m.get("explain.relevant.tooltip")));
        dot.visibleProperty().bind(vm.relevantProperty(section));
        dot.managedProperty().bind(dot.visibleProperty());
        // The title is a label of its own that wraps (SectionTitle); the pane's text stays for screen readers.
        SectionTitle title = new SectionTitle(this, vm.title(section));
        title.setGraphic(dot);
        setGraphic(title);
        setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
        setAnimated(false); // opens at once: no half-open frames on a projector or in a snapshot
        Listen.whileAlive(this, vm.relevantProperty(section), (o, a, on) -> pseudo(on));
        pseudo(vm.relevantProperty(section).get());
    }

    private void pseudo(boolean relevant) {
        pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("relevant"), relevant);
    }

    ExplainSection section() {
        return section;
    }

    /** The first paragraph: its font and text colour are the formulas' too. */
    Label firstParagraph() {
        return prose.get(0);
    }

    /** The formulas to render for {@code c}, each at most as wide as its place, in the order {@link #show} takes them. */
    List<FormulaImages.Job> jobs(ExplainContent c) {
        List<FormulaImages.Job> out = new ArrayList<>();
        List<Formula> formulas = c.formulas(section);
        for (int i = 0; i < formulas.size(); i++) {
            Formula f = formulas.get(i);
            out.add(new FormulaImages.Job(f.general().latex(), general.get(i).availableWidth()));
            if (f.hasLive()) {
                out.add(new FormulaImages.Job(f.live().latex(), live.get(i).availableWidth()));
            }
        }
        return out;
    }

    /** Shows the note at once (plain text needs no rendering). */
    void showNote(ExplainContent c) {
        note.setText(c.note(section));
    }

    /** Shows the pictures rendered from {@link #latex} of the same content. */
    void show(ExplainContent c, List<Image> images) {
        int next = 0;
        List<Formula> formulas = c.formulas(section);
        for (int i = 0; i < formulas.size(); i++) {
            Formula f = formulas.get(i);
            general.get(i).show(images.get(next++), f.general().plain(), f.general().plain());
            FormulaView v = live.get(i);
            v.setVisible(f.hasLive());
            v.setManaged(f.hasLive());
            if (f.hasLive()) {
                String plain = f.live().plain();
                v.show(images.get(next++), plain, messages.format("explain.formula.tooltip", plain));
            }
        }
    }
}
