package org.focalexplorer.settings;

import static org.focalexplorer.settings.Setting.Presence.OPTIONAL;
import static org.focalexplorer.settings.Setting.Presence.REQUIRED;
import static org.focalexplorer.settings.Setting.Presence.WITH_SECTION;

import java.util.List;
import org.focalexplorer.loss.Reduction;
import org.focalexplorer.toy.Activation;
import org.focalexplorer.toy.DataSource;
import org.focalexplorer.toy.DatasetKind;
import org.focalexplorer.toy.ModelSpec;
import org.focalexplorer.toy.MulticlassDataSpec;
import org.focalexplorer.toy.MulticlassLoss;
import org.focalexplorer.toy.MulticlassSettings;
import org.focalexplorer.toy.OptimizerKind;
import org.focalexplorer.settings.Codecs.IntegerCodec;
import org.focalexplorer.settings.Codecs.LevelCodec;
import org.focalexplorer.settings.Codecs.NumberCodec;

/**
 * Every setting of the app, declared once: the one table that the live state, capture, apply, validation,
 * undo, session files and the state string are driven from (as TensorFlow Playground's {@code state.ts}).
 *
 * <p>The order of {@link #ALL} is the order of a session file's fields; keep it, so that a state string of
 * an unchanged state stays the same string. To add a setting: add one constant here (id, codec, default,
 * undoable, owner, presence — {@code OPTIONAL} for anything added after version 1 shipped), put it in
 * {@link #ALL}, and bind its owner's control to {@code LiveState.property(setting)}. Nothing else.
 */
public final class Settings {
    // ---- limits the controls offer ----
    public static final double GAMMA_MAX = 10.0;
    public static final double BETA_LIMIT = 5.0;
    /** 50 % down to 0.1 %, about six stops per decade. */
    public static final double[] POSITIVE_FRACTIONS = {0.5, 0.3, 0.2, 0.15, 0.1, 0.07, 0.05, 0.03, 0.02, 0.015,
        0.01, 0.007, 0.005, 0.003, 0.002, 0.0015, 0.001};
    public static final double[] POINTS = {100, 200, 500, 1000, 2000, 5000, 10000, 20000};
    public static final double[] NOISE = ladder(0.0, 1.0, 0.05);
    public static final double[] LABEL_NOISE = {0, 0.01, 0.02, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5};
    public static final double[] LEARNING_RATES = {1e-4, 2e-4, 5e-4, 1e-3, 2e-3, 5e-3, 0.01, 0.02, 0.05, 0.1, 0.2,
        0.5, 1, 2, 5, 10};
    /** A typed learning rate may go far beyond the slider: enough to watch training diverge. */
    public static final double MAX_LEARNING_RATE = 1e300;
    public static final double[] BATCH_SIZES = {8, 16, 32, 64, 128, 256, 512, 1024};
    public static final double[] REFERENCE_ALPHAS = ladder(0.05, 0.95, 0.05);
    /** Decision thresholds for recall and precision: RetinaNet's 0.05 up to 0.9. */
    public static final double[] THRESHOLDS = {0.05, 0.1, 0.2, 0.3, 0.5, 0.7, 0.9};
    public static final double[] SPEEDS = {1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, Double.POSITIVE_INFINITY};
    public static final int MAX_SEED = 999_999;
    public static final int FONT_SCALE_MIN = 100;
    public static final int FONT_SCALE_MAX = 200;
    public static final int MIN_CLASSES = 2;
    public static final int MAX_CLASSES = 10;
    public static final List<Reduction> CODE_REDUCTIONS = List.of(Reduction.MEAN, Reduction.SUM, Reduction.NONE);
    /** The multi-class lab: 3 to 6 classes (2 is the binary lab), 2 to 4 models side by side. */
    public static final int MC_MIN_CLASSES = 3;
    public static final int MC_MAX_CLASSES = MulticlassDataSpec.MAX_CLASSES;
    public static final int MC_MIN_MODELS = 2;
    /** CE, CE weighted by α, and the seed's softmax FL: what α alone does, then what γ adds. */
    public static final List<MulticlassLoss> MC_DEFAULT_MODELS = List.of(MulticlassLoss.CE, MulticlassLoss.WEIGHTED_CE,
            MulticlassLoss.SOFTMAX_FOCAL);
    /** Steps of the paper's lesson (LessonCatalog; a test checks that they agree). */
    public static final int LESSON_STEPS = 10;

    // ---- the table ----
    public static final Setting<String> LANGUAGE = new Setting<>("language", Codecs.language(), "en", false,
            Owner.SHELL, REQUIRED);
    public static final Setting<LessonPlace> LESSON = new Setting<>("lesson", Codecs.lesson(LESSON_STEPS),
            LessonPlace.NONE, false, Owner.LESSONS, REQUIRED);

    public static final Setting<Boolean> ALPHA_ENABLED = undoable("loss.alpha_enabled", Codecs.bool(), false, Owner.PARAMETERS);
    public static final Setting<Double> ALPHA = undoable("loss.alpha", Codecs.number(0.0, 1.0), 0.25, Owner.PARAMETERS);
    public static final Setting<Double> GAMMA = undoable("loss.gamma", Codecs.number(0.0, GAMMA_MAX), 2.0, Owner.PARAMETERS);
    public static final Setting<Double> BETA = undoable("loss.beta", Codecs.number(-BETA_LIMIT, BETA_LIMIT), 1.0,
            Owner.PARAMETERS);

    public static final Setting<Boolean> SHOW_ALPHA_CE = undoable("curves.alpha_ce", Codecs.bool(), false, Owner.CURVES);
    public static final Setting<Boolean> SHOW_FL = undoable("curves.fl", Codecs.bool(), true, Owner.CURVES);
    public static final Setting<Boolean> SHOW_FL_STAR = undoable("curves.fl_star", Codecs.bool(), false, Owner.CURVES);
    public static final Setting<Boolean> PAPER_FAMILY = undoable("curves.paper_family", Codecs.bool(), false, Owner.CURVES);
    public static final Setting<XAxis> X_AXIS = undoable("curves.x_axis",
            Codecs.choice(XAxis.class, List.of(XAxis.PROBABILITY, XAxis.LOGIT), Codecs::lowerCase), XAxis.PROBABILITY,
            Owner.CURVES);
    public static final Setting<YScale> Y_SCALE = undoable("curves.y_scale", Codecs.choice(YScale.class), YScale.LINEAR,
            Owner.CURVES);

    /**
     * The loss setting pinned for comparison (issue #12): its curves stay as ghost curves, its probe values
     * as a second column. Undoable like the parameters it holds; files from before it existed pin nothing.
     */
    public static final Setting<PinnedSetting> PINNED = new Setting<>("curves.pinned",
            Codecs.pinned(range(ALPHA), range(GAMMA), range(BETA)), PinnedSetting.NONE, true, Owner.CURVES, OPTIONAL);

    public static final Setting<ProbePosition> PROBE = new Setting<>("probe", Codecs.probe(),
            ProbePosition.ofProbability(0.9), false, Owner.PROBE, REQUIRED);

    public static final Setting<DatasetKind> DATASET = undoable("classifier.dataset",
            Codecs.choice(DatasetKind.class, List.of(DatasetKind.values()), DatasetKind::id), DatasetKind.ANCHORS,
            Owner.CLASSIFIER);
    public static final Setting<Double> POSITIVE_FRACTION = undoable("classifier.positive_fraction",
            Codecs.levels(POSITIVE_FRACTIONS, Double.NaN, Double.NaN, false), 0.01, Owner.CLASSIFIER);
    public static final Setting<Double> POINTS_COUNT = undoable("classifier.points",
            Codecs.levels(POINTS, Double.NaN, Double.NaN, true), 2000.0, Owner.CLASSIFIER);
    public static final Setting<Double> NOISE_LEVEL = undoable("classifier.noise",
            Codecs.levels(NOISE, Double.NaN, Double.NaN, false), 0.5, Owner.CLASSIFIER);
    public static final Setting<Double> LABEL_NOISE_LEVEL = undoable("classifier.label_noise",
            Codecs.levels(LABEL_NOISE, Double.NaN, Double.NaN, false), 0.0, Owner.CLASSIFIER);
    public static final Setting<Integer> SEED = undoable("classifier.seed", Codecs.integer(0, MAX_SEED), 7, Owner.CLASSIFIER);
    public static final Setting<ModelKind> MODEL = undoable("classifier.model", Codecs.choice(ModelKind.class),
            ModelKind.MLP, Owner.CLASSIFIER);
    public static final Setting<List<Integer>> HIDDEN = undoable("classifier.hidden",
            Codecs.integers(ModelSpec.MAX_HIDDEN_LAYERS, 1, ModelSpec.MAX_WIDTH), List.of(16, 16), Owner.CLASSIFIER);
    public static final Setting<Activation> ACTIVATION = undoable("classifier.activation",
            Codecs.choice(Activation.class, List.of(Activation.values()), Activation::id), Activation.TANH,
            Owner.CLASSIFIER);
    public static final Setting<Boolean> PRIOR_INIT = undoable("classifier.prior_init", Codecs.bool(), true,
            Owner.CLASSIFIER);
    public static final Setting<OptimizerKind> OPTIMIZER = undoable("classifier.optimizer",
            Codecs.choice(OptimizerKind.class, List.of(OptimizerKind.values()), OptimizerKind::id), OptimizerKind.ADAM,
            Owner.CLASSIFIER);
    public static final Setting<Double> LEARNING_RATE = undoable("classifier.learning_rate",
            Codecs.levels(LEARNING_RATES, Double.MIN_NORMAL, MAX_LEARNING_RATE, false), 0.01, Owner.CLASSIFIER);
    public static final Setting<BatchMode> BATCH = undoable("classifier.batch", Codecs.choice(BatchMode.class),
            BatchMode.FULL, Owner.CLASSIFIER);
    public static final Setting<Double> BATCH_SIZE = undoable("classifier.batch_size",
            Codecs.levels(BATCH_SIZES, Double.NaN, Double.NaN, true), 64.0, Owner.CLASSIFIER);
    public static final Setting<ReferenceLoss> REFERENCE = undoable("classifier.reference",
            Codecs.choice(ReferenceLoss.class), ReferenceLoss.CE, Owner.CLASSIFIER);
    public static final Setting<Double> REFERENCE_ALPHA = undoable("classifier.reference_alpha",
            Codecs.levels(REFERENCE_ALPHAS, Double.NaN, Double.NaN, false), 0.75, Owner.CLASSIFIER);
    public static final Setting<Double> SPEED = undoable("classifier.speed", Codecs.levelsWithInfinity(SPEEDS, "max"),
            100.0, Owner.CLASSIFIER);
    public static final Setting<Figure4Class> FIGURE4 = undoable("classifier.figure4", Codecs.choice(Figure4Class.class),
            Figure4Class.NEGATIVES, Owner.CLASSIFIER);
    /**
     * Fresh batches from the generating distribution every step (the lab's default: it cannot memorise, so its
     * story holds at any step count), or a fixed training set (what over-fitting needs). Files from before it
     * existed trained on a fixed set, and still do.
     */
    public static final Setting<DataSource> DATA_SOURCE = new Setting<>("classifier.data_source",
            Codecs.choice(DataSource.class, List.of(DataSource.values()), DataSource::id), DataSource.STREAM, true,
            Owner.CLASSIFIER, OPTIONAL, DataSource.FIXED);
    /**
     * The threshold at which recall and precision count a test point as predicted positive. It changes the
     * numbers shown, not the training; files from before it existed showed p ≥ 0.5.
     */
    public static final Setting<Double> THRESHOLD = new Setting<>("classifier.threshold",
            Codecs.levels(THRESHOLDS, Double.NaN, Double.NaN, false), 0.5, true, Owner.CLASSIFIER, OPTIONAL, 0.5);
    /** Test points with fresh batches: a large fixed test set, so that AP is stable. */
    public static final int STREAM_TEST_POINTS = 20_000;

    /** Classes of the multi-class lab (one background class and K − 1 rarer ones). */
    public static final Setting<Integer> MC_CLASSES = multiclass("multiclass.classes",
            Codecs.integer(MC_MIN_CLASSES, MC_MAX_CLASSES), 4);
    /** The losses trained side by side, 2 to 4, in the order of the panels. */
    public static final Setting<List<MulticlassLoss>> MC_MODELS = multiclass("multiclass.models",
            Codecs.choices(MulticlassLoss.class, List.of(MulticlassLoss.values()), MulticlassLoss::id,
                    MC_MIN_MODELS, MulticlassSettings.MAX_MODELS), MC_DEFAULT_MODELS);
    /** The per-class α vector of weighted CE and the softmax focal loss; empty = inverse class frequency. */
    public static final Setting<List<Double>> MC_ALPHA_VECTOR = multiclass("multiclass.alpha_vector",
            Codecs.weights(MC_MAX_CLASSES, "inverse_frequency"), List.of());
    public static final Setting<DataSource> MC_DATA_SOURCE = multiclass("multiclass.data_source",
            Codecs.choice(DataSource.class, List.of(DataSource.values()), DataSource::id), DataSource.STREAM);
    public static final Setting<Integer> MC_SEED = multiclass("multiclass.seed", Codecs.integer(0, MAX_SEED), 7);

    public static final Setting<Feature> FEATURE = new Setting<>("view.feature", Codecs.choice(Feature.class),
            Feature.CURVES, false, Owner.VIEW, REQUIRED);
    public static final Setting<Integer> FONT_SCALE = new Setting<>("view.font_scale",
            Codecs.integer(FONT_SCALE_MIN, FONT_SCALE_MAX), FONT_SCALE_MIN, false, Owner.VIEW, REQUIRED);
    public static final Setting<Boolean> SIDE_PANEL_SHOWN = new Setting<>("view.side_panel_shown", Codecs.bool(), true,
            false, Owner.VIEW, REQUIRED);
    public static final Setting<Double> SIDE_DIVIDER = new Setting<>("view.side_divider", Codecs.number(0.0, 1.0), 0.68,
            false, Owner.VIEW, REQUIRED);
    public static final Setting<SideTab> SIDE_TAB = new Setting<>("view.side_tab", Codecs.choice(SideTab.class),
            SideTab.EXPLAIN, false, Owner.VIEW, OPTIONAL);

    public static final Setting<Framework> CODE_FRAMEWORK = code("code.framework", Codecs.choice(Framework.class),
            Framework.PYTORCH);
    public static final Setting<CodeVariant> CODE_VARIANT = code("code.variant", Codecs.choice(CodeVariant.class),
            CodeVariant.TORCHVISION);
    public static final Setting<Reduction> CODE_REDUCTION = code("code.reduction",
            Codecs.choice(Reduction.class, CODE_REDUCTIONS, Codecs::lowerCase), Reduction.MEAN);
    public static final Setting<MeanOver> CODE_MEAN_OVER = code("code.mean_over", Codecs.choice(MeanOver.class),
            MeanOver.ALL_ELEMENTS);
    public static final Setting<TargetKind> CODE_TARGETS = code("code.targets", Codecs.choice(TargetKind.class),
            TargetKind.HARD);
    public static final Setting<Integer> CODE_CLASSES = code("code.classes", Codecs.integer(MIN_CLASSES, MAX_CLASSES), 3);
    /** The α vector the user typed, one weight per class; empty = it follows the app's α. */
    public static final Setting<List<Double>> CODE_ALPHA_VECTOR = code("code.alpha_vector",
            Codecs.weights(MAX_CLASSES, "follows_alpha"), List.of());

    // The α × γ sweep (side panel): what to run. Limits as AlphaGammaSweep's (settings may not see analysis;
    // SettingsTableTest checks that they agree).
    public static final int SWEEP_MAX_VALUES = 64;
    public static final int SWEEP_MIN_STEPS = 10;
    public static final int SWEEP_MAX_STEPS = 1_000_000;
    public static final int SWEEP_MAX_SEEDS = 20;
    public static final Setting<SweepGrid> SWEEP_GRID = sweep("sweep.grid",
            Codecs.choice(SweepGrid.class, List.of(SweepGrid.values()), Codecs::lowerCase), SweepGrid.PAPER);
    public static final Setting<List<Double>> SWEEP_GAMMAS = sweep("sweep.gammas",
            Codecs.numbers(SWEEP_MAX_VALUES, 0.0, GAMMA_MAX), List.of(0.0, 0.5, 1.0, 2.0, 5.0));
    public static final Setting<List<Double>> SWEEP_ALPHAS = sweep("sweep.alphas",
            Codecs.numbers(SWEEP_MAX_VALUES, 0.0, 1.0), List.of(0.25, 0.5, 0.75));
    public static final Setting<Integer> SWEEP_STEPS = sweep("sweep.steps",
            Codecs.integer(SWEEP_MIN_STEPS, SWEEP_MAX_STEPS), 1000);
    public static final Setting<Integer> SWEEP_SEEDS = sweep("sweep.seeds", Codecs.integer(1, SWEEP_MAX_SEEDS), 3);

    /** Every setting, in the order of a session file. */
    public static final List<Setting<?>> ALL = List.of(LANGUAGE, LESSON,
            ALPHA_ENABLED, ALPHA, GAMMA, BETA,
            SHOW_ALPHA_CE, SHOW_FL, SHOW_FL_STAR, PAPER_FAMILY, X_AXIS, Y_SCALE, PINNED,
            PROBE,
            DATASET, POSITIVE_FRACTION, POINTS_COUNT, NOISE_LEVEL, LABEL_NOISE_LEVEL, SEED, MODEL, HIDDEN, ACTIVATION,
            PRIOR_INIT, OPTIMIZER, LEARNING_RATE, BATCH, BATCH_SIZE, REFERENCE, REFERENCE_ALPHA, SPEED, FIGURE4,
            DATA_SOURCE, THRESHOLD,
            MC_CLASSES, MC_MODELS, MC_ALPHA_VECTOR, MC_DATA_SOURCE, MC_SEED,
            FEATURE, FONT_SCALE, SIDE_PANEL_SHOWN, SIDE_DIVIDER, SIDE_TAB,
            CODE_FRAMEWORK, CODE_VARIANT, CODE_REDUCTION, CODE_MEAN_OVER, CODE_TARGETS, CODE_CLASSES, CODE_ALPHA_VECTOR,
            SWEEP_GRID, SWEEP_GAMMAS, SWEEP_ALPHAS, SWEEP_STEPS, SWEEP_SEEDS);

    private Settings() {}

    /** The setting with this id. */
    public static java.util.Optional<Setting<?>> byId(String id) {
        return ALL.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The range of a number setting (for sliders and messages). */
    public static NumberCodec range(Setting<Double> s) {
        return (NumberCodec) s.codec();
    }

    /** The ladder of a level setting. */
    public static LevelCodec ladder(Setting<Double> s) {
        return (LevelCodec) s.codec();
    }

    /** The range of a whole-number setting. */
    public static IntegerCodec integerRange(Setting<Integer> s) {
        return (IntegerCodec) s.codec();
    }

    /**
     * What no single setting can check: the code variant belongs to the framework, the typed α vector has
     * one weight per class. Checks only what {@code v} holds.
     */
    public static void checkTogether(SettingValues v) {
        if (v.has(CODE_VARIANT) && v.has(CODE_FRAMEWORK) && v.get(CODE_VARIANT).framework() != v.get(CODE_FRAMEWORK)) {
            throw new IllegalArgumentException(CODE_VARIANT.id() + " = \"" + Codecs.lowerCase(v.get(CODE_VARIANT))
                    + "\": not a call of framework \"" + Codecs.lowerCase(v.get(CODE_FRAMEWORK)) + "\"");
        }
        if (v.has(MC_ALPHA_VECTOR) && v.has(MC_CLASSES)) {
            List<Double> a = v.get(MC_ALPHA_VECTOR);
            int k = v.get(MC_CLASSES);
            if (!a.isEmpty() && a.size() != k) {
                throw new IllegalArgumentException(MC_ALPHA_VECTOR.id() + ": " + a.size()
                        + " weights, expected one for each of the " + k + " classes");
            }
        }
        if (v.has(CODE_ALPHA_VECTOR) && v.has(CODE_CLASSES)) {
            List<Double> a = v.get(CODE_ALPHA_VECTOR);
            int k = v.get(CODE_CLASSES);
            if (!a.isEmpty() && a.size() != k) {
                throw new IllegalArgumentException(CODE_ALPHA_VECTOR.id() + ": " + a.size()
                        + " weights, expected one for each of the " + k + " classes");
            }
        }
    }

    private static <T> Setting<T> undoable(String id, Codec<T> codec, T initial, Owner owner) {
        return new Setting<>(id, codec, initial, true, owner, REQUIRED);
    }

    /** A multi-class lab setting: undoable, and absent from files written before the lab had a tab. */
    private static <T> Setting<T> multiclass(String id, Codec<T> codec, T initial) {
        return new Setting<>(id, codec, initial, true, Owner.MULTICLASS, WITH_SECTION);
    }

    private static <T> Setting<T> code(String id, Codec<T> codec, T initial) {
        return new Setting<>(id, codec, initial, false, Owner.CODE, WITH_SECTION);
    }

    /** A sweep setting: not undoable (like the code panel's), absent from files written before the sweep. */
    private static <T> Setting<T> sweep(String id, Codec<T> codec, T initial) {
        return new Setting<>(id, codec, initial, false, Owner.SWEEP, WITH_SECTION);
    }

    private static double[] ladder(double from, double to, double step) {
        int n = (int) Math.round((to - from) / step) + 1;
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = Math.round((from + i * step) * 1e6) / 1e6; // 0.15, not 0.15000000000000002
        }
        return v;
    }
}
