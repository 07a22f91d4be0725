package org.focalexplorer.viewmodel.code;

/** The code for a set of settings: one small writer per library family. */
public final class Snippets {
    private Snippets() {}

    /** @param inputsComment a line (without "#") saying what the inputs are, in the user's language */
    public static String code(CodeSettings s, String inputsComment) {
        return switch (s.variant()) {
            case TORCHVISION -> TorchvisionSnippet.code(s, inputsComment);
            case SMP_BINARY, SMP_MULTILABEL, SMP_MULTICLASS -> SmpSnippet.code(s, inputsComment);
            case SOFTMAX_ALPHA -> SoftmaxSnippet.code(s, inputsComment);
            case KERAS_BINARY -> KerasSnippet.binary(s, inputsComment);
            case KERAS_CATEGORICAL -> KerasSnippet.categorical(s, inputsComment);
        };
    }
}
