package org.focalexplorer.toy;

import org.focalexplorer.loss.FocalSetting;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.focalexplorer.loss.BinaryFocalLoss;
import org.focalexplorer.loss.LossOutput;
import org.focalexplorer.loss.LossParallelism;
import org.focalexplorer.loss.Numerics;
import org.focalexplorer.loss.Reduction;
import org.focalexplorer.loss.Tensor;

/**
 * Trains a reference model (CE or α-balanced CE) and a focal-loss model side by side: identical initial
 * weights, the same data, the same batches in the same order, the same optimiser; only the loss differs.
 * Every loss value and logit gradient comes from the loss core ({@link BinaryFocalLoss}).
 *
 * <h2>Threads</h2>
 * {@link #step(int)}, {@link #snapshot()}, {@link #reset()} and {@link #reset(TrainingSettings)} run on
 * the caller's thread under one lock (a UI runs them on one background executor; they are also safe from
 * several threads). {@link #setFocalParams} never blocks: it publishes an immutable {@link FocalSetting}
 * that the next step reads once, so α and γ change together at a step boundary and a step never mixes
 * two settings. {@link #step()}, {@link #focalSetting()}, {@link #divergence()}, {@link #settings()} and
 * {@link #data()} never block either. Snapshots are immutable. A snapshot's network evaluation is shared out
 * in fixed chunks of points over {@link LossParallelism}'s threads (the caller among them), with the same
 * results on any number of them.
 *
 * <h2>Determinism</h2>
 * Same settings (and the same sequence of focal settings at the same steps) give bit-identical weights:
 * all randomness comes from the seeds, every sum has a fixed order.
 *
 * <h2>Divergence</h2>
 * If a step produces a logit, a loss, a gradient or a weight that is NaN or ±∞ in either model, or a loss
 * that exploded ({@link ExplodingLoss}), the step is discarded for both, training pauses ({@link #step}
 * does nothing and returns the {@link Divergence}), and snapshots show the last finite state with the
 * reason. {@link #reset()} clears it.
 */
public final class SideBySideTrainer {
    private static final ModelRole[] ROLES = {ModelRole.REFERENCE, ModelRole.FOCAL};
    /** Mixed into the run's seed for the stream of fresh batches (the data's seed fixes the geometry). */
    static final long STREAM_SALT = 0x9E3779B97F4A7C15L;

    private volatile TrainingSettings settings;
    private volatile FocalSetting requestedFocal;

    // ---- fixed per reset -------------------------------------------------------------------------------
    private volatile DataSplit data;
    private Mlp mlp;
    private Optimizer optimizer;
    private BatchSampler sampler;
    private DataStream stream;
    private double[][] gridCentres;
    private Mlp.Workspace[] workspaces;
    /** Workspaces for {@link #logits}, one per thread at work, reused (replaced with the network's shape). */
    private java.util.Queue<Mlp.Workspace> evalWorkspaces;
    private int[] batchIndices;
    private double[] batchXs;
    private double[] batchYs;

    // ---- training state --------------------------------------------------------------------------------
    private double[][] params;
    private double[][] states;
    private double[][] scratchParams;
    private double[][] scratchStates;
    private double[][] grads;
    private volatile long step;
    private FocalSetting appliedFocal;
    private List<FocalChange> focalChanges;
    private LossHistory.Recorder history;
    private volatile Divergence divergence;

    // ---- evaluation cache: logits depend only on the weights, i.e. on the step ---------------------------
    private long evaluatedStep = -1;
    private double[][][] evaluated; // [model][train, grid][]
    /** Per model, its last test-set evaluation (see {@link #liveSnapshot()}); cleared by a reset. */
    private TestResult[] tested = new TestResult[2];
    /** The model whose test set the next live snapshot evaluates again. */
    private int nextTestRefresh;

    public SideBySideTrainer(TrainingSettings settings) {
        reset(settings);
    }

    /** Restarts both models from their initial weights with the current focal setting. */
    public synchronized void reset() {
        restart(settings, requestedFocal);
    }

    /** Restarts with new settings (data, model, optimiser, …); the focal setting becomes {@code settings.focal()}. */
    public synchronized void reset(TrainingSettings newSettings) {
        if (newSettings == null) {
            throw new IllegalArgumentException("settings must not be null");
        }
        restart(newSettings, newSettings.focal());
    }

    /**
     * Sets the focal model's α and γ (torchvision convention: α &lt; 0 = no α weighting); applies at the
     * next step. Invalid values throw {@link IllegalArgumentException} and change nothing. Never blocks.
     */
    public void setFocalParams(double alpha, double gamma) {
        requestedFocal = FocalSetting.torchvision(alpha, gamma);
    }

    public void setFocalParams(FocalSetting setting) {
        if (setting == null) {
            throw new IllegalArgumentException("setting must not be null");
        }
        requestedFocal = setting.canonical();
    }

    /** The focal setting the next step will use. */
    public FocalSetting focalSetting() {
        return requestedFocal;
    }

    /** The settings of the current run (never blocks). */
    public TrainingSettings settings() {
        return settings;
    }

    /** Completed steps since the last reset (readable without waiting for a running step). */
    public long step() {
        return step;
    }

    public Optional<Divergence> divergence() {
        return Optional.ofNullable(divergence);
    }

    /** The data of the current run (never blocks). */
    public DataSplit data() {
        return data;
    }

    /** A copy of a model's current weights (waits for a running step). */
    public synchronized double[] parameters(ModelRole role) {
        return params[index(role)].clone();
    }

    /**
     * Runs up to {@code n} steps on the caller's thread. Stops early, and does nothing while paused, when
     * training has diverged; also stops at the next step boundary when the calling thread is interrupted
     * (the interrupt flag stays set), so cancelling a {@code Future} ends a long call promptly.
     */
    public synchronized StepOutcome step(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("steps = " + n + ": must be >= 0");
        }
        int done = 0;
        while (done < n && divergence == null && !Thread.currentThread().isInterrupted() && stepOnce()) {
            done++;
        }
        return new StepOutcome(done, step, Optional.ofNullable(divergence));
    }

    /** The current state, computed now (logits are cached per step, so repeated calls while paused are cheap). */
    public synchronized TrainingSnapshot snapshot() {
        return snapshot(false);
    }

    /**
     * The snapshot a <em>playing</em> lab shows each frame: like {@link #snapshot()}, except that the test set
     * (20,000 points by default: most of a snapshot's work) is evaluated again for one model per call, the two
     * in turn. The other model's test predictions and metrics are the ones its last evaluation gave — at the
     * step {@link ModelState#testStep()} names, one live snapshot earlier — and are reused only if they were
     * computed with the same loss setting. Everything else (training points, grid, weights) is current.
     * Numbers are never mixed: each model's test figures all come from one step's weights, bit for bit what a
     * {@link #snapshot()} at that step gives ({@code LiveSnapshotTest}).
     */
    public synchronized TrainingSnapshot liveSnapshot() {
        return snapshot(true);
    }

    private TrainingSnapshot snapshot(boolean live) {
        FocalSetting focalNow = requestedFocal; // read once: the whole snapshot uses this setting
        FocalSetting[] losses = {settings.reference(), focalNow};
        boolean[] testAgain = new boolean[2];
        for (int m = 0; m < 2; m++) {
            testAgain[m] = !cachedTestFits(m, losses[m], live && m != nextTestRefresh);
        }
        double[][] testLogits = evaluate(testAgain);
        ModelState[] models = new ModelState[2];
        for (int m = 0; m < 2; m++) {
            FocalSetting loss = losses[m];
            Predictions train = new Predictions(evaluated[m][0], data.train().labelArray());
            TestResult test = testAgain[m] ? testResult(loss, testLogits[m]) : tested[m];
            tested[m] = test;
            double[] weights = new double[train.size()];
            for (int i = 0; i < weights.length; i++) {
                weights[i] = loss.weight(train.logit(i), train.isPositive(i));
            }
            double[] gridLogits = evaluated[m][1];
            double[] gridP = new double[gridLogits.length];
            for (int i = 0; i < gridP.length; i++) {
                gridP[i] = Numerics.sigmoid(gridLogits[i]);
            }
            int g = settings.gridSize();
            Normalization normalization = settings.normalization();
            double threshold = settings.threshold();
            models[m] = new ModelState(ROLES[m], loss, params[m].clone(), train, test.predictions(),
                    () -> ClassificationMetrics.of(train, loss, normalization, threshold), test.metrics(), test.step(),
                    weights, new DecisionField(data.train().bounds(), g, g, gridP));
        }
        if (live) {
            nextTestRefresh = 1 - nextTestRefresh;
        }
        return new TrainingSnapshot(step, settings, focalNow, data, models[0], models[1], history.snapshot(),
                focalChanges, Optional.ofNullable(divergence));
    }

    /** Whether model m's cached test predictions and metrics may be shown: {@code reuse} allows them, and they fit. */
    private boolean cachedTestFits(int m, FocalSetting loss, boolean reuse) {
        TestResult cached = tested[m];
        return cached != null && cached.loss().equals(loss) && (reuse || cached.step() == step);
    }

    /** Test predictions and metrics of the current step from the test set's logits. */
    private TestResult testResult(FocalSetting loss, double[] logits) {
        Predictions test = new Predictions(logits, data.test().labelArray());
        return new TestResult(step, loss, test, ClassificationMetrics.of(test, loss, settings.normalization(), settings.threshold()));
    }

    /** One model's evaluation on the test set: the step of its weights, the loss setting, the results. */
    private record TestResult(long step, FocalSetting loss, Predictions predictions, ClassificationMetrics metrics) {}

    // ---- internals -------------------------------------------------------------------------------------

    private void restart(TrainingSettings s, FocalSetting focal) {
        boolean sameData = data != null && data.spec().equals(s.data());
        boolean sameShape = sameData && settings.gridSize() == s.gridSize() && settings.model().equals(s.model())
                && settings.batchPoints() == s.batchPoints();
        settings = s;
        requestedFocal = focal;
        if (!sameData) {
            data = Datasets.generate(s.data());
        }
        if (!sameShape) {
            Dataset train = data.train();
            mlp = new Mlp(s.model());
            gridCentres = DecisionField.centres(train.bounds(), s.gridSize(), s.gridSize());
            evalWorkspaces = new java.util.concurrent.ConcurrentLinkedQueue<>();
            int capacity = Math.max(train.size(), s.batchPoints());
            workspaces = new Mlp.Workspace[] {mlp.newWorkspace(capacity), mlp.newWorkspace(capacity)};
            batchIndices = new int[capacity];
            batchXs = new double[capacity];
            batchYs = new double[capacity];
        }
        optimizer = Optimizer.of(s.optimizer(), mlp.parameterCount());
        sampler = new BatchSampler(data.train().size(), s.optimizer().batchSize(), s.seed() ^ 0x5DEECE66DL);
        stream = s.source() == DataSource.STREAM ? Datasets.stream(s.data(), s.seed() ^ STREAM_SALT) : null;
        double[] initial = mlp.initialParameters(s.seed());
        int p = mlp.parameterCount();
        params = new double[][] {initial.clone(), initial.clone()};
        states = new double[2][optimizer.stateSize()];
        scratchParams = new double[2][p];
        scratchStates = new double[2][optimizer.stateSize()];
        grads = new double[2][p];
        step = 0;
        appliedFocal = null;
        focalChanges = new ArrayList<>();
        history = new LossHistory.Recorder();
        divergence = null;
        evaluatedStep = -1;
        tested = new TestResult[2];
        nextTestRefresh = 0;
    }

    /** One step of both models; false (and {@link #divergence} set) if it produced a non-finite value. */
    private boolean stepOnce() {
        FocalSetting focalNow = requestedFocal; // the one read of this step
        long t = step + 1;
        Dataset train = data.train();
        int n;
        double[] xs;
        double[] ys;
        double[] targets;
        if (stream != null) {
            n = settings.batchPoints();
            xs = batchXs;
            ys = batchYs;
            targets = new double[n];
            stream.next(n, xs, ys, targets);
        } else if (sampler.fullBatch()) {
            n = train.size();
            xs = train.xArray();
            ys = train.yArray();
            targets = train.labelArray();
        } else {
            n = sampler.next(batchIndices);
            xs = batchXs;
            ys = batchYs;
            targets = new double[n];
            double[] labels = train.labelArray();
            for (int k = 0; k < n; k++) {
                int i = batchIndices[k];
                xs[k] = train.xArray()[i];
                ys[k] = train.yArray()[i];
                targets[k] = labels[i];
            }
        }
        Tensor targetTensor = Tensor.vector(targets);
        double scale = 1.0;
        Reduction reduction = Reduction.MEAN;
        if (settings.normalization() == Normalization.POSITIVES) {
            int positives = 0;
            for (int k = 0; k < n; k++) {
                positives += targets[k] == 1.0 ? 1 : 0;
            }
            reduction = Reduction.SUM;
            scale = 1.0 / Math.max(1, positives);
        }

        double[] losses = new double[2];
        List<ModelRole> failed = new ArrayList<>();
        List<String> failedLabels = new ArrayList<>();
        Divergence.Cause cause = null;
        double badValue = Double.NaN;
        for (int m = 0; m < 2; m++) {
            FocalSetting loss = m == 0 ? settings.reference() : focalNow;
            double[] logits = new double[n];
            workspaces[m].forward(params[m], xs, ys, n, logits);
            int k0 = indexOfNonFinite(logits, n);
            Divergence.Cause c = null;
            double bad = Double.NaN;
            if (k0 >= 0) {
                c = Divergence.Cause.OUTPUT_NOT_FINITE;
                bad = logits[k0];
            } else {
                LossOutput out = BinaryFocalLoss.compute(Tensor.vector(logits), targetTensor, loss.params(), reduction);
                double value = out.loss().item() * scale;
                double[] dLogits = out.grad().data();
                if (scale != 1.0) {
                    for (int k = 0; k < n; k++) {
                        dLogits[k] *= scale;
                    }
                }
                if (!Double.isFinite(value)) {
                    c = Divergence.Cause.LOSS_NOT_FINITE;
                    bad = value;
                } else {
                    workspaces[m].backward(params[m], dLogits, grads[m]);
                    int k = indexOfNonFinite(grads[m], grads[m].length);
                    if (k >= 0) {
                        c = Divergence.Cause.GRADIENT_NOT_FINITE;
                        bad = grads[m][k];
                    }
                }
                losses[m] = value;
            }
            if (c != null) {
                failed.add(ROLES[m]);
                failedLabels.add(label(m, loss));
                if (cause == null) {
                    cause = c;
                    badValue = bad;
                }
            }
        }
        if (failed.isEmpty()) {
            for (int m = 0; m < 2; m++) {
                System.arraycopy(params[m], 0, scratchParams[m], 0, params[m].length);
                System.arraycopy(states[m], 0, scratchStates[m], 0, states[m].length);
                optimizer.update(scratchParams[m], scratchStates[m], grads[m], t);
                int k = indexOfNonFinite(scratchParams[m], scratchParams[m].length);
                if (k >= 0) {
                    failed.add(ROLES[m]);
                    failedLabels.add(label(m, m == 0 ? settings.reference() : focalNow));
                    if (cause == null) {
                        cause = Divergence.Cause.WEIGHTS_NOT_FINITE;
                        badValue = scratchParams[m][k];
                    }
                }
            }
        }
        double limit = Double.NaN;
        if (failed.isEmpty()) {
            // Checked last, so that a value that is not finite is reported as such.
            for (int m = 0; m < 2; m++) {
                FocalSetting loss = m == 0 ? settings.reference() : focalNow;
                double bound = ExplodingLoss.limit(targets, n, loss, reduction == Reduction.MEAN, scale);
                if (losses[m] > bound) {
                    failed.add(ROLES[m]);
                    failedLabels.add(label(m, loss));
                    if (cause == null) {
                        cause = Divergence.Cause.LOSS_EXPLODED;
                        badValue = losses[m];
                        limit = bound;
                    }
                }
            }
        }
        if (!failed.isEmpty()) {
            divergence = Divergence.of(t, failed, failedLabels, cause, badValue, limit, settings.optimizer(),
                    settings.model());
            return false;
        }
        for (int m = 0; m < 2; m++) {
            double[] swap = params[m];
            params[m] = scratchParams[m];
            scratchParams[m] = swap;
            swap = states[m];
            states[m] = scratchStates[m];
            scratchStates[m] = swap;
        }
        if (!focalNow.equals(appliedFocal)) {
            focalChanges.add(new FocalChange(t, focalNow));
            appliedFocal = focalNow;
        }
        history.add(t, losses[0], losses[1]);
        step = t;
        return true;
    }

    /** Index of the first NaN or ±∞ among the first n values, or −1. */
    private static int indexOfNonFinite(double[] a, int n) {
        for (int k = 0; k < n; k++) {
            if (!Double.isFinite(a[k])) {
                return k;
            }
        }
        return -1;
    }

    private static String label(int m, FocalSetting loss) {
        return (m == 0 ? "reference " : "focal-loss ") + loss.label();
    }

    /**
     * Logits of both models on the train set and the grid for the current step (cached per step, in
     * {@link #evaluated}), and on the test set for the models {@code test} names (returned, by model; null for
     * the others): all in one {@link #logits} call, so that they share the threads.
     */
    private double[][] evaluate(boolean[] test) {
        boolean current = evaluatedStep == step && evaluated != null;
        List<double[]> xs = new ArrayList<>();
        List<double[]> ys = new ArrayList<>();
        List<Integer> models = new ArrayList<>();
        for (int m = 0; m < 2; m++) {
            if (!current) {
                xs.add(data.train().xArray());
                ys.add(data.train().yArray());
                xs.add(gridCentres[0]);
                ys.add(gridCentres[1]);
                models.add(m);
                models.add(m);
            }
            if (test[m]) {
                xs.add(data.test().xArray());
                ys.add(data.test().yArray());
                models.add(m);
            }
        }
        double[][] out = logits(models, xs, ys);
        double[][] testLogits = new double[2][];
        int j = 0;
        double[][][] e = current ? evaluated : new double[2][2][];
        for (int m = 0; m < 2; m++) {
            if (!current) {
                e[m][0] = out[j++];
                e[m][1] = out[j++];
            }
            if (test[m]) {
                testLogits[m] = out[j++];
            }
        }
        evaluated = e;
        evaluatedStep = step;
        return testLogits;
    }

    /** Points per chunk of {@link #logits}: whole tiles; the 20,000 test points make 10 chunks to share out. */
    static final int EVAL_CHUNK = 8 * Mlp.TILE;

    /**
     * The logits of model {@code models[j]} at the points (xs[j][i], ys[j][i]), for every j. The points are cut
     * into fixed chunks of {@link #EVAL_CHUNK} that {@link LossParallelism}'s threads share out (the lab: two),
     * each with a workspace of its own; a point's logit does not depend on its chunk, tile or thread, so the
     * result is the same bits on any number of threads (on one, the chunks run in order on this thread).
     */
    private double[][] logits(List<Integer> models, List<double[]> xs, List<double[]> ys) {
        int jobs = models.size();
        double[][][] out = new double[jobs][1][];
        int[] firstChunk = new int[jobs + 1];
        for (int j = 0; j < jobs; j++) {
            int n = xs.get(j).length;
            out[j][0] = new double[n];
            firstChunk[j + 1] = firstChunk[j] + (n + EVAL_CHUNK - 1) / EVAL_CHUNK;
        }
        Mlp net = mlp;
        java.util.Queue<Mlp.Workspace> pool = evalWorkspaces;
        LossParallelism.forEach(firstChunk[jobs], k -> {
            int j = 0;
            while (k >= firstChunk[j + 1]) {
                j++;
            }
            int from = (k - firstChunk[j]) * EVAL_CHUNK;
            int to = Math.min(xs.get(j).length, from + EVAL_CHUNK);
            Mlp.Workspace w = pool.poll();
            if (w == null) {
                w = net.newWorkspace(Mlp.TILE);
            }
            w.evaluate(params[models.get(j)], xs.get(j), ys.get(j), from, to, out[j]);
            pool.offer(w);
        });
        double[][] logits = new double[jobs][];
        for (int j = 0; j < jobs; j++) {
            logits[j] = out[j][0];
        }
        return logits;
    }

    private static int index(ModelRole role) {
        return role == ModelRole.REFERENCE ? 0 : 1;
    }
}
