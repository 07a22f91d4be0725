package org.focalexplorer.toy;

import java.util.SplittableRandom;

/**
 * A fully connected network 2 → hidden… → 1 logit (no hidden layer: logistic regression), as an immutable
 * architecture; parameters live in a flat array owned by the caller and activations in a {@link Workspace}.
 *
 * <p>Parameter layout: for each layer in order, its weights W (out × in, row-major, W[j][i] at
 * {@code weightOffset + j·in + i}) then its biases.
 *
 * <p>Activations are one array per unit, indexed by example, so the inner loops read and write
 * {@code a[e]} with the same index in every array: that is the form HotSpot's C2 vectorises (with two
 * offsets into one flat array it must assume they may overlap, and runs ~3× slower). Every sum has a fixed
 * order, so results are bit-identical run to run.
 */
public final class Mlp {
    private final ModelSpec spec;
    private final int[] sizes;
    private final int[] weightOffset;
    private final int[] biasOffset;
    private final int parameterCount;
    private final boolean relu;

    public Mlp(ModelSpec spec) {
        this(spec, 1);
    }

    /** The network with {@code outputs} logits (one per class of a multi-class model). */
    public Mlp(ModelSpec spec, int outputs) {
        if (outputs < 1) {
            throw new IllegalArgumentException("outputs = " + outputs + ": must be >= 1");
        }
        this.spec = spec;
        this.sizes = spec.layerSizes();
        sizes[sizes.length - 1] = outputs;
        this.relu = spec.activation() == Activation.RELU;
        int layers = sizes.length - 1;
        weightOffset = new int[layers];
        biasOffset = new int[layers];
        int offset = 0;
        for (int l = 0; l < layers; l++) {
            weightOffset[l] = offset;
            offset += sizes[l] * sizes[l + 1];
            biasOffset[l] = offset;
            offset += sizes[l + 1];
        }
        parameterCount = offset;
    }

    public ModelSpec spec() {
        return spec;
    }

    public int outputs() {
        return sizes[sizes.length - 1];
    }

    public int parameterCount() {
        return parameterCount;
    }

    /** Number of weight layers (hidden layers + 1). */
    public int layers() {
        return sizes.length - 1;
    }

    /**
     * Seeded initial parameters: Glorot-uniform weights for tanh (and for the output layer), He-uniform
     * for ReLU hidden layers; hidden biases 0; the output bias is {@link ModelSpec#initialOutputBias()}.
     */
    public double[] initialParameters(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] p = new double[parameterCount];
        for (int l = 0; l < layers(); l++) {
            int in = sizes[l];
            int out = sizes[l + 1];
            boolean hiddenRelu = relu && l < layers() - 1;
            double limit = hiddenRelu ? Math.sqrt(6.0 / in) : Math.sqrt(6.0 / (in + out));
            for (int k = 0; k < in * out; k++) {
                p[weightOffset[l] + k] = limit * (2.0 * rng.nextDouble() - 1.0);
            }
        }
        p[biasOffset[layers() - 1]] = spec.initialOutputBias();
        return p;
    }

    /**
     * {@link #initialParameters(long)} with the output biases set to {@code outputBiases} (one per output),
     * e.g. log class frequencies: the multi-class form of the prior initialisation.
     */
    public double[] initialParameters(long seed, double[] outputBiases) {
        if (outputBiases.length != outputs()) {
            throw new IllegalArgumentException(outputBiases.length + " output biases for " + outputs() + " outputs");
        }
        double[] p = initialParameters(seed);
        System.arraycopy(outputBiases, 0, p, biasOffset[layers() - 1], outputBiases.length);
        return p;
    }

    /** Logits of the points (xs[i], ys[i]); a convenience that allocates its own workspace. */
    public double[] logits(double[] params, double[] xs, double[] ys) {
        double[] out = new double[xs.length];
        newWorkspace(xs.length).forward(params, xs, ys, xs.length, out);
        return out;
    }

    /** Activation buffers for batches of up to {@code capacity} examples. */
    public Workspace newWorkspace(int capacity) {
        return new Workspace(capacity);
    }

    /** Mutable buffers of one forward/backward pass; one per thread and model. */
    public final class Workspace {
        private final int capacity;
        /** acts[l][unit][example]: outputs of layer l−1 after activation; acts[0] = the inputs (not copied). */
        private final double[][][] acts;
        /** deltas[l][unit][example]: d loss / d pre-activation of those outputs. */
        private final double[][][] deltas;
        private int n = -1;

        private Workspace(int capacity) {
            if (capacity < 1) {
                throw new IllegalArgumentException("capacity = " + capacity + ": must be >= 1");
            }
            this.capacity = capacity;
            acts = new double[sizes.length][][];
            deltas = new double[sizes.length][][];
            acts[0] = new double[2][];
            for (int l = 1; l < sizes.length; l++) {
                acts[l] = new double[sizes[l]][capacity];
                deltas[l] = new double[sizes[l]][capacity];
            }
        }

        public int capacity() {
            return capacity;
        }

        /**
         * Logits of the first {@code n} points (xs[e], ys[e]). Keeps the activations (and references to
         * xs and ys, which must not change until then) for {@link #backward}.
         */
        public void forward(double[] params, double[] xs, double[] ys, int n, double[] logits) {
            run(params, xs, ys, n);
            System.arraycopy(acts[layers()][0], 0, logits, 0, n);
        }

        /**
         * The multi-output form of {@link #forward(double[], double[], double[], int, double[])}: the logits
         * of output k land in {@code logits[k][0..n)}.
         */
        public void forward(double[] params, double[] xs, double[] ys, int n, double[][] logits) {
            run(params, xs, ys, n);
            for (int k = 0; k < outputs(); k++) {
                System.arraycopy(acts[layers()][k], 0, logits[k], 0, n);
            }
        }

        private void run(double[] params, double[] xs, double[] ys, int n) {
            if (n < 1 || n > capacity || xs.length < n || ys.length < n) {
                throw new IllegalArgumentException("batch of " + n + " examples: workspace holds 1 to " + capacity);
            }
            this.n = n;
            acts[0][0] = xs;
            acts[0][1] = ys;
            int last = layers() - 1;
            for (int l = 0; l <= last; l++) {
                dense(params, l, acts[l], acts[l + 1], n);
                if (l < last) {
                    activate(acts[l + 1], n);
                }
            }
        }

        /**
         * Gradient of the loss with respect to the parameters, written to {@code grad}, given
         * {@code dLogits} = d loss / d logit of each example of the last {@link #forward}.
         */
        public void backward(double[] params, double[] dLogits, double[] grad) {
            if (n < 0) {
                throw new IllegalStateException("backward() before forward()");
            }
            System.arraycopy(dLogits, 0, deltas[layers()][0], 0, n);
            propagateBack(params, grad);
        }

        /** The multi-output form: {@code dLogits[k][e]} = d loss / d logit k of example e. */
        public void backward(double[] params, double[][] dLogits, double[] grad) {
            if (n < 0) {
                throw new IllegalStateException("backward() before forward()");
            }
            for (int k = 0; k < outputs(); k++) {
                System.arraycopy(dLogits[k], 0, deltas[layers()][k], 0, n);
            }
            propagateBack(params, grad);
        }

        private void propagateBack(double[] params, double[] grad) {
            int last = layers() - 1;
            for (int l = last; l >= 0; l--) {
                parameterGradient(l, deltas[l + 1], acts[l], grad, n);
                if (l > 0) {
                    propagate(params, l, deltas[l + 1], deltas[l], n);
                    activationDerivative(acts[l], deltas[l], n);
                }
            }
        }
    }

    /** out[j] = b_j + Σ_i W[j][i] in[i], for every example. */
    private void dense(double[] params, int l, double[][] in, double[][] out, int n) {
        int nIn = sizes[l];
        int nOut = sizes[l + 1];
        int wo = weightOffset[l];
        int bo = biasOffset[l];
        for (int j = 0; j < nOut; j++) {
            double[] o = out[j];
            double b = params[bo + j];
            for (int e = 0; e < n; e++) {
                o[e] = b;
            }
            int wRow = wo + j * nIn;
            for (int i = 0; i < nIn; i++) {
                double w = params[wRow + i];
                double[] x = in[i];
                for (int e = 0; e < n; e++) {
                    o[e] += w * x[e];
                }
            }
        }
    }

    private void activate(double[][] a, int n) {
        for (double[] u : a) {
            if (relu) {
                for (int e = 0; e < n; e++) {
                    u[e] = Math.max(u[e], 0.0);
                }
            } else {
                for (int e = 0; e < n; e++) {
                    u[e] = tanh(u[e]);
                }
            }
        }
    }

    /** delta ⊙= f'(z), from the activation a = f(z): tanh' = 1 − a², relu' = [a &gt; 0]. */
    private void activationDerivative(double[][] a, double[][] delta, int n) {
        for (int i = 0; i < a.length; i++) {
            double[] u = a[i];
            double[] d = delta[i];
            if (relu) {
                for (int e = 0; e < n; e++) {
                    d[e] = u[e] > 0.0 ? d[e] : 0.0;
                }
            } else {
                for (int e = 0; e < n; e++) {
                    double t = u[e];
                    d[e] *= 1.0 - t * t;
                }
            }
        }
    }

    /** dW[j][i] = Σ_e δ[j][e] in[i][e], db[j] = Σ_e δ[j][e]. */
    private void parameterGradient(int l, double[][] delta, double[][] in, double[] grad, int n) {
        int nIn = sizes[l];
        int nOut = sizes[l + 1];
        int wo = weightOffset[l];
        int bo = biasOffset[l];
        for (int j = 0; j < nOut; j++) {
            double[] d = delta[j];
            grad[bo + j] = sum(d, n);
            int row = wo + j * nIn;
            int i = 0;
            for (; i + 3 < nIn; i += 4) {
                dot4(d, in[i], in[i + 1], in[i + 2], in[i + 3], n, grad, row + i);
            }
            for (; i < nIn; i++) {
                grad[row + i] = dot(d, in[i], n);
            }
        }
    }

    /** δ_prev[i] = Σ_j W[j][i] δ[j], for every example. */
    private void propagate(double[] params, int l, double[][] delta, double[][] prev, int n) {
        int nIn = sizes[l];
        int nOut = sizes[l + 1];
        int wo = weightOffset[l];
        for (int i = 0; i < nIn; i++) {
            double[] p = prev[i];
            for (int e = 0; e < n; e++) {
                p[e] = 0.0;
            }
            for (int j = 0; j < nOut; j++) {
                double w = params[wo + j * nIn + i];
                double[] d = delta[j];
                for (int e = 0; e < n; e++) {
                    p[e] += w * d[e];
                }
            }
        }
    }

    /** Σ a[0..n) with four accumulators (a fixed order, so deterministic). */
    private static double sum(double[] a, int n) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int k = 0;
        for (; k + 3 < n; k += 4) {
            s0 += a[k];
            s1 += a[k + 1];
            s2 += a[k + 2];
            s3 += a[k + 3];
        }
        for (; k < n; k++) {
            s0 += a[k];
        }
        return (s0 + s1) + (s2 + s3);
    }

    private static double dot(double[] a, double[] b, int n) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int k = 0;
        for (; k + 3 < n; k += 4) {
            s0 += a[k] * b[k];
            s1 += a[k + 1] * b[k + 1];
            s2 += a[k + 2] * b[k + 2];
            s3 += a[k + 3] * b[k + 3];
        }
        for (; k < n; k++) {
            s0 += a[k] * b[k];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /**
     * Four dot products of d with x0..x3 in one pass (d is read once; eight independent accumulator
     * chains keep the FP units busy), written to out[at..at+3].
     */
    private static void dot4(double[] d, double[] x0, double[] x1, double[] x2, double[] x3, int n, double[] out, int at) {
        double a0 = 0;
        double a1 = 0;
        double a2 = 0;
        double a3 = 0;
        double b0 = 0;
        double b1 = 0;
        double b2 = 0;
        double b3 = 0;
        int e = 0;
        for (; e + 1 < n; e += 2) {
            double d0 = d[e];
            double d1 = d[e + 1];
            a0 += d0 * x0[e];
            a1 += d0 * x1[e];
            a2 += d0 * x2[e];
            a3 += d0 * x3[e];
            b0 += d1 * x0[e + 1];
            b1 += d1 * x1[e + 1];
            b2 += d1 * x2[e + 1];
            b3 += d1 * x3[e + 1];
        }
        if (e < n) {
            double d0 = d[e];
            a0 += d0 * x0[e];
            a1 += d0 * x1[e];
            a2 += d0 * x2[e];
            a3 += d0 * x3[e];
        }
        out[at] = a0 + b0;
        out[at + 1] = a1 + b1;
        out[at + 2] = a2 + b2;
        out[at + 3] = a3 + b3;
    }

    /**
     * tanh through one {@link Math#exp} (a JIT intrinsic; {@link Math#tanh} is not, and costs several
     * times more, which dominates a step). Relative error a few ulps for |x| ≥ 0.01 and below 1e-12
     * under it, far under what training can notice; odd and saturating at ±1 like tanh.
     */
    static double tanh(double x) {
        double ax = Math.abs(x);
        if (ax > 20.0) {
            return Math.copySign(1.0, x);
        }
        if (ax < 1e-4) {
            return x - x * x * x / 3.0; // the exp form would cancel here
        }
        double e = Math.exp(-2.0 * ax);
        return Math.copySign((1.0 - e) / (1.0 + e), x);
    }
}
