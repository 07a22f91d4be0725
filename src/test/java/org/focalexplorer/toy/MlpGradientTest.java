package org.focalexplorer.toy;

import org.focalexplorer.loss.FocalSetting;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.focalexplorer.loss.BinaryFocalLoss;
import org.focalexplorer.loss.LossOutput;
import org.focalexplorer.loss.Reduction;
import org.focalexplorer.loss.Tensor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The network's analytic gradient (backpropagation of the loss core's logit gradient) against central
 * finite differences of the same loss, for every parameter.
 */
class MlpGradientTest {

    static Stream<Arguments> cases() {
        FocalSetting fl = FocalSetting.torchvision(0.25, 2.0);
        FocalSetting ce = FocalSetting.crossEntropy();
        return Stream.of(
                Arguments.of("logistic, FL", ModelSpec.logistic(true), fl),
                Arguments.of("logistic, CE", ModelSpec.logistic(false), ce),
                Arguments.of("2-8-8-1 tanh, FL", ModelSpec.mlp(Activation.TANH, true, 8, 8), fl),
                Arguments.of("2-8-8-1 tanh, alpha-CE", ModelSpec.mlp(Activation.TANH, false, 8, 8), FocalSetting.balancedCrossEntropy(0.75)),
                Arguments.of("2-5-7-3-1 tanh, FL gamma 0.5", ModelSpec.mlp(Activation.TANH, true, 5, 7, 3), FocalSetting.torchvision(-1, 0.5)),
                Arguments.of("2-8-8-1 relu, FL", ModelSpec.mlp(Activation.RELU, true, 8, 8), fl),
                Arguments.of("2-32-32-1 relu, CE", ModelSpec.mlp(Activation.RELU, false, 32, 32), ce));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void analytic_gradient_equals_central_differences(String name, ModelSpec spec, FocalSetting loss) {
        Mlp mlp = new Mlp(spec);
        SplittableRandom rng = new SplittableRandom(42);
        int n = 37; // odd, to exercise the remainder loops
        double[] xs = new double[n];
        double[] ys = new double[n];
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = 2 * rng.nextDouble() - 1;
            ys[i] = 2 * rng.nextDouble() - 1;
            t[i] = rng.nextDouble() < 0.3 ? 1.0 : 0.0;
        }
        double[] params = mlp.initialParameters(3);
        // move off the initial point (zero hidden biases make every ReLU kink sit at the same place)
        for (int k = 0; k < params.length; k++) {
            params[k] += 0.3 * (2 * rng.nextDouble() - 1);
        }

        Mlp.Workspace ws = mlp.newWorkspace(n);
        double[] logits = new double[n];
        ws.forward(params, xs, ys, n, logits);
        LossOutput out = BinaryFocalLoss.compute(Tensor.vector(logits), Tensor.vector(t), loss.params(), Reduction.MEAN);
        double[] grad = new double[mlp.parameterCount()];
        ws.backward(params, out.grad().data(), grad);

        double maxGrad = 0;
        for (double g : grad) {
            maxGrad = Math.max(maxGrad, Math.abs(g));
        }
        assertThat(maxGrad).as("a non-trivial gradient").isGreaterThan(1e-4);
        double h = 1e-6;
        for (int k = 0; k < params.length; k++) {
            double[] plus = params.clone();
            double[] minus = params.clone();
            plus[k] += h;
            minus[k] -= h;
            double fd = (loss(mlp, plus, xs, ys, t, loss) - loss(mlp, minus, xs, ys, t, loss)) / (2 * h);
            assertThat(Math.abs(grad[k] - fd))
                    .as("%s: parameter %d of %d, analytic %.12g, finite difference %.12g", name, k, params.length, grad[k], fd)
                    .isLessThanOrEqualTo(1e-8 + 1e-6 * Math.abs(fd));
        }
    }

    private static double loss(Mlp mlp, double[] params, double[] xs, double[] ys, double[] t, FocalSetting loss) {
        double[] logits = mlp.logits(params, xs, ys);
        return BinaryFocalLoss.compute(Tensor.vector(logits), Tensor.vector(t), loss.params(), Reduction.MEAN).loss().item();
    }
}
