package org.focalexplorer.io.predictions;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.focalexplorer.toy.DatasetSpec;
import org.focalexplorer.toy.Predictions;
import org.focalexplorer.toy.SideBySideTrainer;
import org.focalexplorer.toy.TrainingSettings;

/**
 * Writes the shipped example {@value #RESOURCE}: the test-set logits and labels of the toy lab's CE model
 * (anchors at 1 % positives, 2-16-16-1 tanh, Adam, seed 7 — {@link TrainingSettings#defaults()} with 20,000
 * test points) after {@value #STEPS} full-batch steps, logits rounded to float32 as a real model would write
 * them. Deterministic: running it again gives the same file.
 * Run: {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.focalexplorer.io.predictions.ExamplePredictionsGenerator}
 */
public final class ExamplePredictionsGenerator {
    static final String RESOURCE = "src/main/resources/org/focalexplorer/examples/toy-anchors-predictions.csv";
    static final int STEPS = 2000;

    public static void main(String[] args) throws IOException {
        write(Path.of(args.length > 0 ? args[0] : RESOURCE));
    }

    static void write(Path file) throws IOException {
        TrainingSettings s = TrainingSettings.defaults();
        s = s.withData(DatasetSpec.defaults().withPoints(2000, 20000));
        SideBySideTrainer t = new SideBySideTrainer(s);
        t.step(STEPS);
        Predictions p = t.snapshot().reference().test();
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
            w.write("logit,label\n");
            for (int i = 0; i < p.size(); i++) {
                w.write(Float.toString((float) p.logit(i)));
                w.write(p.isPositive(i) ? ",1\n" : ",0\n");
            }
        }
    }
}
