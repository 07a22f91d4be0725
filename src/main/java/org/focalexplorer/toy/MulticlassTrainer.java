package org.focalexplorer.toy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Trains 1 to 4 multi-class models side by side — one per loss of the settings — from identical initial
 * weights on identical batches with the same optimiser; only the loss differs. Loss values and logit
 * gradients come from the loss core ({@link MulticlassObjective}).
 *
 * <p>Threads and determinism as in {@link SideBySideTrainer}: {@link #step(int)}, {@link #snapshot()} and
 * {@link #reset} run under one lock; {@link #setLossParams} never blocks, publishes one immutable value that
 * the next step reads once; the same settings and the same parameter changes at the same steps give
 * bit-identical weights. A step that makes any value NaN or ±∞ in any model is discarded for all and
 * pauses training until a reset.
 */
public final class MulticlassTrainer {
    /** Mixed into the seed for the batch stream. */
    static final long STREAM_SALT = SideBySideTrainer.STREAM_SALT;

    private volatile MulticlassSettings settings;
    private volatile MulticlassLossParams requested;
    private volatile MulticlassData.Split data;
    private volatile long step;
    private volatile String divergence;

    private Mlp mlp;
    private Optimizer optimizer;
    private BatchSampler sampler;
    private MulticlassData.Stream stream;
    private double[][] gridCentres;
    private Mlp.Workspace[] workspaces;
    private Mlp.Workspace evalWorkspace;
    private int[] batchIndices;
    private double[] batchXs;
    private double[] batchYs;
    private int[] batchLabels;
    private double[][] logits;
    private double[][] dLogits;
    private double[][] params;
    private double[][] states;
    private double[][] scratchParams;
    private double[][] scratchStates;
    private double[][] grads;
    private double[] lastLosses;
    /** Per model, its last test-set evaluation (see {@link #liveSnapshot()}); cleared by a reset. */
    private TestResult[] tested;
    /** The model whose test set the next live snapshot evaluates again. */
    private int nextTestRefresh;

    public MulticlassTrainer(MulticlassSettings settings) {
        reset(settings);
    }

    /** Restarts every model with the current loss parameters. */
    public synchronized void reset() {
        restart(settings, requested);
    }

    /** Restarts with new settings; the loss parameters become {@code settings.params()}. */
    public synchronized void reset(MulticlassSettings s) {
        if (s == null) {
            throw new IllegalArgumentException("settings must not be null");
        }
        restart(s, s.params());
    }

    /**
     * Sets the α vector, γ and one-vs-rest α from the next step on. A vector of the wrong length is refused
     * with {@link IllegalArgumentException} and changes nothing. Never blocks.
     */
    public void setLossParams(MulticlassLossParams p) {
        if (p == null) {
            throw new IllegalArgumentException("loss parameters must not be null");
        }
        AlphaVector.of(p.alphaVector().values(), settings.classes());
        requested = p;
    }

    public MulticlassLossParams lossParams() {
        return requested;
    }

    public MulticlassSettings settings() {
        return settings;
    }

    public long step() {
        return step;
    }

    public Optional<String> divergence() {
        return Optional.ofNullable(divergence);
    }

    public MulticlassData.Split data() {
        return data;
    }

    /** A copy of the weights of the model trained with {@code loss} (waits for a running step). */
    public synchronized double[] parameters(MulticlassLoss loss) {
        return params[index(loss)].clone();
    }

    /** Each model's loss on the batch of the last step (NaN before the first). */
    public synchronized double[] lastBatchLosses() {
        return lastLosses.clone();
    }

    /** Runs up to n steps; stops early when paused by a divergence or when the thread is interrupted. */
    public synchronized StepOutcome step(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("steps = " + n + ": must be >= 0");
        }
        int done = 0;
        while (done < n && divergence == null && !Thread.currentThread().isInterrupted() && stepOnce()) {
            done++;
        }
        return new StepOutcome(done, step, Optional.empty());
    }

    public synchronized MulticlassSnapshot snapshot() {
        return snapshot(false);
    }

    /**
     * The snapshot a <em>playing</em> lab shows each frame: like {@link #snapshot()}, except that the test set
     * (20,000 points: most of a snapshot's work) is evaluated again for one model per call, the models in
     * turn. The others' test metrics and loss shares are those of their last evaluation — at the step
     * {@link MulticlassModelState#testStep()} names, at most (models − 1) live snapshots earlier — and are
     * reused only if they were computed with the same loss parameters. Everything else (training points,
     * decision regions, train loss) is current. Each model's test figures all come from one step's weights,
     * bit for bit what {@link #snapshot()} at that step gives ({@code LiveSnapshotTest}).
     */
    public synchronized MulticlassSnapshot liveSnapshot() {
        return snapshot(true);
    }

    private MulticlassSnapshot snapshot(boolean live) {
        MulticlassLossParams p = requested;
        MulticlassSettings s = settings;
        int classes = s.classes();
        MulticlassData train = data.train();
        int g = s.gridSize();
        List<MulticlassModelState> models = new ArrayList<>();
        for (int m = 0; m < params.length; m++) {
            MulticlassLoss loss = s.losses().get(m);
            double[][] trainLogits = evaluate(m, train.xArray(), train.yArray(), classes);
            double[][] gridLogits = evaluate(m, gridCentres[0], gridCentres[1], classes);
            double[] trainLoss = new double[train.size()];
            double[] weights = new double[train.size()];
            MulticlassObjective.perExample(loss, p, trainLogits, train.labelArray(), trainLoss, weights);
            TestResult test = testResult(m, loss, p, live && m != nextTestRefresh);
            double[][] trainScores = scores(loss, trainLogits);
            double[][] gridScores = scores(loss, gridLogits);
            int[] gridClass = new int[g * g];
            double[] gridConfidence = new double[g * g];
            for (int c = 0; c < g * g; c++) {
                int best = argMax(gridScores, c);
                gridClass[c] = best;
                gridConfidence[c] = probability(loss, gridLogits, c, best);
            }
            int[] predicted = new int[train.size()];
            for (int e = 0; e < predicted.length; e++) {
                predicted[e] = argMax(trainScores, e);
            }
            models.add(new MulticlassModelState(loss, objective(loss, p, trainLoss, train.labelArray()),
                    test.metrics(), test.shares(), new ClassField(train.bounds(), g, g, gridClass, gridConfidence),
                    weights, predicted, params[m], test.step()));
        }
        if (live) {
            nextTestRefresh = (nextTestRefresh + 1) % params.length;
        }
        return new MulticlassSnapshot(step, s, p, data, models, Optional.ofNullable(divergence));
    }

    /** Model m's test metrics and loss shares: the cached ones if {@code reuse} allows and they fit, else now. */
    private TestResult testResult(int m, MulticlassLoss loss, MulticlassLossParams p, boolean reuse) {
        TestResult cached = tested[m];
        if (cached != null && cached.params().equals(p) && (reuse || cached.step() == step)) {
            return cached;
        }
        MulticlassData test = data.test();
        int classes = settings.classes();
        double[][] testLogits = evaluate(m, test.xArray(), test.yArray(), classes);
        double[] testLoss = new double[test.size()];
        MulticlassObjective.perExample(loss, p, testLogits, test.labelArray(), testLoss, null);
        double[] shares = new double[classes];
        double total = 0;
        for (int e = 0; e < testLoss.length; e++) {
            shares[test.label(e)] += testLoss[e];
            total += testLoss[e];
        }
        for (int k = 0; k < classes; k++) {
            shares[k] = total > 0 ? shares[k] / total : Double.NaN;
        }
        TestResult fresh = new TestResult(step, p, MulticlassMetrics.of(scores(loss, testLogits), test.labelArray()), shares);
        tested[m] = fresh;
        return fresh;
    }

    /** One model's evaluation on the test set: the step of its weights, the loss parameters, the results. */
    private record TestResult(long step, MulticlassLossParams params, MulticlassMetrics metrics, double[] shares) {}

    // ---- internals -------------------------------------------------------------------------------------

    private void restart(MulticlassSettings s, MulticlassLossParams p) {
        settings = s;
        requested = p;
        data = MulticlassData.generate(s.data());
        int classes = s.classes();
        mlp = new Mlp(s.model(), classes);
        gridCentres = DecisionField.centres(data.train().bounds(), s.gridSize(), s.gridSize());
        int batch = s.batchPoints();
        int capacity = Math.max(data.train().size(), batch);
        evalWorkspace = mlp.newWorkspace(Mlp.TILE);
        int models = s.losses().size();
        workspaces = new Mlp.Workspace[models];
        for (int m = 0; m < models; m++) {
            workspaces[m] = mlp.newWorkspace(capacity);
        }
        batchIndices = new int[capacity];
        batchXs = new double[capacity];
        batchYs = new double[capacity];
        batchLabels = new int[capacity];
        logits = new double[classes][capacity];
        dLogits = new double[classes][capacity];
        optimizer = Optimizer.of(s.optimizer(), mlp.parameterCount());
        sampler = new BatchSampler(data.train().size(), s.optimizer().batchSize(), s.seed() ^ 0x5DEECE66DL);
        stream = s.source() == DataSource.STREAM ? new MulticlassData.Stream(s.data(), s.seed() ^ STREAM_SALT) : null;
        double[] initial = mlp.initialParameters(s.seed(), initialBiases(s));
        params = new double[models][];
        states = new double[models][optimizer.stateSize()];
        scratchParams = new double[models][mlp.parameterCount()];
        scratchStates = new double[models][optimizer.stateSize()];
        grads = new double[models][mlp.parameterCount()];
        for (int m = 0; m < models; m++) {
            params[m] = initial.clone();
        }
        lastLosses = new double[models];
        java.util.Arrays.fill(lastLosses, Double.NaN);
        step = 0;
        divergence = null;
        tested = new TestResult[models];
        nextTestRefresh = 0;
    }

    /** The multi-class prior initialisation: output bias k = log f_k (softmax p ≈ the class frequencies); else 0. */
    private static double[] initialBiases(MulticlassSettings s) {
        double[] b = new double[s.classes()];
        if (s.model().priorInit()) {
            for (int k = 0; k < b.length; k++) {
                b[k] = Math.log(s.data().frequency(k));
            }
        }
        return b;
    }

    private boolean stepOnce() {
        MulticlassLossParams p = requested; // the one read of this step
        long t = step + 1;
        MulticlassData train = data.train();
        int n;
        if (stream != null) {
            n = settings.batchPoints();
            stream.next(n, batchXs, batchYs, batchLabels);
        } else {
            n = sampler.next(batchIndices);
            for (int k = 0; k < n; k++) {
                int i = batchIndices[k];
                batchXs[k] = train.x(i);
                batchYs[k] = train.y(i);
                batchLabels[k] = train.label(i);
            }
        }
        int[] labels = java.util.Arrays.copyOf(batchLabels, n);
        double[] losses = new double[params.length];
        for (int m = 0; m < params.length; m++) {
            MulticlassLoss loss = settings.losses().get(m);
            workspaces[m].forward(params[m], batchXs, batchYs, n, logits);
            String bad = nonFinite(logits, n);
            if (bad != null) {
                return diverge(t, loss, "a logit became " + bad);
            }
            double value = MulticlassObjective.compute(loss, p, logits, labels, n, dLogits);
            if (!Double.isFinite(value)) {
                return diverge(t, loss, "the loss became " + value);
            }
            workspaces[m].backward(params[m], dLogits, grads[m]);
            System.arraycopy(params[m], 0, scratchParams[m], 0, params[m].length);
            System.arraycopy(states[m], 0, scratchStates[m], 0, states[m].length);
            optimizer.update(scratchParams[m], scratchStates[m], grads[m], t);
            for (double w : scratchParams[m]) {
                if (!Double.isFinite(w)) {
                    return diverge(t, loss, "the update would have made a weight " + w);
                }
            }
            losses[m] = value;
        }
        for (int m = 0; m < params.length; m++) {
            double[] swap = params[m];
            params[m] = scratchParams[m];
            scratchParams[m] = swap;
            swap = states[m];
            states[m] = scratchStates[m];
            scratchStates[m] = swap;
        }
        lastLosses = losses;
        step = t;
        return true;
    }

    private boolean diverge(long t, MulticlassLoss loss, String what) {
        divergence = "Training diverged at step " + t + ": in the " + loss.id() + " model, " + what
                + ". Training is paused with the weights after step " + (t - 1) + "; a smaller learning rate (now "
                + settings.optimizer().learningRate() + ") usually prevents this. Reset to start again.";
        return false;
    }

    private static String nonFinite(double[][] a, int n) {
        for (double[] row : a) {
            for (int e = 0; e < n; e++) {
                if (!Double.isFinite(row[e])) {
                    return String.valueOf(row[e]);
                }
            }
        }
        return null;
    }

    private double[][] evaluate(int m, double[] xs, double[] ys, int classes) {
        double[][] out = new double[classes][xs.length];
        evalWorkspace.evaluate(params[m], xs, ys, xs.length, out);
        return out;
    }

    /**
     * Scores increasing with each class's probability: log softmax for the softmax losses, the logit itself
     * for one-vs-rest (σ is increasing), so rankings have no ties that rounding p would create.
     */
    private static double[][] scores(MulticlassLoss loss, double[][] z) {
        if (!loss.softmax()) {
            return z;
        }
        int classes = z.length;
        int n = z[0].length;
        double[][] s = new double[classes][n];
        for (int e = 0; e < n; e++) {
            double m = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < classes; k++) {
                m = Math.max(m, z[k][e]);
            }
            double sum = 0;
            for (int k = 0; k < classes; k++) {
                sum += Math.exp(z[k][e] - m);
            }
            double lse = m + Math.log(sum);
            for (int k = 0; k < classes; k++) {
                s[k][e] = z[k][e] - lse;
            }
        }
        return s;
    }

    private static double probability(MulticlassLoss loss, double[][] z, int e, int k) {
        return loss.softmax() ? org.focalexplorer.loss.Numerics.sigmoid(MulticlassObjective.trueClassLogit(z, e, k))
                : org.focalexplorer.loss.Numerics.sigmoid(z[k][e]);
    }

    private static int argMax(double[][] s, int e) {
        int best = 0;
        for (int k = 1; k < s.length; k++) {
            if (s[k][e] > s[best][e]) {
                best = k;
            }
        }
        return best;
    }

    /** The batch objective over a whole set: mean for CE and one-vs-rest, Σ loss / Σ α_y for the α-vector losses. */
    private static double objective(MulticlassLoss loss, MulticlassLossParams p, double[] perExample, int[] labels) {
        double sum = 0;
        for (double v : perExample) {
            sum += v;
        }
        double norm = loss.usesAlphaVector() ? MulticlassObjective.weightSum(p.alphaVector().values(), labels, labels.length)
                : labels.length;
        return sum / norm;
    }

    private int index(MulticlassLoss loss) {
        int i = settings.losses().indexOf(loss);
        if (i < 0) {
            throw new IllegalArgumentException("no model with loss " + loss.id());
        }
        return i;
    }
}
