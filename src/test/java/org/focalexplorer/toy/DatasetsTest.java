package org.focalexplorer.toy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DatasetsTest {

    @ParameterizedTest
    @EnumSource(DatasetKind.class)
    void same_seed_gives_the_same_points_and_another_seed_other_points(DatasetKind kind) {
        DatasetSpec spec = DatasetSpec.defaults().withKind(kind).withPoints(500, 300);
        DataSplit a = Datasets.generate(spec);
        DataSplit b = Datasets.generate(spec);
        DataSplit c = Datasets.generate(spec.withSeed(8));
        assertThat(a.train()).isEqualTo(b.train());
        assertThat(a.test()).isEqualTo(b.test());
        assertThat(a.train()).isNotEqualTo(c.train());
        assertThat(a.train()).isNotEqualTo(a.test());
        assertThat(a.train().size()).isEqualTo(500);
        assertThat(a.test().size()).isEqualTo(300);
    }

    @ParameterizedTest
    @EnumSource(DatasetKind.class)
    void class_counts_follow_the_positive_fraction_and_points_lie_in_the_bounds(DatasetKind kind) {
        for (double f : new double[] {0.5, 0.1, 0.01, 0.001}) {
            DataSplit d = Datasets.generate(DatasetSpec.defaults().withKind(kind).withPositiveFraction(f).withPoints(4000).withNoise(0.3));
            assertThat(d.train().positives()).as("f = %s", f).isEqualTo(Math.max(1, (int) Math.round(f * 4000)));
            assertThat(d.test().positives()).isEqualTo(d.train().positives());
            Bounds b = d.train().bounds();
            int inside = 0;
            for (int i = 0; i < d.train().size(); i++) {
                double x = d.train().x(i);
                double y = d.train().y(i);
                assertThat(Double.isFinite(x) && Double.isFinite(y)).isTrue();
                inside += x >= b.minX() && x <= b.maxX() && y >= b.minY() && y <= b.maxY() ? 1 : 0;
            }
            assertThat(inside).as("points inside the drawn region").isGreaterThanOrEqualTo((int) (0.98 * d.train().size()));
        }
    }

    @Test
    void anchors_negatives_are_uniform_over_the_square_and_positives_cluster_in_a_few_blobs() {
        Dataset d = Datasets.generate(DatasetSpec.defaults().withPositiveFraction(0.05).withPoints(20_000).withNoise(0.0)).train();
        double meanX = 0;
        double spreadPositives = 0;
        int negatives = 0;
        for (int i = 0; i < d.size(); i++) {
            if (!d.isPositive(i)) {
                assertThat(Math.abs(d.x(i))).isLessThanOrEqualTo(1.0);
                assertThat(Math.abs(d.y(i))).isLessThanOrEqualTo(1.0);
                meanX += d.x(i);
                negatives++;
            }
        }
        assertThat(meanX / negatives).isCloseTo(0.0, org.assertj.core.data.Offset.offset(0.05));
        // every positive is within 5 sigma (0.25) of one of at most 3 centres: count positives near each other
        int far = 0;
        for (int i = 0; i < d.size(); i++) {
            if (d.isPositive(i)) {
                int near = 0;
                for (int j = 0; j < d.size(); j++) {
                    if (d.isPositive(j) && Math.hypot(d.x(i) - d.x(j), d.y(i) - d.y(j)) < 0.25) {
                        near++;
                    }
                }
                far += near < d.positives() / (2 * Datasets.ANCHOR_BLOBS) ? 1 : 0;
                spreadPositives += near;
            }
        }
        assertThat(far).as("positives away from a dense blob").isLessThanOrEqualTo(d.positives() / 100);
        assertThat(spreadPositives / d.positives()).isGreaterThan(d.positives() / 4.0);
    }

    @Test
    void label_noise_swaps_labels_and_keeps_the_class_balance() {
        DatasetSpec clean = DatasetSpec.defaults().withPositiveFraction(0.1).withPoints(2000);
        Dataset a = Datasets.generate(clean).train();
        Dataset b = Datasets.generate(clean.withLabelNoise(0.2)).train();
        assertThat(b.positives()).isEqualTo(a.positives());
        int changed = 0;
        for (int i = 0; i < a.size(); i++) {
            assertThat(b.x(i)).isEqualTo(a.x(i));
            changed += a.isPositive(i) != b.isPositive(i) ? 1 : 0;
        }
        assertThat(changed).isEqualTo(2 * (int) Math.round(0.2 * a.positives()));
    }

    @Test
    void invalid_specs_are_refused_with_the_value_in_the_message() {
        assertThatThrownBy(() -> DatasetSpec.defaults().withPositiveFraction(2)).hasMessageContaining("2.0").hasMessageContaining("[0.001, 0.5]");
        assertThatThrownBy(() -> DatasetSpec.defaults().withPositiveFraction(0.0005)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DatasetSpec.defaults().withPoints(20_001)).hasMessageContaining("20001");
        assertThatThrownBy(() -> DatasetSpec.defaults().withNoise(Double.NaN)).hasMessageContaining("noise");
        assertThatThrownBy(() -> DatasetSpec.defaults().withLabelNoise(0.6)).hasMessageContaining("label noise");
        assertThatThrownBy(() -> DatasetKind.fromId("spiral")).hasMessageContaining("spiral");
    }

    @Test
    void returned_arrays_are_copies() {
        Dataset d = Datasets.generate(DatasetSpec.defaults().withPoints(100)).train();
        double x0 = d.x(0);
        d.xs()[0] = 99;
        d.labels()[0] = 1 - d.labels()[0];
        assertThat(d.x(0)).isEqualTo(x0);
    }
}
