package org.focalexplorer.viewmodel.predictions;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.focalexplorer.analysis.predictions.LoadSummary;
import org.focalexplorer.analysis.predictions.LossBreakdown;
import org.focalexplorer.analysis.predictions.PredictionReport;
import org.focalexplorer.analysis.predictions.ScoreKind;
import org.focalexplorer.text.NumberText;
import org.focalexplorer.viewmodel.text.Messages;

/** The words and numbers of a {@link PredictionReport} on the predictions tab. Reshapes only. */
final class ReportTexts {
    private ReportTexts() {}

    static SharesTable shares(PredictionReport r, Messages m) {
        List<LossBreakdown> losses = r.losses();
        List<String> columns = List.of(m.get("predictions.loss.ce"), m.get("predictions.loss.alphaCe"),
                m.format("predictions.loss.focal", NumberText.exact(r.gamma())));
        String positives = r.binary() ? "positives" : "foreground";
        List<SharesTable.Row> rows = new ArrayList<>();
        rows.add(share(m, "loss.easy_negatives", "predictions.row.lossEasy", losses, b -> b.loss().easyNegatives()));
        rows.add(share(m, "loss.hard", "predictions.row.lossHard", losses, b -> b.loss().hard()));
        rows.add(share(m, "loss.positives", "predictions.row.loss." + positives, losses, b -> b.loss().positives()));
        rows.add(share(m, "gradient.easy_negatives", "predictions.row.gradientEasy", losses,
                b -> b.gradient().easyNegatives()));
        rows.add(share(m, "gradient.hard", "predictions.row.gradientHard", losses, b -> b.gradient().hard()));
        rows.add(share(m, "gradient.positives", "predictions.row.gradient." + positives, losses,
                b -> b.gradient().positives()));
        String k = NumberText.format(r.hardestFraction() * 100, 3);
        rows.add(row("hardest", m.format("predictions.row.hardest", k), m.get("predictions.row.hardest.tooltip"), losses,
                b -> b.hardestShare(), ReportTexts::percent));
        rows.add(row("effective_examples", m.get("predictions.row.effective"), m.get("predictions.row.effective.tooltip"),
                losses, LossBreakdown::effectiveExamples, v -> PredictionPlots.count(Math.round(v))));
        return new SharesTable(columns, rows);
    }

    /** "The hardest 10 % of the examples carry 63.2 % of the focal loss (CE: 80.1 %)." */
    static String hardest(PredictionReport r, Messages m) {
        return m.format("predictions.hardest.sentence", NumberText.format(r.hardestFraction() * 100, 3),
                percent(r.focal().hardestShare()), NumberText.exact(r.gamma()), percent(r.ce().hardestShare()));
    }

    /** "Effective number of examples (Σw)²/Σw²: 1,234 of 20,000 (6.17 %)." */
    static String effective(PredictionReport r, Messages m) {
        double e = r.focal().effectiveExamples();
        return m.format("predictions.effective.sentence", PredictionPlots.count(Math.round(e)),
                PredictionPlots.count(r.rows()), percent(e / r.rows()));
    }

    /** What was loaded: rows, classes, kind of scores, and what was left out. */
    static String summary(String file, PredictionReport r, List<String> classNames, Messages m) {
        LoadSummary s = r.summary();
        StringBuilder sb = new StringBuilder();
        if (r.binary()) {
            long p = r.positives();
            sb.append(m.format("predictions.summary.binary", file, PredictionPlots.count(r.rows()),
                    PredictionPlots.count(p), percent((double) p / r.rows())));
        } else {
            sb.append(m.format("predictions.summary.multiclass", file, PredictionPlots.count(r.rows()),
                    Integer.toString(r.classCounts().size()),
                    PredictionPlots.className(r, classNames, r.negativeClass(), m)));
        }
        sb.append(' ').append(m.get(s.scoreKind() == ScoreKind.PROBABILITIES ? "predictions.summary.probabilities"
                : "predictions.summary.logits"));
        if (s.skippedRows() > 0) {
            sb.append(' ').append(m.format("predictions.summary.skipped", PredictionPlots.count(s.skippedRows())));
        }
        if (s.ignoredRows() > 0) {
            sb.append(' ').append(m.format("predictions.summary.ignored", PredictionPlots.count(s.ignoredRows())));
        }
        if (s.clampedProbabilities() > 0) {
            sb.append(' ').append(m.format("predictions.summary.clamped", PredictionPlots.count(s.clampedProbabilities())));
        }
        return sb.toString();
    }

    /** A share as a percentage ({@link NumberText#percent}), "—" when there is none. */
    static String percent(double fraction) {
        return Double.isNaN(fraction) ? "—" : NumberText.percent(fraction) + " %";
    }

    private static SharesTable.Row share(Messages m, String id, String key, List<LossBreakdown> losses,
            ToDoubleFunction<LossBreakdown> f) {
        return row(id, m.get(key), m.get(key + ".tooltip"), losses, f, ReportTexts::percent);
    }

    private static SharesTable.Row row(String id, String name, String tooltip, List<LossBreakdown> losses,
            ToDoubleFunction<LossBreakdown> f, java.util.function.DoubleFunction<String> text) {
        List<String> texts = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (LossBreakdown b : losses) {
            double v = f.applyAsDouble(b);
            values.add(v);
            texts.add(text.apply(v));
        }
        return new SharesTable.Row(id, name, tooltip, texts, values);
    }
}
