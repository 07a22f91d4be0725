package org.focalexplorer.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.focalexplorer.toy.DecisionField;
import org.focalexplorer.toy.ModelRole;
import org.focalexplorer.toy.SideBySideTrainer;
import org.focalexplorer.toy.TrainingSettings;
import org.focalexplorer.viewmodel.classifier.FrameBuilder;
import org.focalexplorer.plot.ModelPanel;
import org.focalexplorer.viewmodel.curves.CurvesViewModel;
import org.focalexplorer.plot.PlotData;
import org.focalexplorer.viewmodel.parameters.ParameterViewModel;
import org.focalexplorer.viewmodel.text.Messages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The export pictures, painted by the app's painters on Java2D: a PNG at twice the size, a true-vector SVG. */
class PicturesTest {
    private static final Messages EN = Messages.forLocale(Locale.ENGLISH);

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    private static PlotData lossPlot() {
        CurvesViewModel vm = new CurvesViewModel(new ParameterViewModel(EN), EN, Runnable::run);
        return vm.lossPlotProperty().get();
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        DocumentBuilder b = f.newDocumentBuilder();
        return b.parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> elements(Document d, String name) {
        NodeList nodes = d.getElementsByTagNameNS("*", name);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }

    @Test
    void png_reads_back_at_twice_the_size_with_the_theme_background_and_the_curves() throws Exception {
        PlotData d = lossPlot();
        byte[] png = Pictures.png(PlotPainter.figure(d, PlotTheme.DARK, 1.0), 400, 250);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isEqualTo(800);
        assertThat(image.getHeight()).isEqualTo(500);
        assertThat(image.getRGB(1, 1) & 0xFFFFFF).isEqualTo(PlotTheme.DARK.background().getRGB() & 0xFFFFFF);
        // The FL curve's vermillion appears somewhere (it is drawn, not only the frame).
        int fl = PlotTheme.DARK.style(d.series().get(d.series().size() - 1)).color().getRGB() & 0xFFFFFF;
        boolean found = false;
        for (int x = 0; x < image.getWidth() && !found; x++) {
            for (int y = 0; y < image.getHeight() && !found; y++) {
                found = (image.getRGB(x, y) & 0xFFFFFF) == fl;
            }
        }
        assertThat(found).as("a pixel of the FL curve's colour").isTrue();
    }

    @Test
    void svg_parses_as_xml_with_each_curve_as_a_path_and_the_texts_as_text() throws Exception {
        PlotData d = lossPlot();
        Document doc = parse(Pictures.svg(PlotPainter.figure(d, PlotTheme.LIGHT, 1.0), 640, 400));
        assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(elements(doc, "image")).as("no embedded bitmap").isEmpty();
        // A curve with its hundreds of points is one path with as many line segments.
        List<Element> curves = elements(doc, "path").stream()
                .filter(p -> p.getAttribute("d").split("L").length > d.series().get(0).size() / 2).toList();
        assertThat(curves).hasSize(d.series().size());
        List<String> texts = elements(doc, "text").stream().map(Element::getTextContent).toList();
        assertThat(texts).contains(d.title(), d.xLabel(), d.yLabel(), "1.0");
        assertThat(texts).as("the legend, above the plot area").containsAll(
                d.series().stream().map(org.focalexplorer.plot.Series::label).toList());
        for (var s : d.series()) {
            assertThat(texts).contains(s.label());
        }
    }

    @Test
    void a_decision_field_in_svg_is_one_rectangle_per_cell_and_one_ellipse_per_point() throws Exception {
        SideBySideTrainer trainer = new SideBySideTrainer(TrainingSettings.defaults());
        trainer.step(150);
        ModelPanel p = new FrameBuilder(EN).apply(trainer.snapshot()).panel(ModelRole.FOCAL);
        String svg = Pictures.svg(DecisionFieldPainter.figure(p, PlotTheme.LIGHT), 300, 300);
        // kept for a look by eye (the PNG beside it is the same painting as a picture)
        java.nio.file.Files.writeString(org.focalexplorer.testutil.Screenshots.dir().resolve("export-field.svg"), svg);
        java.nio.file.Files.write(org.focalexplorer.testutil.Screenshots.dir().resolve("export-field.png"),
                Pictures.png(DecisionFieldPainter.figure(p, PlotTheme.LIGHT), 300, 300));
        Document doc = parse(svg);
        assertThat(elements(doc, "image")).isEmpty();
        DecisionField f = p.field();
        // the background and the border are rectangles too
        assertThat(elements(doc, "rect").size()).isGreaterThanOrEqualTo(f.columns() * f.rows());
        long marks = elements(doc, "ellipse").size() + elements(doc, "circle").size();
        assertThat(marks).isGreaterThanOrEqualTo(p.marks().count());
    }
}
