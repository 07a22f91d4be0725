package org.focalexplorer.viewmodel.lessons;

import org.focalexplorer.toy.DataSource;

import javafx.beans.property.ObjectProperty;
import org.focalexplorer.settings.BatchMode;
import org.focalexplorer.viewmodel.classifier.ClassifierSettingsViewModel;
import org.focalexplorer.viewmodel.classifier.ClassifierViewModel;
import org.focalexplorer.viewmodel.multiclass.MulticlassViewModel;
import org.focalexplorer.viewmodel.predictions.PredictionsViewModel;
import org.focalexplorer.viewmodel.classifier.LevelParameter;
import org.focalexplorer.settings.ModelKind;
import org.focalexplorer.viewmodel.curves.CurveSelection;
import org.focalexplorer.viewmodel.curves.CurvesViewModel;
import org.focalexplorer.settings.Feature;
import org.focalexplorer.viewmodel.parameters.ParameterViewModel;
import org.focalexplorer.viewmodel.probe.ProbeViewModel;
import org.focalexplorer.text.NumberText;

/** Puts a lesson step's settings into the explorer's view models. */
final class StepApplier {
    /** The network and data every lesson uses (the settings' defaults). */
    private static final double POINTS = 2000;
    private static final double NOISE = 0.5;
    private static final double LABEL_NOISE = 0.0;
    private static final String HIDDEN = "16, 16";

    private final ParameterViewModel parameters;
    private final CurvesViewModel curves;
    private final ProbeViewModel probe;
    private final ObjectProperty<Feature> feature;
    private final ClassifierViewModel classifier;
    private final MulticlassViewModel multiclass;
    private final PredictionsViewModel predictions;

    StepApplier(ParameterViewModel parameters, CurvesViewModel curves, ProbeViewModel probe,
            ObjectProperty<Feature> feature, ClassifierViewModel classifier, MulticlassViewModel multiclass,
            PredictionsViewModel predictions) {
        this.multiclass = multiclass;
        this.predictions = predictions;
        this.parameters = parameters;
        this.curves = curves;
        this.probe = probe;
        this.feature = feature;
        this.classifier = classifier;
    }

    void apply(LessonStep step) {
        ParameterSetup p = step.parameters();
        parameters.apply(p.alphaEnabled(), p.alpha(), p.gamma());
        CurveSelection c = step.curves();
        curves.xAxisProperty().set(c.xAxis());
        curves.yScaleProperty().set(c.yScale());
        curves.paperFamilyProperty().set(c.paperFamily());
        curves.showAlphaCeProperty().set(c.alphaCe());
        curves.showFlProperty().set(c.fl());
        curves.showFlStarProperty().set(c.flStar());
        step.probePt().ifPresent(pt -> probe.submitProbability(NumberText.exact(pt)));
        step.classifier().ifPresent(this::apply);
        step.multiclass().ifPresent(this::apply);
        if (step.feature() == Feature.PREDICTIONS) {
            // the predictions step is about the bundled example (its claims are checked on it), not a file of the user's
            predictions.showExample();
        }
        feature.set(step.feature());
    }

    /**
     * Pauses the classifier and sets its settings; settings equal to the current ones leave the trained
     * models as they are (lesson 7 goes on from where lesson 6 stopped).
     */
    private void apply(ClassifierSetup s) {
        classifier.pause();
        ClassifierSettingsViewModel settings = classifier.settings();
        settings.datasetProperty().set(s.dataset());
        settings.dataSourceProperty().set(s.source());
        select(settings.positiveFraction(), s.positiveFraction());
        select(settings.points(), POINTS);
        select(settings.noise(), NOISE);
        select(settings.labelNoise(), LABEL_NOISE);
        settings.seedProperty().set(s.seed());
        settings.modelProperty().set(ModelKind.MLP);
        if (!settings.hiddenTextProperty().get().equals(HIDDEN)) {
            settings.submitHidden(HIDDEN);
        }
        settings.activationProperty().set(s.activation());
        settings.priorInitProperty().set(s.priorInit());
        settings.optimizerProperty().set(s.optimizer());
        select(settings.learningRate(), s.learningRate());
        settings.batchModeProperty().set(s.batchSize() == 0 ? BatchMode.FULL : BatchMode.MINI);
        if (s.batchSize() > 0) {
            select(settings.batchSize(), s.batchSize());
        }
        settings.referenceProperty().set(s.reference());
        classifier.figure4ClassProperty().set(s.figure4Class());
    }

    /** Pauses the multi-class lab and sets its classes, models and α vector; γ comes from the parameters. */
    private void apply(MulticlassSetup s) {
        multiclass.pause();
        multiclass.setClasses(s.classes());
        for (org.focalexplorer.toy.MulticlassLoss l : s.models()) {
            multiclass.setModel(l, true);
        }
        for (org.focalexplorer.toy.MulticlassLoss l : org.focalexplorer.toy.MulticlassLoss.values()) {
            if (!s.models().contains(l)) {
                multiclass.setModel(l, false);
            }
        }
        multiclass.applyPreset(s.alpha());
    }

    /** A ladder setting's value: its stop, or typed where the setting may be typed. */
    private static void select(LevelParameter p, double value) {
        if (p.get() == value) {
            return;
        }
        for (int i = 0; i <= p.maxPosition(); i++) {
            if (p.level(i) == value) {
                p.setPosition(i);
                return;
            }
        }
        if (!p.isTyped() || !p.submit(NumberText.exact(value))) {
            throw new IllegalArgumentException("lesson setting = " + value + ": not a value of this setting");
        }
    }
}
