package org.focalexplorer.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.focalexplorer.toy.Dataset;
import org.focalexplorer.toy.ModelRole;
import org.focalexplorer.toy.ModelState;
import org.focalexplorer.toy.SideBySideTrainer;
import org.focalexplorer.toy.TrainingSettings;
import org.focalexplorer.toy.TrainingSnapshot;
import org.junit.jupiter.api.Test;

/**
 * {@link PointMarks} orders the points by a merge sort of int indices; the independent reference is the JDK's
 * stable sort of boxed indices by opacity, then negatives before positives.
 */
class PointMarksOrderTest {

    @Test
    void drawing_order_equals_a_stable_boxed_sort() {
        SideBySideTrainer trainer = new SideBySideTrainer(TrainingSettings.labDefaults());
        for (int round = 0; round < 3; round++) {
            TrainingSnapshot s = trainer.snapshot(); // round 0: untrained, where many weights tie
            Dataset train = s.data().train();
            for (ModelRole role : ModelRole.values()) {
                ModelState model = s.model(role);
                PointMarks marks = PointMarks.of(train, model);
                int n = train.size();
                Integer[] boxed = new Integer[n];
                for (int i = 0; i < n; i++) {
                    boxed[i] = i;
                }
                Arrays.sort(boxed, (a, b) -> {
                    int c = Double.compare(PointStyle.opacity(model.pointWeight(a)), PointStyle.opacity(model.pointWeight(b)));
                    return c != 0 ? c : Boolean.compare(train.isPositive(a), train.isPositive(b));
                });
                int[] drawn = new int[n];
                for (int k = 0; k < n; k++) {
                    drawn[k] = marks.drawn(k);
                }
                assertThat(drawn).containsExactly(Arrays.stream(boxed).mapToInt(Integer::intValue).toArray());
            }
            trainer.step(40);
        }
    }
}
