package org.focalexplorer.view.predictions;

/** Node ids of the predictions tab: the stylesheet and the UI tests find them by these. */
public final class PredictionsIds {
    public static final String TAB = "predictionsTab";
    public static final String VIEW = "predictionsView";
    public static final String OPEN = "predictionsOpen";
    public static final String EXAMPLE = "predictionsExample";
    public static final String ON_ERROR_STOP = "predictionsOnErrorStop";
    public static final String ON_ERROR_SKIP = "predictionsOnErrorSkip";
    public static final String PROGRESS = "predictionsProgress";
    public static final String CANCEL = "predictionsCancel";
    public static final String LOADING = "predictionsLoading";
    public static final String SUMMARY = "predictionsSummary";
    public static final String ERROR = "predictionsError";
    public static final String RETRY = "predictionsRetry";
    public static final String INFO = "predictionsInfo";
    public static final String EMPTY = "predictionsEmpty";
    public static final String HISTOGRAM = "predictionsHistogram";
    public static final String FIGURE4_NEGATIVES = "predictionsFigure4Negatives";
    public static final String FIGURE4_POSITIVES = "predictionsFigure4Positives";
    public static final String SHARES = "predictionsShares";
    public static final String HARDEST = "predictionsHardest";
    public static final String HARDEST_TEXT = "predictionsHardestText";
    public static final String EFFECTIVE_TEXT = "predictionsEffectiveText";
    public static final String COLUMN_DIALOG = "predictionsColumns";
    public static final String COLUMN_LABEL = "predictionsColumnLabel";
    public static final String COLUMN_SCORE_PREFIX = "predictionsScore-";

    private PredictionsIds() {}

    /** The cell of the shares table for a row id and a column (0 CE, 1 α-CE, 2 FL). */
    public static String cell(String rowId, int column) {
        return "share-" + rowId.replace('.', '-') + "-" + column;
    }
}
