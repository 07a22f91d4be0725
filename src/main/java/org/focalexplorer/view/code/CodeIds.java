package org.focalexplorer.view.code;

/** Node ids of the code panel: the stylesheet and the UI tests find its controls by these. */
public final class CodeIds {
    public static final String TAB = "codeTab";
    public static final String FRAMEWORK_PREFIX = "codeFramework-";
    public static final String VARIANT = "codeVariant";
    public static final String REDUCTION = "codeReduction";
    public static final String MEAN_OVER = "codeMeanOver";
    public static final String TARGETS = "codeTargets";
    public static final String CLASSES = "codeClasses";
    public static final String ALPHA_VECTOR = "codeAlphaVector";
    public static final String ALPHA_VECTOR_ERROR = "codeAlphaVectorError";
    public static final String ALPHA_VECTOR_HINT = "codeAlphaVectorHint";
    public static final String TEXT = "codeText";
    public static final String COPY = "codeCopy";
    public static final String COPIED = "codeCopied";
    public static final String WARNINGS = "codeWarnings";

    private CodeIds() {}
}
