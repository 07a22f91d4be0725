package org.focalexplorer.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.focalexplorer.analysis.CumulativeLoss;
import org.focalexplorer.analysis.LossShares;
import org.focalexplorer.analysis.TrainingAnalysis;
import org.focalexplorer.toy.ClassificationMetrics;
import org.focalexplorer.toy.DatasetSpec;
import org.focalexplorer.toy.ModelRole;
import org.focalexplorer.toy.ModelSpec;
import org.focalexplorer.toy.Split;
import org.focalexplorer.toy.ThresholdMetrics;
import org.focalexplorer.toy.TrainingSettings;
import org.focalexplorer.toy.TrainingSnapshot;

/** The plain-text output of {@code train}: a header, one table row per model and set, a final block. */
final class TrainText {
    private final PrintWriter out;
    private final List<ModelRole> roles;
    private final TrainingSettings settings;
    private final double hardest;
    private final boolean chosenThreshold;

    TrainText(PrintWriter out, List<ModelRole> roles, TrainingSettings settings, double hardest) {
        this.out = out;
        this.roles = roles;
        this.settings = settings;
        this.hardest = hardest;
        this.chosenThreshold = settings.threshold() != 0.5;
    }

    void header(int every, int steps) {
        DatasetSpec d = settings.data();
        ModelSpec m = settings.model();
        out.println(String.format(Locale.ROOT, "# data: %s, %d train + %d test points, positives %s (%d + %d), noise %s, label noise %s, seed %d",
                d.kind().id(), d.trainPoints(), d.testPoints(), percent(d.positiveFraction()), d.positivesIn(d.trainPoints()),
                d.positivesIn(d.testPoints()), num(d.noise()), num(d.labelNoise()), d.seed()));
        out.println(String.format(Locale.ROOT, "# model: %s, %s; %s; loss normalised by %s; %d steps, metrics every %s",
                m.describe(), m.priorInit() ? "prior init pi = " + num(m.prior()) : "no prior init",
                settings.optimizer().describe(), settings.normalization() == org.focalexplorer.toy.Normalization.MEAN ? "the number of examples" : "the number of positives",
                steps, every > 0 ? every + " steps" : "-"));
        StringBuilder losses = new StringBuilder("# ");
        for (ModelRole r : roles) {
            losses.append(losses.length() > 2 ? "; " : "").append(name(r)).append(" = ").append(settings.loss(r).label());
        }
        out.println(losses);
        out.println(String.format(Locale.ROOT, "# easyneg = share of the loss carried by negatives with p_t > %s; hard%s = by the hardest %s of examples",
                num(LossShares.EASY_PT), num(hardest * 100), percent(hardest)));
        StringBuilder h = new StringBuilder(String.format(Locale.ROOT, "#%6s  %-11s %-5s %9s %9s %6s %7s %6s", "step", "model", "set", "loss",
                "logloss", "AP", "ROC-AUC", "F1@0.5"));
        if (chosenThreshold) {
            h.append(String.format(Locale.ROOT, " %8s", "F1@" + num(settings.threshold())));
        }
        h.append(String.format(Locale.ROOT, " %6s %8s %8s", "minrec", "easyneg", "hard" + num(hardest * 100)));
        out.println(h);
    }

    void rows(TrainingSnapshot s, TrainingAnalysis a) {
        for (ModelRole r : roles) {
            for (Split split : Split.values()) {
                ClassificationMetrics m = s.model(r).metrics(split);
                LossShares sh = a.shares(r).of(split);
                StringBuilder b = new StringBuilder(String.format(Locale.ROOT, " %6d  %-11s %-5s %9s %9s %6s %7s %6s", s.step(), name(r),
                        split.id(), sci(m.loss()), sci(m.logLoss()), fix(m.averagePrecision(), 3), fix(m.rocAuc(), 4),
                        fix(m.atHalf().f1(), 3)));
                if (chosenThreshold) {
                    b.append(String.format(Locale.ROOT, " %8s", fix(m.atThreshold().f1(), 3)));
                }
                b.append(String.format(Locale.ROOT, " %6s %8s %8s", fix(m.minorityRecall(), 3), percent(sh.easyNegativeShare()),
                        percent(sh.hardestShare())));
                out.println(b);
            }
        }
    }

    /** The final rows and the confusion matrices. */
    void fin(TrainingSnapshot s, TrainingAnalysis a) {
        out.println("final (step " + s.step() + "):");
        rows(s, a);
        out.println("confusion matrices (predicted positive when p >= threshold):");
        for (ModelRole r : roles) {
            for (Split split : Split.values()) {
                ClassificationMetrics m = s.model(r).metrics(split);
                confusion(r, split, m.atHalf());
                if (chosenThreshold) {
                    confusion(r, split, m.atThreshold());
                }
            }
        }
    }

    private void confusion(ModelRole r, Split split, ThresholdMetrics t) {
        out.println(String.format(Locale.ROOT, "  %-11s %-5s p>=%-5s tp %5d  fp %5d  tn %6d  fn %5d   precision %s  recall %s  F1 %s",
                name(r), split.id(), num(t.threshold()), t.truePositives(), t.falsePositives(), t.trueNegatives(), t.falseNegatives(),
                fix(t.precision(), 3), fix(t.recall(), 3), fix(t.f1(), 3)));
    }

    /** Figure 4 as a table: the cumulative normalised loss at a few fractions of each class's examples. */
    void figure4(List<CumulativeLoss.Curves> curves) {
        double[] at = {0.5, 0.8, 0.9, 0.95, 0.99};
        out.println("Figure 4 on the focal model's training-set predictions: cumulative normalised loss of the examples");
        out.println("sorted by loss, read at 50/80/90/95/99 % of each class (low = the loss sits in a few hard examples):");
        StringBuilder h = new StringBuilder(String.format(Locale.ROOT, "  %5s  %-9s", "gamma", "class"));
        for (double x : at) {
            h.append(String.format(Locale.ROOT, " %7s", num(x * 100) + "%"));
        }
        out.println(h);
        for (CumulativeLoss.Curves c : curves) {
            row(c.gamma(), "positives", c.positives(), at);
            row(c.gamma(), "negatives", c.negatives(), at);
        }
    }

    private void row(double gamma, String cls, org.focalexplorer.analysis.Curve curve, double[] at) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "  %5s  %-9s", num(gamma), cls));
        for (double x : at) {
            b.append(String.format(Locale.ROOT, " %7s", fix(curve.valueAt(x), 4)));
        }
        out.println(b);
    }

    private String name(ModelRole r) {
        return settings.loss(r).kindId();
    }

    private static String fix(double v, int digits) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%." + digits + "f", v) : Double.isNaN(v) ? "n/a" : v > 0 ? "inf" : "-inf";
    }

    private static String sci(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.3e", v) : Double.isNaN(v) ? "n/a" : v > 0 ? "inf" : "-inf";
    }

    static String percent(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.1f%%", 100 * v) : "n/a";
    }

    static String num(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e9) {
            return String.valueOf((long) v);
        }
        return String.format(Locale.ROOT, "%.6g", v).replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
