package org.focalexplorer.io.session;

import static org.focalexplorer.settings.Settings.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.focalexplorer.loss.Reduction;
import org.focalexplorer.settings.BatchMode;
import org.focalexplorer.settings.CodeVariant;
import org.focalexplorer.settings.Feature;
import org.focalexplorer.settings.Figure4Class;
import org.focalexplorer.settings.Framework;
import org.focalexplorer.settings.LessonPlace;
import org.focalexplorer.settings.MeanOver;
import org.focalexplorer.settings.ModelKind;
import org.focalexplorer.settings.ProbePosition;
import org.focalexplorer.settings.ReferenceLoss;
import org.focalexplorer.settings.Setting;
import org.focalexplorer.settings.SettingValues;
import org.focalexplorer.settings.Settings;
import org.focalexplorer.settings.SideTab;
import org.focalexplorer.settings.TargetKind;
import org.focalexplorer.settings.XAxis;
import org.focalexplorer.settings.YScale;
import org.focalexplorer.toy.Activation;
import org.focalexplorer.toy.DataSource;
import org.focalexplorer.toy.DatasetKind;
import org.focalexplorer.toy.OptimizerKind;

/**
 * A state in which every field differs from the explorer's defaults (and every value is one the explorer's
 * controls can show), written out by hand in {@code session/session-v1-code.json}; {@code session/session-v1.json}
 * is the same without the code section, as files were written before it existed.
 */
public final class SessionSamples {
    private SessionSamples() {}

    public static SettingValues sample() {
        Map<Setting<?>, Object> m = new LinkedHashMap<>();
        m.put(LANGUAGE, "zh-CN");
        m.put(LESSON, LessonPlace.paper(3));
        m.put(ALPHA_ENABLED, true);
        m.put(ALPHA, 0.75);
        m.put(GAMMA, 0.5);
        m.put(BETA, -1.5);
        m.put(SHOW_ALPHA_CE, true);
        m.put(SHOW_FL, false);
        m.put(SHOW_FL_STAR, true);
        m.put(PAPER_FAMILY, true);
        m.put(X_AXIS, XAxis.LOGIT);
        m.put(Y_SCALE, YScale.LOG);
        // absent from the hand-written files: they predate it, and pin nothing
        m.put(Settings.PINNED, org.focalexplorer.settings.PinnedSetting.of(true, 0.5, 1.0, 2.0));
        m.put(PROBE, ProbePosition.ofLogit(-2.5));
        m.put(DATASET, DatasetKind.RING);
        m.put(POSITIVE_FRACTION, 0.05);
        m.put(POINTS_COUNT, 500.0);
        m.put(NOISE_LEVEL, 0.15);
        m.put(LABEL_NOISE_LEVEL, 0.1);
        m.put(SEED, 12345);
        m.put(MODEL, ModelKind.LOGISTIC);
        m.put(HIDDEN, List.of(32, 8, 4));
        m.put(ACTIVATION, Activation.RELU);
        m.put(PRIOR_INIT, false);
        m.put(OPTIMIZER, OptimizerKind.SGD);
        m.put(LEARNING_RATE, 0.0123);
        m.put(BATCH, BatchMode.MINI);
        m.put(BATCH_SIZE, 256.0);
        m.put(REFERENCE, ReferenceLoss.ALPHA_CE);
        m.put(REFERENCE_ALPHA, 0.6);
        m.put(SPEED, Double.POSITIVE_INFINITY);
        m.put(FIGURE4, Figure4Class.POSITIVES);
        m.put(DATA_SOURCE, DataSource.FIXED); // absent from the hand-written files: they predate it
        m.put(THRESHOLD, 0.05); // absent from the hand-written files: they read as 0.5
        m.put(MC_CLASSES, 5); // the multi-class lab's: absent from the hand-written files too
        m.put(MC_MODELS, List.of(org.focalexplorer.toy.MulticlassLoss.CE, org.focalexplorer.toy.MulticlassLoss.OVR_FOCAL));
        m.put(MC_ALPHA_VECTOR, List.of(0.25, 1.0, 1.0, 2.0, 4.0));
        m.put(MC_DATA_SOURCE, DataSource.FIXED);
        m.put(MC_SEED, 99);
        m.put(FEATURE, Feature.CLASSIFIER);
        m.put(FONT_SCALE, 150);
        m.put(SIDE_PANEL_SHOWN, false);
        m.put(SIDE_DIVIDER, 0.5);
        m.put(SIDE_TAB, SideTab.CODE);
        m.put(CODE_FRAMEWORK, Framework.KERAS);
        m.put(CODE_VARIANT, CodeVariant.KERAS_CATEGORICAL);
        m.put(CODE_REDUCTION, Reduction.SUM);
        m.put(CODE_MEAN_OVER, MeanOver.POSITIVES);
        m.put(CODE_TARGETS, TargetKind.SOFT);
        m.put(CODE_CLASSES, 4);
        m.put(CODE_ALPHA_VECTOR, List.of(0.5, 1.0, 2.0, 0.25));
        m.put(SWEEP_GRID, org.focalexplorer.settings.SweepGrid.CUSTOM);
        m.put(SWEEP_GAMMAS, List.of(0.0, 2.0, 5.0));
        m.put(SWEEP_ALPHAS, List.of(0.25, 0.75));
        m.put(SWEEP_STEPS, 500);
        m.put(SWEEP_SEEDS, 5);
        return SettingValues.of(m);
    }

    /**
     * The sample as a file from before the code section and the side tab reads ({@code session-v1.json}): the
     * code panel's defaults, the side panel on its first tab.
     */
    public static SettingValues sampleWithoutCode() {
        SettingValues defaults = SettingValues.defaults();
        return asWritten().with(defaults.only(s -> s.id().startsWith("code."))).with(SIDE_TAB, SideTab.EXPLAIN);
    }

    /**
     * The sample as the hand-written files read: they predate the multi-class lab, the threshold, the pin and the
     * sweep's section, so those read as their defaults.
     */
    public static SettingValues asWritten() {
        return sample().with(SettingValues.defaults().only(s -> s.owner() == org.focalexplorer.settings.Owner.MULTICLASS
                        || s.owner() == org.focalexplorer.settings.Owner.SWEEP))
                .with(THRESHOLD, THRESHOLD.absentValue()).with(Settings.PINNED, Settings.PINNED.absentValue());
    }
}
