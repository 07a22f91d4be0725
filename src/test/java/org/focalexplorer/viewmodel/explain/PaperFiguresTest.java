package org.focalexplorer.viewmodel.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.focalexplorer.analysis.sweep.PaperTable1b;
import org.focalexplorer.analysis.sweep.SweepCell;
import org.focalexplorer.text.NumberText;
import org.focalexplorer.viewmodel.text.Messages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every figure of the paper the app quotes (Table 1a, 1b, 1d and their setting), checked against the table as
 * transcribed by hand from the paper's text (arXiv:1708.02002v2) into {@code paper/lin2017-table1.csv}: the
 * AP figures and the rows they come from are looked up there, not typed here, then looked for in the English
 * and the Chinese texts.
 */
class PaperFiguresTest {
    private static final Messages EN = Messages.forLocale(Locale.ENGLISH);
    private static final Messages ZH = Messages.forLocale(Locale.SIMPLIFIED_CHINESE);

    /** One row of the paper's Table 1. */
    record Row(String table, String method, double gamma, double alpha, int batch, double nms, double ap) {}

    private static List<Row> rows;

    @BeforeAll
    static void readTable() throws IOException {
        rows = new ArrayList<>();
        try (InputStream in = PaperFiguresTest.class.getResourceAsStream("/paper/lin2017-table1.csv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("#") || line.startsWith("table,")) {
                    continue;
                }
                String[] f = line.split(",", -1);
                rows.add(new Row(f[0], f[1], num(f[2]), num(f[3]), f[4].isEmpty() ? 0 : Integer.parseInt(f[4]), num(f[5]),
                        Double.parseDouble(f[6])));
            }
        }
    }

    private static double num(String s) {
        return s.isEmpty() ? Double.NaN : Double.parseDouble(s);
    }

    private static List<Row> table(String t) {
        return rows.stream().filter(r -> r.table().equals(t)).toList();
    }

    private static Row best(List<Row> in) {
        return in.stream().max(Comparator.comparingDouble(Row::ap)).orElseThrow();
    }

    /** "31.1", "34.0": AP as the paper prints it, one decimal. */
    private static String ap(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String setting(double v) {
        return NumberText.format(v, 3);
    }

    @Test
    void the_sweeps_paper_column_is_table_1b() {
        List<Row> b = table("b");
        assertThat(PaperTable1b.CELLS).hasSize(b.size());
        for (Row row : b) {
            assertThat(PaperTable1b.ap(new SweepCell(row.gamma(), row.alpha()))).as("γ = %s, α = %s", row.gamma(), row.alpha())
                    .isEqualTo(row.ap());
        }
    }

    @Test
    void table_1a_best_alpha_ce_and_its_neighbour_at_one_half() {
        Row best = best(table("a"));
        Row half = table("a").stream().filter(r -> r.alpha() == 0.5).findFirst().orElseThrow();
        assertThat(EN.get("explain.alpha.text")).contains("With γ = 0 (α-balanced CE) the paper’s best α was " + setting(best.alpha())
                + ": AP " + ap(best.ap()) + " against " + ap(half.ap()) + " at α = 0.5 (Table 1a)");
        assertThat(ZH.get("explain.alpha.text")).contains("论文中最好的 α 是 " + setting(best.alpha()) + "：AP 为 " + ap(best.ap())
                + "，而 α = 0.5 时为 " + ap(half.ap()) + "（表 1a）");
        assertThat(EN.get("preset.alphaCe")).isEqualTo("α = " + setting(best.alpha()) + ", γ = 0 (Table 1a)");
        assertThat(EN.get("classifier.referenceAlpha.tooltip")).endsWith("Table 1a found " + setting(best.alpha()) + " best");
    }

    @Test
    void table_1b_best_setting_and_gamma_5() {
        Row best = best(table("b"));
        Row five = table("b").stream().filter(r -> r.gamma() == 5.0).findFirst().orElseThrow();
        assertThat(best.gamma()).isEqualTo(2.0);
        assertThat(EN.get("explain.alpha.text")).contains("With γ = 2 the best α is " + setting(best.alpha()) + " (AP "
                + ap(best.ap()) + ", Table 1b)");
        assertThat(ZH.get("explain.alpha.text")).contains("当 γ = 2 时，最好的 α 是 " + setting(best.alpha()) + "（AP " + ap(best.ap())
                + "，表 1b）");
        assertThat(EN.get("explain.focalTerm.text")).contains("γ = 5 gave AP " + ap(five.ap()) + " against " + ap(best.ap())
                + ", Table 1b");
        assertThat(ZH.get("explain.focalTerm.text")).contains("γ = 5 时 AP 为 " + ap(five.ap()) + "，γ = 2 时为 " + ap(best.ap())
                + "，表 1b");
        for (Messages m : new Messages[] {EN, ZH}) {
            assertThat(m.get("sweep.finding.lowerNone")).contains(ap(best.ap()) + " → " + ap(five.ap()) + " AP");
        }
        // 2.9 AP: Table 1b's best against Table 1a's best (the paper's "2.9 AP gain")
        assertThat(best.ap() - best(table("a")).ap()).isCloseTo(2.9, org.assertj.core.api.Assertions.within(1e-9));
    }

    @Test
    void table_1d_best_ohem_setting_against_fl_with_resnet_101() {
        List<Row> ohem = table("d").stream().filter(r -> r.method().startsWith("ohem")).toList();
        Row best = best(ohem);
        Row fl = table("d").stream().filter(r -> r.method().equals("fl")).findFirst().orElseThrow();
        assertThat(best.method()).as("the best OHEM row is the one without the 1:3 ratio").isEqualTo("ohem");
        assertThat(EN.get("myth.ohem")).contains("(Table 1d, with ResNet-101-FPN): its best OHEM setting (no 1:3 ratio, batch size "
                + best.batch() + ", nms threshold " + setting(best.nms()) + ") reaches AP " + ap(best.ap()) + ", FL " + ap(fl.ap()) + ".");
        assertThat(ZH.get("myth.ohem")).contains("（表 1d，使用 ResNet-101-FPN）：OHEM 的最佳设置（不用 1:3 比例，批大小 " + best.batch()
                + "，nms 阈值 " + setting(best.nms()) + "）的 AP 为 " + ap(best.ap()) + "，焦点损失为 " + ap(fl.ap()) + "。");
    }

    /** The setting the Table 1a/1b figures come from, wherever a text quotes them (the table's caption). */
    @Test
    void the_setting_is_named_as_in_the_tables_caption() {
        assertThat(EN.get("explain.alpha.text")).contains("RetinaNet with ResNet-50 on 600 px images, tested on COCO minival");
        assertThat(ZH.get("explain.alpha.text")).contains("RetinaNet（ResNet-50，图像尺寸 600 像素），在 COCO minival 上测试");
        assertThat(EN.get("sweep.paper.note")).contains("Table 1b: RetinaNet, ResNet-50-FPN, 600-pixel images, COCO minival");
        assertThat(ZH.get("sweep.paper.note")).contains("表 1b：RetinaNet，ResNet-50-FPN，600 像素图像，COCO minival");
    }
}
