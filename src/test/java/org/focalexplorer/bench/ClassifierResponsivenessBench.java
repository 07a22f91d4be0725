package org.focalexplorer.bench;

import java.util.Arrays;
import java.util.Locale;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.focalexplorer.app.FocalExplorerApp;
import org.focalexplorer.viewmodel.classifier.ClassifierViewModel;
import org.focalexplorer.viewmodel.explorer.ExplorerViewModel;
import org.focalexplorer.settings.Feature;
import org.focalexplorer.viewmodel.text.Messages;

/**
 * Is the window responsive while the live classifier plays as fast as it can? The app as it runs (its own
 * background training thread, frames through the FX queue), headless: every 50 ms a task is queued on the
 * FX thread and the wait until it runs is recorded (what a click or a key would wait), for a few seconds,
 * at 2,000 and at 20,000 points. Also counts the frames shown and the steps done.
 *
 * <pre>
 * mvn -q -o test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.focalexplorer.bench.ClassifierResponsivenessBench [-Dexec.args="5"]
 * </pre>
 */
public final class ClassifierResponsivenessBench {
    private ClassifierResponsivenessBench() {}

    public static void main(String[] args) throws Exception {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 5;
        HeadlessFx.start();
        for (int points : new int[] {2000, 20000}) {
            Stage[] stage = new Stage[1];
            ExplorerViewModel explorer = HeadlessFx.onFx(() -> {
                stage[0] = new Stage();
                ExplorerViewModel vm = FocalExplorerApp.show(stage[0], Messages.forLocale(Locale.ENGLISH));
                vm.featureProperty().set(Feature.CLASSIFIER);
                var p = vm.classifier().settings().points();
                for (int i = 0; i <= p.maxPosition(); i++) {
                    if (p.level(i) == points) {
                        p.setPosition(i);
                    }
                }
                if (points > 2000) {
                    vm.classifier().settings().submitHidden("32, 32");
                }
                var speed = vm.classifier().speed();
                speed.setPosition(speed.maxPosition());
                return vm;
            });
            ClassifierViewModel vm = explorer.classifier();
            Thread.sleep(1500); // the first frame (bench only: this measures wall-clock behaviour)
            long[] frames = {0};
            HeadlessFx.onFx(() -> {
                vm.frameProperty().addListener((o, a, f) -> frames[0]++);
                vm.play();
                return null;
            });
            int n = (int) (seconds * 20);
            double[] waits = new double[n];
            for (int i = 0; i < n; i++) {
                long t0 = System.nanoTime();
                HeadlessFx.onFx(() -> null);
                waits[i] = (System.nanoTime() - t0) / 1e6;
                Thread.sleep(50);
            }
            long steps = HeadlessFx.onFx(() -> {
                vm.pause();
                return vm.frame().step();
            });
            Arrays.sort(waits);
            System.out.printf(Locale.ROOT, "%6d points, playing flat out for %.0f s: %d frames shown, ~%d steps; "
                    + "FX queue wait median %.1f ms, 95th %.1f ms, max %.1f ms%n", points, seconds, frames[0], steps,
                    waits[n / 2], waits[(int) (n * 0.95)], waits[n - 1]);
            HeadlessFx.onFx(() -> {
                stage[0].close();
                return null;
            });
        }
        Platform.exit();
    }
}
