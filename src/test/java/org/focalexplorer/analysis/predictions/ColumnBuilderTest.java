package org.focalexplorer.analysis.predictions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Appending one builder to another gives the column that adding every value in order gives. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ColumnBuilderTest {
    static final int CHUNK = 1 << 20;

    @Test
    void addAllEqualsAddingOneByOneAcrossChunksAndPromotion() {
        SplittableRandom r = new SplittableRandom(4);
        // sizes around the chunk length; the second part all floats, or with a double somewhere
        int[][] sizes = {{0, 5}, {5, 0}, {CHUNK - 3, 10}, {CHUNK, CHUNK + 7}, {3, 2 * CHUNK + 1}, {CHUNK + 1, CHUNK - 1}};
        for (int[] s : sizes) {
            for (int doubleAt : new int[] {-1, s[1] / 2, s[1] - 1}) {
                for (boolean firstDouble : new boolean[] {false, true}) {
                    double[] v = new double[s[0] + s[1]];
                    for (int i = 0; i < v.length; i++) {
                        v[i] = (float) r.nextGaussian();
                    }
                    if (doubleAt >= 0 && s[1] > 0) {
                        v[s[0] + doubleAt] = 0.1;
                    }
                    if (firstDouble && s[0] > 0) {
                        v[s[0] - 1] = 0.3;
                    }
                    CompactDoubles.Builder a = new CompactDoubles.Builder();
                    CompactDoubles.Builder b = new CompactDoubles.Builder();
                    CompactDoubles.Builder all = new CompactDoubles.Builder();
                    ClassLabels.Builder la = new ClassLabels.Builder(3);
                    ClassLabels.Builder lb = new ClassLabels.Builder(3);
                    ClassLabels.Builder lall = new ClassLabels.Builder(3);
                    for (int i = 0; i < v.length; i++) {
                        (i < s[0] ? a : b).add(v[i]);
                        all.add(v[i]);
                        (i < s[0] ? la : lb).add(i % 3);
                        lall.add(i % 3);
                    }
                    a.addAll(b);
                    la.addAll(lb);
                    assertThat(a.size()).isEqualTo(v.length);
                    CompactDoubles got = a.build();
                    CompactDoubles expected = all.build();
                    assertThat(got.isFloat()).isEqualTo(expected.isFloat());
                    // compared as raw bits in one array comparison (AssertJ's containsExactly is quadratic here)
                    assertThat(java.util.Arrays.equals(bits(got.toArray()), bits(expected.toArray()))).as("%s", java.util.Arrays.toString(s)).isTrue();
                    ClassLabels gl = la.build();
                    ClassLabels el = lall.build();
                    assertThat(gl.size()).isEqualTo(el.size());
                    int mismatch = -1;
                    for (int i = 0; i < v.length && mismatch < 0; i++) {
                        mismatch = gl.get(i) != el.get(i) ? i : -1;
                    }
                    assertThat(mismatch).as("first label that differs").isEqualTo(-1);
                }
            }
        }
        ClassLabels.Builder wide = new ClassLabels.Builder(300);
        ClassLabels.Builder wide2 = new ClassLabels.Builder(300);
        wide.add(299);
        wide2.add(200);
        wide.addAll(wide2);
        ClassLabels w = wide.build();
        assertThat(new int[] {w.get(0), w.get(1)}).containsExactly(299, 200);
    }

    static long[] bits(double[] a) {
        long[] b = new long[a.length];
        for (int i = 0; i < a.length; i++) {
            b[i] = Double.doubleToRawLongBits(a[i]);
        }
        return b;
    }
}
