package org.focalexplorer.view.classifier;

import org.focalexplorer.toy.ModelRole;
import org.focalexplorer.plot.Metric;

/** Node ids of the live classifier's controls: the stylesheet and the UI tests find them by these. */
public final class ClassifierIds {
    public static final String CURVES_TAB = "curvesTab";
    public static final String CLASSIFIER_TAB = "classifierTab";
    public static final String PLAY = "playButton";
    public static final String STEP_1 = "step1Button";
    public static final String STEP_10 = "step10Button";
    public static final String STEP_100 = "step100Button";
    public static final String RESET = "resetButton";
    public static final String SPEED = "speedSlider";
    public static final String STEP_COUNTER = "stepCounter";
    public static final String MESSAGE = "classifierMessage";
    public static final String READOUT = "pointReadout";
    public static final String FIGURE4_POSITIVES = "figure4Positives";
    public static final String FIGURE4_NEGATIVES = "figure4Negatives";
    public static final String TRAINING_CURVES = "trainingCurves";
    public static final String DATASET_PREFIX = "dataset-";
    public static final String DATASET = "dataset";
    public static final String POSITIVE_FRACTION = "positiveFraction";
    public static final String POINTS = "points";
    public static final String NOISE = "noise";
    public static final String LABEL_NOISE = "labelNoise";
    public static final String SEED = "seedSpinner";
    public static final String MODEL_LOGISTIC = "modelLogistic";
    public static final String MODEL_MLP = "modelMlp";
    public static final String HIDDEN = "hiddenField";
    public static final String HIDDEN_ERROR = "hiddenError";
    public static final String ACTIVATION_PREFIX = "activation-";
    public static final String PRIOR_INIT = "priorInitSwitch";
    public static final String OPTIMIZER_PREFIX = "optimizer-";
    public static final String LEARNING_RATE = "learningRate";
    public static final String BATCH_FULL = "batchFull";
    public static final String SOURCE_STREAM = "sourceStream";
    public static final String SOURCE_FIXED = "sourceFixed";
    public static final String BATCH_MINI = "batchMini";
    public static final String BATCH_SIZE = "batchSize";
    public static final String REFERENCE_CE = "referenceCe";
    public static final String REFERENCE_ALPHA_CE = "referenceAlphaCe";
    public static final String REFERENCE_ALPHA = "referenceAlpha";

    public static final String THRESHOLD = "classifierThreshold";

    private ClassifierIds() {}

    /** The decision field of a model: "field-REFERENCE", "field-FOCAL". */
    public static String field(ModelRole role) {
        return "field-" + role.name();
    }

    public static String histogram(ModelRole role) {
        return "histogram-" + role.name();
    }

    public static String figure4(ModelRole role) {
        return "figure4-" + role.name();
    }

    public static String metrics(ModelRole role) {
        return "metrics-" + role.name();
    }

    public static String title(ModelRole role) {
        return "modelTitle-" + role.name();
    }

    public static String metric(ModelRole role, Metric m) {
        return "metric-" + role.name() + "-" + m.name();
    }

    /** A ladder setting's slider, "positiveFractionSlider"; its value label is "positiveFractionValue". */
    public static String slider(String setting) {
        return setting + "Slider";
    }

    public static String value(String setting) {
        return setting + "Value";
    }

    public static String field(String setting) {
        return setting + "Field";
    }

    public static String error(String setting) {
        return setting + "Error";
    }
}
