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
 * order, so results are bit-identical run to run. tanh ({@link Tanh}) and the gradient's sums over the batch
 * ({@link LaneSums}) run in SIMD lanes when the JVM has {@code jdk.incubator.vector}, with the same arithmetic
 * as their scalar forms, so the weights are the same bits with or without the module.
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

    /**
     * Whether the hidden layers' loops run in SIMD lanes now: only with {@code jdk.incubator.vector}, and only
     * once the JIT has compiled them ({@code SimdWarmUp}); the results are the same bits either way.
     */
    public static boolean simdActive() {
        return Tanh.vectorAvailable() && SimdWarmUp.ready()
                && org.focalexplorer.loss.LossKernel.current() == org.focalexplorer.loss.LossKernel.VECTOR;
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

    /** Examples per tile of {@link Workspace#evaluate}: a hidden layer of 128 units then holds 256 KB. */
    public static final int TILE = 256;

    /** Logits of the points (xs[i], ys[i]); a convenience that allocates its own workspace. */
    public double[] logits(double[] params, double[] xs, double[] ys) {
        double[][] out = new double[1][xs.length];
        newWorkspace(Math.min(TILE, Math.max(1, xs.length))).evaluate(params, xs, ys, xs.length, out);
        return out[0];
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
        /** The vector tanh's intermediate values ({@link Tanh#inPlace}). */
        private final double[] tanhScratch = Tanh.newScratch();
        /** Inputs of one tile of {@link #evaluate}, allocated on first use. */
        private double[] tileX;
        private double[] tileY;

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

        /**
         * Logits of any number of points, {@code logits[k][e]} for output k, computed {@link #TILE} points (or
         * the capacity, if smaller) at a time: every layer of a tile stays in the cache, where one pass over
         * 20,000 points per layer would stream each layer through memory. The same arithmetic per point as
         * {@link #forward}, so the same logits. Leaves nothing for {@link #backward}.
         */
        public void evaluate(double[] params, double[] xs, double[] ys, int n, double[][] logits) {
            evaluate(params, xs, ys, 0, n, logits);
        }

        /**
         * {@link #evaluate(double[], double[], double[], int, double[][])} of the points [from, to) only, into
         * {@code logits[k][from..to)}: each point's logits do not depend on which others share its tile, so a
         * set cut into ranges (evaluated by several workspaces, on several threads) gives the same bits.
         */
        public void evaluate(double[] params, double[] xs, double[] ys, int from, int to, double[][] logits) {
            int tile = Math.min(TILE, capacity);
            if (tileX == null) {
                tileX = new double[tile];
                tileY = new double[tile];
            }
            for (int lo = from; lo < to; lo += tile) {
                int m = Math.min(tile, to - lo);
                System.arraycopy(xs, lo, tileX, 0, m);
                System.arraycopy(ys, lo, tileY, 0, m);
                run(params, tileX, tileY, m);
                for (int k = 0; k < outputs(); k++) {
                    System.arraycopy(acts[layers()][k], 0, logits[k], lo, m);
                }
            }
            this.n = -1;
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
                    activate(acts[l + 1], n, tanhScratch);
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

    /**
     * out[j] = b_j + Σ_i W[j][i] in[i], for every example, summed in the order i = 0, 1, …: four inputs per
     * pass over the examples (one load and store of out[j] per four products instead of per product; the
     * sum is still ((b + w₀x₀) + w₁x₁) + …, the same rounding as one input per pass).
     */
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
            int i = 0;
            for (; i + 3 < nIn; i += 4) {
                axpy4(params[wRow + i], in[i], params[wRow + i + 1], in[i + 1], params[wRow + i + 2], in[i + 2],
                        params[wRow + i + 3], in[i + 3], o, n);
            }
            for (; i < nIn; i++) {
                axpy(params[wRow + i], in[i], o, n);
            }
        }
    }

    /** o[e] = (((o[e] + w0·x0[e]) + w1·x1[e]) + w2·x2[e]) + w3·x3[e]. */
    private static void axpy4(double w0, double[] x0, double w1, double[] x1, double w2, double[] x2, double w3,
            double[] x3, double[] o, int n) {
        for (int e = 0; e < n; e++) {
            o[e] = o[e] + w0 * x0[e] + w1 * x1[e] + w2 * x2[e] + w3 * x3[e];
        }
    }

    /** o[e] += w·x[e]. */
    private static void axpy(double w, double[] x, double[] o, int n) {
        for (int e = 0; e < n; e++) {
            o[e] += w * x[e];
        }
    }

    private void activate(double[][] a, int n, double[] tanhScratch) {
        for (double[] u : a) {
            if (relu) {
                for (int e = 0; e < n; e++) {
                    u[e] = Math.max(u[e], 0.0);
                }
            } else {
                Tanh.inPlace(u, n, tanhScratch);
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
            grad[bo + j] = LaneSums.sum(d, n);
            int row = wo + j * nIn;
            int i = 0;
            for (; i + 3 < nIn; i += 4) {
                LaneSums.dot4(d, in[i], in[i + 1], in[i + 2], in[i + 3], n, grad, row + i);
            }
            for (; i < nIn; i++) {
                grad[row + i] = LaneSums.dot(d, in[i], n);
            }
        }
    }

    /** δ_prev[i] = Σ_j W[j][i] δ[j], for every example, summed in the order j = 0, 1, … (four per pass). */
    private void propagate(double[] params, int l, double[][] delta, double[][] prev, int n) {
        int nIn = sizes[l];
        int nOut = sizes[l + 1];
        int wo = weightOffset[l];
        for (int i = 0; i < nIn; i++) {
            double[] p = prev[i];
            for (int e = 0; e < n; e++) {
                p[e] = 0.0;
            }
            int j = 0;
            for (; j + 3 < nOut; j += 4) {
                axpy4(params[wo + j * nIn + i], delta[j], params[wo + (j + 1) * nIn + i], delta[j + 1],
                        params[wo + (j + 2) * nIn + i], delta[j + 2], params[wo + (j + 3) * nIn + i], delta[j + 3], p, n);
            }
            for (; j < nOut; j++) {
                axpy(params[wo + j * nIn + i], delta[j], p, n);
            }
        }
    }
}
