package org.focalexplorer.bench;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleObjectProperty;
import org.focalexplorer.view.explain.FormulaRenderer;
import org.focalexplorer.viewmodel.explain.ExplainViewModel;
import org.focalexplorer.viewmodel.explain.Formula;
import org.focalexplorer.settings.Feature;
import org.focalexplorer.viewmodel.parameters.ParameterViewModel;
import org.focalexplorer.viewmodel.probe.ProbeViewModel;
import org.focalexplorer.viewmodel.text.Messages;

/**
 * How long JLaTeXMath takes to render the explanations' formulas (LaTeX → BufferedImage → JavaFX Image),
 * as the side panel does it: the first call (fonts load), then every formula of every section while γ
 * sweeps 0 → 5, at 100 % and 200 % text size. Run from the project root:
 * <pre>
 * mvn -q -o test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.focalexplorer.bench.FormulaRenderBench
 * </pre>
 */
public final class FormulaRenderBench {
    private FormulaRenderBench() {}

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        Messages m = Messages.forLocale(Locale.ENGLISH);
        ParameterViewModel parameters = new ParameterViewModel(m);
        ProbeViewModel probe = new ProbeViewModel(parameters, m);
        ExplainViewModel vm = new ExplainViewModel(parameters, probe, m, new SimpleObjectProperty<>(Feature.CURVES));

        long t0 = System.nanoTime();
        FormulaRenderer.renderFx("x", 18.2f, Color.BLACK);
        System.out.printf(Locale.ROOT, "first render (loads JLaTeXMath's fonts): %.0f ms%n", (System.nanoTime() - t0) / 1e6);

        for (float size : new float[] {18.2f, 36.4f}) { // 13 px × 1.4 at 100 % and 200 %
            List<Double> perFormula = new ArrayList<>();
            List<Double> perLiveSet = new ArrayList<>();
            for (int step = 0; step <= 500; step++) {
                parameters.gamma().submit(Double.toString(step / 100.0));
                double live = 0;
                for (List<Formula> fs : vm.content().formulas().values()) {
                    for (Formula f : fs) {
                        double ms = time(f.general().latex(), size);
                        perFormula.add(ms);
                        if (f.hasLive()) {
                            double l = time(f.live().latex(), size);
                            perFormula.add(l);
                            live += l;
                        }
                    }
                }
                perLiveSet.add(live);
            }
            System.out.printf(Locale.ROOT, "size %.1f px: one formula median %.2f ms, p95 %.2f ms, max %.2f ms (%d renders)%n",
                    size, pct(perFormula, 50), pct(perFormula, 95), pct(perFormula, 100), perFormula.size());
            System.out.printf(Locale.ROOT, "size %.1f px: all live formulas of all 6 sections (one γ change, all open): median %.1f ms, p95 %.1f ms%n",
                    size, pct(perLiveSet, 50), pct(perLiveSet, 95));
        }
    }

    private static double time(String latex, float size) {
        long t = System.nanoTime();
        FormulaRenderer.renderFx(latex, size, Color.BLACK);
        return (System.nanoTime() - t) / 1e6;
    }

    private static double pct(List<Double> values, int p) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(v);
        return v[Math.min(v.length - 1, (int) Math.ceil(p / 100.0 * v.length) - 1)];
    }
}
