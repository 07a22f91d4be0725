package org.focalexplorer.io.session;

import java.util.List;
import org.focalexplorer.toy.Activation;
import org.focalexplorer.toy.DatasetKind;
import org.focalexplorer.toy.OptimizerKind;

/**
 * A state in which every field differs from the explorer's defaults (and every value is one the explorer's
 * controls can show), written out by hand in {@code session/session-v1-code.json}; {@code session/session-v1.json}
 * is the same without the code section, as files were written before it existed.
 */
public final class SessionSamples {
    private SessionSamples() {}

    public static ExplorerState sample() {
        return new ExplorerState(
                new LossState(true, 0.75, 0.5, -1.5),
                new CurveState(true, false, true, true, "logit", "log"),
                new ProbeState("logit", -2.5),
                new ClassifierState(DatasetKind.RING, 0.05, 500, 0.15, 0.1, 12345, "logistic", List.of(32, 8, 4),
                        Activation.RELU, false, OptimizerKind.SGD, 0.0123, "mini", 256, "alpha_ce", 0.6,
                        Double.POSITIVE_INFINITY, "positives"),
                new ViewState("classifier", 150, false, 0.5, "code"),
                new LessonState(2, 3),
                "zh-CN",
                new CodeState("keras", "keras_categorical", "sum", "positives", "soft", 4, List.of(0.5, 1.0, 2.0, 0.25)));
    }

    /**
     * The sample as a file from before the code section and the side tab reads ({@code session-v1.json}): the
     * code panel's defaults, the side panel on its first tab.
     */
    public static ExplorerState sampleWithoutCode() {
        ViewState v = sample().view();
        return sample().withCode(CodeState.DEFAULT)
                .withView(new ViewState(v.feature(), v.fontScale(), v.sidePanelShown(), v.sideDivider()));
    }
}
