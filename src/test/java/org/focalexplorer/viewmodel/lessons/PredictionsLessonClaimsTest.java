package org.focalexplorer.viewmodel.lessons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.focalexplorer.analysis.predictions.PredictionAnalysis;
import org.focalexplorer.analysis.predictions.PredictionReport;
import org.focalexplorer.io.predictions.ExamplePredictions;
import org.focalexplorer.io.predictions.PredictionReader;
import org.focalexplorer.io.predictions.ReadOptions;
import org.focalexplorer.loss.FocalSetting;
import org.focalexplorer.analysis.predictions.Monitor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every claim of the lesson step on the predictions tab ({@code lesson.predictions}, English and Chinese say
 * the same), checked on the bundled example at the step's settings (α = 0.25, γ = 2). The figures are
 * computed here straight from the file's rows with {@code java.lang.Math}, independently of the analysis
 * code; then the readout the step points at (the app's effective number) is checked against them.
 */
class PredictionsLessonClaimsTest {
    private static final double ALPHA = LessonCatalog.PAPER_ALPHA;
    private static final double GAMMA = LessonCatalog.GAMMA;
    private static double[] logits;
    private static int[] labels;

    @BeforeAll
    static void readExample() throws IOException {
        List<double[]> rows = new ArrayList<>();
        try (InputStream in = ExamplePredictions.class.getResourceAsStream(ExamplePredictions.RESOURCE);
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            assertThat(r.readLine()).isEqualTo("logit,label");
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split(",");
                rows.add(new double[] {Double.parseDouble(f[0]), Double.parseDouble(f[1])});
            }
        }
        logits = new double[rows.size()];
        labels = new int[rows.size()];
        for (int i = 0; i < logits.length; i++) {
            logits[i] = rows.get(i)[0];
            labels[i] = (int) rows.get(i)[1];
        }
    }

    /** −log p_t, stably: softplus(−z) with z the logit's margin towards the true class. */
    private static double ce(int i) {
        double z = labels[i] == 1 ? logits[i] : -logits[i];
        return Math.log1p(Math.exp(-Math.abs(z))) + Math.max(-z, 0.0);
    }

    private static double pt(int i) {
        double p = 1.0 / (1.0 + Math.exp(-logits[i]));
        return labels[i] == 1 ? p : 1.0 - p;
    }

    private static double alphaT(int i) {
        return labels[i] == 1 ? ALPHA : 1.0 - ALPHA;
    }

    /** The example weight w = α_t (1 − p_t)^γ the effective number is made of. */
    private static double weight(int i, double gamma) {
        return alphaT(i) * Math.pow(1.0 - pt(i), gamma);
    }

    private static double effective(double gamma) {
        double sw = 0;
        double sw2 = 0;
        for (int i = 0; i < logits.length; i++) {
            double w = weight(i, gamma);
            sw += w;
            sw2 += w * w;
        }
        return sw * sw / sw2;
    }

    /** Share of Σ w·CE carried by the rows {@code which} selects, for the weights {@code w}. */
    private static double share(java.util.function.IntPredicate which, java.util.function.IntToDoubleFunction w) {
        double part = 0;
        double all = 0;
        for (int i = 0; i < logits.length; i++) {
            double l = w.applyAsDouble(i) * ce(i);
            all += l;
            if (which.test(i)) {
                part += l;
            }
        }
        return part / all;
    }

    private static boolean easyNegative(int i) {
        return labels[i] == 0 && pt(i) > 0.9;
    }

    @Test
    void the_example_is_the_one_the_step_describes() {
        assertThat(logits).hasSize(20_000);
        long positives = java.util.Arrays.stream(labels).filter(y -> y == 1).count();
        assertThat(positives).isEqualTo(200); // "1 % positives"
        assertThat(java.util.Arrays.stream(labels).allMatch(y -> y == 0 || y == 1)).isTrue();
    }

    @Test
    void easy_negatives_carry_under_one_percent_under_ce_and_under_a_hundredth_of_a_percent_under_fl() {
        assertThat(share(PredictionsLessonClaimsTest::easyNegative, i -> 1.0)).isLessThan(0.01);
        assertThat(share(PredictionsLessonClaimsTest::easyNegative, PredictionsLessonClaimsTest::alphaT)).isLessThan(0.01);
        assertThat(share(PredictionsLessonClaimsTest::easyNegative, i -> weight(i, GAMMA))).isLessThan(1e-4);
    }

    @Test
    void more_than_99_percent_of_the_focal_loss_sits_on_misclassified_examples() {
        assertThat(share(i -> pt(i) < 0.5, i -> weight(i, GAMMA))).isGreaterThan(0.99);
    }

    @Test
    void the_effective_number_is_nearly_all_at_gamma_0_under_200_at_gamma_2_and_falls_as_gamma_rises() {
        assertThat(effective(0.0)).isGreaterThan(0.99 * logits.length);
        assertThat(effective(GAMMA)).isLessThan(200);
        double before = effective(0.0);
        for (int k = 1; k <= 100; k++) { // "drag γ from 0 up to 5 and watch the effective number fall"
            double now = effective(0.05 * k);
            assertThat(now).as("effective number at γ = %s", 0.05 * k).isLessThan(before);
            before = now;
        }
    }

    /** The step's question: its bands (more than 10,000; 2,000 to 10,000; 200 to 2,000; fewer than 200). */
    @Test
    void the_question_reveals_the_band_the_rows_put_the_effective_number_in() {
        double[] lower = {10_000, 2_000, 200, 0};
        double[] upper = {Double.POSITIVE_INFINITY, 10_000, 2_000, 200};
        double e = effective(GAMMA);
        int band = -1;
        for (int k = 0; k < lower.length; k++) {
            if (e >= lower[k] && e < upper[k]) {
                band = k;
            }
        }
        assertThat(band).as("effective number %s", e).isEqualTo(LessonQuestions.EXAMPLE_COUNT_BAND);
        assertThat(LessonQuestions.COUNTS.get(band)).isEqualTo("guess.count.few");
        assertThat(effective(0.0)).as("“at γ = 0 nearly all do”").isGreaterThan(lower[0]);
    }

    @Test
    void the_readout_the_step_points_at_agrees() throws IOException {
        Path file = ExamplePredictions.file();
        PredictionAnalysis a = PredictionAnalysis.of(PredictionReader.read(file, ReadOptions.defaults(), Monitor.NONE),
                Monitor.NONE);
        for (double gamma : new double[] {0.0, GAMMA, 5.0}) {
            PredictionReport r = a.analyse(FocalSetting.focal(ALPHA, gamma));
            double expected = effective(gamma);
            assertThat(r.focal().effectiveExamples()).as("γ = %s", gamma).isCloseTo(expected, within(1e-9 * expected));
        }
    }
}
