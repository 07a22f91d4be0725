package org.focalexplorer.view.multiclass;

import org.focalexplorer.toy.MulticlassLoss;

/** The node ids of the multi-class lab (for tests, lessons and CSS). */
public final class MulticlassIds {
    public static final String TAB = "multiclassTab";
    public static final String VIEW = "multiclassView";
    public static final String SETTINGS = "multiclassSettings";
    public static final String PLAY = "multiclassPlay";
    public static final String STEP_1 = "multiclassStep1";
    public static final String STEP_100 = "multiclassStep100";
    public static final String RESET = "multiclassReset";
    public static final String STEP_COUNTER = "multiclassStepCounter";
    public static final String MESSAGE = "multiclassMessage";
    public static final String NOTE = "multiclassNote";
    public static final String CLASSES = "multiclassClasses";
    public static final String FREQUENCIES = "multiclassFrequencies";
    public static final String ALPHA = "multiclassAlpha";
    public static final String ALPHA_ERROR = "multiclassAlphaError";
    public static final String MODELS_ERROR = "multiclassModelsError";
    public static final String SOURCE_STREAM = "multiclassSourceStream";
    public static final String SOURCE_FIXED = "multiclassSourceFixed";
    public static final String SEED = "multiclassSeed";

    private MulticlassIds() {}

    public static String model(MulticlassLoss loss) {
        return "multiclassModel-" + loss.id();
    }

    public static String preset(Enum<?> preset) {
        return "multiclassPreset-" + preset.name();
    }

    public static String panel(MulticlassLoss loss) {
        return "multiclassPanel-" + loss.id();
    }

    public static String field(MulticlassLoss loss) {
        return "multiclassField-" + loss.id();
    }

    public static String table(MulticlassLoss loss) {
        return "multiclassTable-" + loss.id();
    }

    public static String confusion(MulticlassLoss loss) {
        return "multiclassConfusion-" + loss.id();
    }
}
