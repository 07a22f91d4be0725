package org.focalexplorer.view.explain;

import org.focalexplorer.view.Listen;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import org.focalexplorer.viewmodel.explain.ExplainContent;
import org.focalexplorer.viewmodel.explain.ExplainSection;
import org.focalexplorer.viewmodel.explain.ExplainViewModel;
import org.focalexplorer.viewmodel.text.Messages;

/**
 * The "Explain" tab of the side panel: one collapsible section per {@link ExplainSection} (the first
 * open), prose in labels and formulas rendered by JLaTeXMath. When a lesson step asks for a section
 * ({@link ExplainViewModel#openSectionProperty()}), that one is opened alone, scrolled to and its tab
 * selected: the panel shows what the step is about, not every section a user walked past.
 *
 * <p>Formulas follow the prose: their size is the first paragraph's font size (so the text-size setting
 * scales them) and their colour its CSS text fill, unless {@link #formulaColorProperty()} is set (a dark
 * theme). Any change (α, γ, β, the probe, the text size, a section opened) only asks for a render; the
 * render runs once at the next pulse, on a background thread, for the open sections only.
 */
public final class ExplainView {
    /** Formulas are drawn this much larger than the prose (JLaTeXMath's em looks smaller than the UI font's). */
    private static final double FORMULA_SCALE = 1.4;
    private static final String STYLESHEET = "/org/focalexplorer/view/explain.css";

    private final ExplainViewModel vm;
    private final Tab tab;
    private final VBox sections = new VBox();
    private final ScrollPane scroll;
    /**
     * The section a lesson step asked for: kept at the top while the content's height changes (its formulas
     * arrive, text wraps anew; the scroll position is a fraction of that height), until the user scrolls,
     * clicks or types in the panel.
     */
    private SectionPane revealing;
    /** Set while this view itself scrolls (setting the position changes the sizes it listens to). */
    private boolean adjusting;
    private final List<SectionPane> panes = new ArrayList<>();
    private final ObjectProperty<Color> formulaColor = new SimpleObjectProperty<>(this, "formulaColor");
    private final FormulaImages images = new FormulaImages();
    private final PulseCoalescer renderOnce = new PulseCoalescer(this::render);
    private long renders;
    private long passes;

    public ExplainView(ExplainViewModel vm, Messages m) {
        this.vm = vm;
        sections.getStyleClass().add("explain-panel");
        sections.setMinWidth(0);
        ExplainSection asked = vm.openSectionProperty().get(); // a window rebuilt during a lesson
        for (ExplainSection s : vm.sections()) {
            SectionPane p = new SectionPane(s, vm, m);
            p.setExpanded(asked == null ? panes.isEmpty() : s == asked);
            if (s == asked) {
                revealing = p; // scrolled to on the first layout
            }
            p.expandedProperty().addListener((o, a, open) -> renderOnce.request());
            p.layoutYProperty().addListener(o -> place());
            panes.add(p);
            sections.getChildren().add(p);
        }
        scroll = new ScrollPane(sections);
        // The skin moves the scroll position itself as the content grows: only the user's hand releases the pin.
        for (javafx.event.EventType<?> t : List.of(ScrollEvent.ANY, MouseEvent.MOUSE_PRESSED, KeyEvent.KEY_PRESSED)) {
            scroll.addEventFilter(t, e -> revealing = null);
        }
        sections.heightProperty().addListener(o -> place());
        scroll.viewportBoundsProperty().addListener(o -> place());
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("explain-scroll");
        scroll.getStylesheets().add(Objects.requireNonNull(getClass().getResource(STYLESHEET)).toExternalForm());

        tab = new Tab(m.get("explain.tab"), scroll);
        tab.setId(ExplainIds.TAB);
        Tooltip tip = new Tooltip(m.get("explain.tab.tooltip"));
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        tab.setTooltip(tip);
        tab.getProperties().put(ExplainView.class, this);

        Listen.whileAlive(scroll, vm.openSectionProperty(), (o, a, section) -> {
            if (section != null) {
                reveal(section);
            }
        });

        InvalidationListener changed = o -> renderOnce.request();
        Listen.whileAlive(scroll, vm.contentProperty(), changed);
        formulaColor.addListener(changed);
        reference().fontProperty().addListener(changed);
        reference().textFillProperty().addListener(changed);
        // A narrower or wider panel: the formulas are rendered again to fit (not shrunk as bitmaps).
        scroll.viewportBoundsProperty().addListener((o, a, b) -> {
            if (a == null || a.getWidth() != b.getWidth()) {
                renderOnce.request();
            }
        });
        renderOnce.request();
    }

    /** The view behind a tab made by {@link #tab()} (for tests and the window's wiring). */
    public static ExplainView of(Tab tab) {
        return (ExplainView) tab.getProperties().get(ExplainView.class);
    }

    public Tab tab() {
        return tab;
    }

    /** The formulas' colour; null (the default) follows the prose's CSS text fill. */
    public ObjectProperty<Color> formulaColorProperty() {
        return formulaColor;
    }

    /** How many renders have reached the screen (tests wait for the next one). */
    public long renders() {
        return renders;
    }

    /** How many times the formulas were sent to render (at most once per pulse). */
    public long renderPasses() {
        return passes;
    }

    /** Stops the render thread. */
    public void dispose() {
        images.shutdown();
    }

    /** Opens {@code section} alone, selects this tab and scrolls the section's title to the top. */
    private void reveal(ExplainSection section) {
        revealing = panes.stream().filter(p -> p.section() == section).findFirst().orElseThrow();
        panes.forEach(p -> p.setExpanded(p == revealing));
        if (tab.getTabPane() != null) {
            tab.getTabPane().getSelectionModel().select(tab);
        }
        if (scroll.getScene() != null) { // a hidden side panel has no layout: the others closed, it sits near the top
            scroll.applyCss();
            scroll.layout();
            place();
        }
    }

    /** Puts the lesson's section's title at the top of the panel, as far as the content reaches. */
    private void place() {
        if (revealing == null || adjusting) {
            return;
        }
        adjusting = true;
        try {
            double room = sections.getHeight() - scroll.getViewportBounds().getHeight();
            scroll.setVvalue(room > 0 ? Math.min(1.0, revealing.getLayoutY() / room) : 0.0);
        } finally {
            adjusting = false;
        }
    }

    private javafx.scene.control.Label reference() {
        return panes.get(0).firstParagraph();
    }

    private void render() {
        passes++;
        ExplainContent content = vm.content();
        List<SectionPane> open = new ArrayList<>();
        List<FormulaImages.Job> jobs = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        for (SectionPane p : panes) {
            p.showNote(content);
            if (p.isExpanded()) {
                List<FormulaImages.Job> j = p.jobs(content);
                open.add(p);
                jobs.addAll(j);
                counts.add(j.size());
            }
        }
        float size = (float) (reference().getFont().getSize() * FORMULA_SCALE);
        images.render(jobs, size, awt(textColor()), pictures -> {
            int from = 0;
            for (int i = 0; i < open.size(); i++) {
                open.get(i).show(content, pictures.subList(from, from + counts.get(i)));
                from += counts.get(i);
            }
            renders++;
        });
    }

    private Color textColor() {
        if (formulaColor.get() != null) {
            return formulaColor.get();
        }
        Paint fill = reference().getTextFill();
        return fill instanceof Color c ? c : Color.BLACK;
    }

    private static java.awt.Color awt(Color c) {
        return new java.awt.Color((float) c.getRed(), (float) c.getGreen(), (float) c.getBlue(), (float) c.getOpacity());
    }
}
