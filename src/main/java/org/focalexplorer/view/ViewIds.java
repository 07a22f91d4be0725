package org.focalexplorer.view;

/** Node ids of the explorer's controls: the stylesheet and the UI tests find them by these. */
public final class ViewIds {
    public static final String TITLE = "titleLabel";
    /** The right-hand side panel (explanations, code). */
    public static final String SIDE_PANEL = "sidePanel";
    public static final String FONT_SCALE = "fontScale";
    public static final String ALPHA_SWITCH = "alphaSwitch";
    public static final String PRESET_PREFIX = "preset-";
    public static final String SHOW_ALPHA_CE = "showAlphaCe";
    public static final String SHOW_FL = "showFl";
    public static final String SHOW_FL_STAR = "showFlStar";
    public static final String PAPER_FAMILY = "paperFamily";
    public static final String X_PROBABILITY = "xAxisProbability";
    public static final String X_LOGIT = "xAxisLogit";
    public static final String Y_LINEAR = "yAxisLinear";
    public static final String Y_LOG = "yAxisLog";
    public static final String RESET_ZOOM = "resetZoom";
    public static final String LOSS_PLOT = "lossPlot";
    public static final String GRADIENT_PLOT = "gradientPlot";
    public static final String WEIGHTING_PLOT = "weightingPlot";
    public static final String PROBE_SUMMARY = "probeSummary";
    public static final String PROBE_FIELD = "probeField";
    public static final String PROBE_ERROR = "probeError";
    public static final String PROBE_VALUE_PREFIX = "probe-";
    /** The probe's second column, the pinned setting's values (issue #12): this prefix + the quantity's name. */
    public static final String PROBE_PINNED_PREFIX = "probePinned-";
    public static final String PROBE_PIN_DIFFERENCE = "probePinDifference";
    public static final String PIN_BUTTON = "pinButton";
    public static final String UNPIN_BUTTON = "unpinButton";
    public static final String PIN_BASELINE_BUTTON = "pinBaselineButton";
    public static final String PIN_STATUS = "pinStatus";

    private ViewIds() {}

    /** "gammaSlider", "gammaField", "gammaError" for the parameter named "gamma". */
    public static String slider(String parameter) {
        return parameter + "Slider";
    }

    public static String field(String parameter) {
        return parameter + "Field";
    }

    public static String error(String parameter) {
        return parameter + "Error";
    }
}
