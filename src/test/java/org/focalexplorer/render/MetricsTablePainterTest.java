package org.focalexplorer.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.focalexplorer.analysis.LossShares;
import org.focalexplorer.analysis.TrainingAnalysis;
import org.focalexplorer.testutil.Screenshots;
import org.focalexplorer.toy.ClassificationMetrics;
import org.focalexplorer.toy.ModelRole;
import org.focalexplorer.toy.ModelState;
import org.focalexplorer.toy.SideBySideTrainer;
import org.focalexplorer.toy.TrainingSettings;
import org.focalexplorer.toy.TrainingSnapshot;
import org.focalexplorer.viewmodel.classifier.FrameBuilder;
import org.focalexplorer.plot.Metric;
import org.focalexplorer.plot.MetricsTable;
import org.focalexplorer.viewmodel.text.Messages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** The metrics table's export: CSV of the snapshot's values at full precision, a vector SVG, a PNG in the theme. */
class MetricsTablePainterTest {
    private static final Messages EN = Messages.forLocale(Locale.ENGLISH);
    private static final Messages ZH = Messages.forLocale(Locale.SIMPLIFIED_CHINESE);
    private static TrainingSnapshot snapshot;

    @BeforeAll
    static void train() {
        System.setProperty("java.awt.headless", "true");
        SideBySideTrainer trainer = new SideBySideTrainer(TrainingSettings.defaults());
        trainer.step(150);
        snapshot = trainer.snapshot();
    }

    private static MetricsTable table(ModelRole role, Messages m) {
        return org.focalexplorer.viewmodel.classifier.MetricsTables.of(new FrameBuilder(m).apply(snapshot).panel(role), m);
    }

    /** What each metric means, read straight from the core's results for the snapshot. */
    private static Map<Metric, Double> expected(ModelRole role) {
        ModelState model = snapshot.model(role);
        ClassificationMetrics test = model.testMetrics();
        LossShares shares = LossShares.of(model.train(), model.loss(), TrainingAnalysis.DEFAULT_HARDEST_FRACTION);
        return Map.of(Metric.AVERAGE_PRECISION, test.averagePrecision(), Metric.ROC_AUC, test.rocAuc(),
                Metric.MINORITY_RECALL, test.minorityRecall(), Metric.PRECISION, test.atHalf().precision(),
                Metric.LOG_LOSS, test.logLoss(), Metric.EASY_NEGATIVES, shares.easyNegativeFraction(),
                Metric.EASY_NEGATIVE_LOSS, shares.easyNegativeShare(), Metric.HARDEST_LOSS, shares.hardestShare(),
                Metric.CALIBRATION_ERROR, org.focalexplorer.toy.Calibration.expectedCalibrationError(model.test()));
    }

    /** RFC 4180 fields of one line (quotes around a field holding a comma or a quote). */
    static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                f.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                out.add(f.toString());
                f.setLength(0);
            } else {
                f.append(c);
            }
        }
        out.add(f.toString());
        return out;
    }

    @Test
    void csv_holds_every_metric_of_the_snapshot_at_full_precision_with_ids_and_chinese_names() {
        for (ModelRole role : ModelRole.values()) {
            String csv = PlotCsv.of(table(role, ZH));
            List<String> lines = csv.lines().toList();
            assertThat(fields(lines.get(0))).containsExactly("id", "set", ZH.get("export.csv.metric"), ZH.get("export.csv.value"));
            assertThat(lines).hasSize(1 + Metric.values().length);
            assertThat(fields(lines.get(1 + Metric.MINORITY_RECALL.ordinal())).get(2)).as("in Chinese").matches(".*\\p{IsHan}.*");
            Map<Metric, Double> expected = expected(role);
            for (Metric metric : Metric.values()) {
                List<String> row = fields(lines.get(1 + metric.ordinal()));
                assertThat(row).hasSize(4);
                assertThat(row.get(0)).isEqualTo(metric.id());
                assertThat(row.get(1)).isEqualTo(metric.onTestSet() ? "test" : "train");
                assertThat(row.get(2)).isEqualTo(ZH.get(metric.labelKey()));
                double value = Double.parseDouble(row.get(3));
                assertThat(value).as(role + " " + metric).isEqualTo(expected.get(metric));
                if (metric.fraction()) {
                    assertThat(value).as("a share as a fraction, not a percentage").isBetween(0.0, 1.0);
                }
            }
        }
        assertThat(fields(PlotCsv.of(table(ModelRole.FOCAL, EN)).lines().toList().get(1)))
                .containsExactly("average_precision", "test", "Average precision (AP)",
                        Double.toString(snapshot.focal().testMetrics().averagePrecision()));
    }

    @Test
    void an_undefined_value_is_written_as_nan() {
        MetricsTable t = new MetricsTable("t", "metric", "value",
                List.of(new MetricsTable.Row("precision", "test", "Test set", "Precision", "NaN", Double.NaN)));
        assertThat(PlotCsv.of(t).lines().toList().get(1)).isEqualTo("precision,test,Precision,NaN");
    }

    @Test
    void svg_is_xml_with_every_name_value_and_heading_as_text_and_no_bitmap() throws Exception {
        for (Messages m : List.of(EN, ZH)) {
            MetricsTable t = table(ModelRole.FOCAL, m);
            ExportContent c = MetricsTablePainter.content("metrics-focal", t, PlotTheme.LIGHT, 1.0);
            String svg = new String(Exports.bytes(c, ExportFormat.SVG), StandardCharsets.UTF_8);
            Files.writeString(Screenshots.dir().resolve("export-metrics-" + (m == ZH ? "zh" : "en") + ".svg"), svg);
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
            assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("svg");
            assertThat(doc.getElementsByTagNameNS("*", "image").getLength()).as("no embedded bitmap").isZero();
            NodeList nodes = doc.getElementsByTagNameNS("*", "text");
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                texts.add(nodes.item(i).getTextContent());
            }
            assertThat(texts).contains(t.title(), m.get("classifier.metrics.test"), m.get("classifier.metrics.train"));
            for (MetricsTable.Row r : t.rows()) {
                assertThat(texts).contains(r.name(), r.text());
            }
        }
    }

    @Test
    void png_is_twice_the_tables_size_on_the_themes_background_with_the_values_drawn() throws Exception {
        for (PlotTheme theme : List.of(PlotTheme.LIGHT, PlotTheme.DARK)) {
            for (Messages m : List.of(EN, ZH)) {
                ExportContent c = MetricsTablePainter.content("metrics-focal", table(ModelRole.FOCAL, m), theme, 1.0);
                byte[] png = Exports.bytes(c, ExportFormat.PNG);
                Files.write(Screenshots.dir().resolve("export-metrics-" + theme.name() + "-" + (m == ZH ? "zh" : "en")
                        + ".png"), png);
                BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
                assertThat(c.width()).isGreaterThan(100);
                assertThat(image.getWidth()).isEqualTo((int) Math.ceil(2 * c.width()));
                assertThat(image.getHeight()).isEqualTo((int) Math.ceil(2 * c.height()));
                int bg = theme.background().getRGB() & 0xFFFFFF;
                assertThat(image.getRGB(1, 1) & 0xFFFFFF).isEqualTo(bg);
                assertThat(image.getRGB(image.getWidth() - 2, image.getHeight() - 2) & 0xFFFFFF).isEqualTo(bg);
                // the right-aligned values end near the right edge: ink in the rightmost fifth, below the title
                boolean ink = false;
                for (int x = image.getWidth() * 4 / 5; x < image.getWidth() && !ink; x++) {
                    for (int y = image.getHeight() / 4; y < image.getHeight() && !ink; y++) {
                        ink = (image.getRGB(x, y) & 0xFFFFFF) != bg;
                    }
                }
                assertThat(ink).as(theme.name() + " values drawn at the right").isTrue();
            }
        }
    }

    @Test
    void larger_text_makes_a_larger_table() {
        MetricsTable t = table(ModelRole.REFERENCE, EN);
        ExportContent normal = MetricsTablePainter.content("m", t, PlotTheme.LIGHT, 1.0);
        ExportContent large = MetricsTablePainter.content("m", t, PlotTheme.LIGHT, 2.0);
        assertThat(large.width()).isGreaterThan(normal.width() * 1.3);
        assertThat(large.height()).isGreaterThan(normal.height() * 1.3);
    }
}
