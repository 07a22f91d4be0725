package org.focalexplorer.bench;

import java.util.Locale;
import org.focalexplorer.loss.LossParallelism;
import org.focalexplorer.toy.MulticlassTrainer;
import org.focalexplorer.toy.SideBySideTrainer;
import org.focalexplorer.toy.TrainingSettings;
import org.focalexplorer.viewmodel.classifier.FrameBuilder;
import org.focalexplorer.viewmodel.text.Messages;

/**
 * A loop to profile under JFR (not a benchmark: it prints nothing but a count): the binary lab's snapshot and
 * frame ({@code binary}), or the multi-class lab with four models, 3 steps, snapshot and frame
 * ({@code multiclass}), for the given seconds; a third argument {@code live} takes the live snapshots the lab
 * takes while playing instead of full ones.
 *
 * <pre>
 * java --add-modules jdk.incubator.vector -XX:StartFlightRecording=filename=/tmp/lab.jfr,settings=profile \
 *     -cp … org.focalexplorer.bench.LabProfileLoop binary 30
 * </pre>
 */
public final class LabProfileLoop {
    private LabProfileLoop() {}

    public static void main(String[] args) {
        LossParallelism.setThreads(1);
        String mode = args.length > 0 ? args[0] : "binary";
        long end = System.nanoTime() + (long) ((args.length > 1 ? Double.parseDouble(args[1]) : 30) * 1e9);
        Messages m = Messages.forLocale(Locale.ENGLISH);
        boolean live = args.length > 2 && args[2].equals("live"); // the snapshots the lab takes while playing
        long frames = 0;
        if (mode.equals("binary")) {
            SideBySideTrainer t = new SideBySideTrainer(TrainingSettings.labDefaults());
            FrameBuilder b = new FrameBuilder(m);
            while (System.nanoTime() < end) {
                t.step(1);
                b.apply(live ? t.liveSnapshot() : t.snapshot());
                frames++;
            }
        } else {
            MulticlassTrainer t = new MulticlassTrainer(LabEngineBench.multiclass(4));
            var b = new org.focalexplorer.viewmodel.multiclass.MulticlassFrameBuilder(m);
            while (System.nanoTime() < end) {
                t.step(3);
                b.apply(live ? t.liveSnapshot() : t.snapshot());
                frames++;
            }
        }
        System.out.println(mode + " frames: " + frames);
    }
}
