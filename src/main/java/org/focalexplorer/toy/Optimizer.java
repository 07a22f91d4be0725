package org.focalexplorer.toy;

/**
 * An update rule over flat arrays: the parameters and the optimiser's state are owned by the caller, so
 * that the trainer can apply an update to scratch copies and keep the old ones if the result is not finite.
 */
abstract class Optimizer {
    final OptimizerSpec spec;
    final int parameterCount;

    Optimizer(OptimizerSpec spec, int parameterCount) {
        this.spec = spec;
        this.parameterCount = parameterCount;
    }

    static Optimizer of(OptimizerSpec spec, int parameterCount) {
        switch (spec.kind()) {
            case SGD: return new Sgd(spec, parameterCount);
            case ADAM: return new Adam(spec, parameterCount);
            default: throw new AssertionError(spec.kind());
        }
    }

    /** Length of the state array; a fresh state is all zeros. */
    abstract int stateSize();

    /** One update of {@code params} and {@code state} in place; {@code t} is the 1-based step number. */
    abstract void update(double[] params, double[] state, double[] grad, long t);

    /** v ← μ v + g; θ ← θ − lr v (PyTorch's SGD with momentum, no dampening). */
    static final class Sgd extends Optimizer {
        Sgd(OptimizerSpec spec, int parameterCount) {
            super(spec, parameterCount);
        }

        @Override
        int stateSize() {
            return parameterCount;
        }

        @Override
        void update(double[] params, double[] state, double[] grad, long t) {
            double mu = spec.momentum();
            double lr = spec.learningRate();
            for (int k = 0; k < parameterCount; k++) {
                double v = mu * state[k] + grad[k];
                state[k] = v;
                params[k] -= lr * v;
            }
        }
    }

    /** Adam: m ← β₁m + (1−β₁)g, v ← β₂v + (1−β₂)g², θ ← θ − lr m̂ / (√v̂ + ε). State = [m, v]. */
    static final class Adam extends Optimizer {
        Adam(OptimizerSpec spec, int parameterCount) {
            super(spec, parameterCount);
        }

        @Override
        int stateSize() {
            return 2 * parameterCount;
        }

        @Override
        void update(double[] params, double[] state, double[] grad, long t) {
            double b1 = spec.beta1();
            double b2 = spec.beta2();
            double c1 = 1.0 - StrictMath.pow(b1, t);
            double c2 = 1.0 - StrictMath.pow(b2, t);
            double lr = spec.learningRate();
            double eps = spec.epsilon();
            int p = parameterCount;
            for (int k = 0; k < p; k++) {
                double g = grad[k];
                double m = b1 * state[k] + (1.0 - b1) * g;
                double v = b2 * state[p + k] + (1.0 - b2) * g * g;
                state[k] = m;
                state[p + k] = v;
                params[k] -= lr * (m / c1) / (Math.sqrt(v / c2) + eps);
            }
        }
    }
}
