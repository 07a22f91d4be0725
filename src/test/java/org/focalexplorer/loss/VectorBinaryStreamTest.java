package org.focalexplorer.loss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link VectorBinaryStream}, the vector kernel's path for hard binary targets with γ ∈ {0, 1, 2}, against
 * the scalar kernel ({@link FocalElement} with {@link Math#exp}), element by element, on an input of several
 * chunks and tiles with soft targets mixed in (the blocks the stream hands to the scalar formulas) and a
 * length that leaves a partial vector at the end of a chunk. GoldenExactTest checks both against the exact
 * values on small inputs; this checks the same formulas over millions of lanes and every tile boundary.
 */
class VectorBinaryStreamTest {

    private static final int N = 3 * LossParallelism.CHUNK + 7;

    private static Tensor[] input(long seed, double softFraction) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] x = new double[N];
        double[] t = new double[N];
        for (int i = 0; i < N; i++) {
            x[i] = rng.nextDouble() < 0.05 ? 80 * (rng.nextDouble() - 0.5) : 3 * rng.nextGaussian();
            double v = rng.nextDouble();
            t[i] = v < softFraction ? rng.nextDouble() : v < 0.3 ? 1.0 : 0.0;
        }
        return new Tensor[] {Tensor.vector(x), Tensor.vector(t)};
    }

    private static void assertClose(double[] actual, double[] expected, String what) {
        double worst = 0;
        for (int i = 0; i < expected.length; i++) {
            double scale = Math.max(Math.abs(expected[i]), Double.MIN_NORMAL);
            worst = Math.max(worst, Math.abs(actual[i] - expected[i]) / scale);
        }
        assertThat(worst).as(what + ": worst relative difference to the scalar kernel").isLessThanOrEqualTo(1e-12);
    }

    @Test
    void matches_the_scalar_kernel_element_by_element_for_gamma_0_1_2() {
        assertThat(LossKernel.VECTOR.available()).isTrue();
        Tensor[] in = input(5, 0.002);
        for (double gamma : new double[] {0.0, 1.0, 2.0}) {
            for (BinaryFocalParams p : new BinaryFocalParams[] {
                    BinaryFocalParams.torchvision(0.25, gamma), BinaryFocalParams.torchvision(-1, gamma),
                    BinaryFocalParams.smp(0.75, gamma, false, null)}) {
                assertThat(VectorBinaryStream.covers(p)).isTrue();
                String what = p.toString();
                for (Reduction r : new Reduction[] {Reduction.NONE, Reduction.MEAN}) {
                    LossOutput scalar = LossKernel.SCALAR.call(() -> BinaryFocalLoss.compute(in[0], in[1], p, r));
                    LossOutput vector = LossKernel.VECTOR.call(() -> BinaryFocalLoss.compute(in[0], in[1], p, r));
                    assertClose(vector.grad().data(), scalar.grad().data(), what + " " + r + " gradient");
                    assertClose(vector.loss().data(), scalar.loss().data(), what + " " + r + " loss");
                }
            }
        }
    }

    @Test
    void a_bad_element_inside_a_vector_block_is_reported_with_its_index() {
        Tensor[] in = input(6, 0.0);
        int bad = LossParallelism.CHUNK + 2 * VectorMath.L + 1; // inside a full vector of the second chunk
        in[0].data()[bad] = Double.NaN;
        BinaryFocalParams p = BinaryFocalParams.torchvision(0.25, 2.0);
        assertThatThrownBy(() -> LossKernel.VECTOR.call(() -> BinaryFocalLoss.compute(in[0], in[1], p, Reduction.MEAN)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(String.valueOf(bad));
        in[0].data()[bad] = 0.5;
        in[1].data()[bad] = 1.5;
        assertThatThrownBy(() -> LossKernel.VECTOR.call(() -> BinaryFocalLoss.compute(in[0], in[1], p, Reduction.NONE)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(String.valueOf(bad));
    }
}
