package org.focalexplorer.io.session;

import java.util.List;
import org.focalexplorer.toy.Activation;
import org.focalexplorer.toy.DatasetKind;
import org.focalexplorer.toy.DatasetSpec;
import org.focalexplorer.toy.ModelSpec;
import org.focalexplorer.toy.OptimizerKind;

/**
 * The live classifier's controls, including those the current choice hides (the hidden widths while the
 * model is logistic, the batch size on full batches, the reference α while the reference is plain CE), so
 * that switching back after a load shows what the user had.
 *
 * @param model     one of {@link #MODELS}
 * @param hidden    1 to {@link ModelSpec#MAX_HIDDEN_LAYERS} widths in [1, {@link ModelSpec#MAX_WIDTH}]
 * @param batch     one of {@link #BATCHES}
 * @param reference one of {@link #REFERENCES}
 * @param speed     training steps per second while playing; +∞ = as fast as possible
 * @param figure4   one of {@link #FIGURE4_CLASSES}
 */
public record ClassifierState(
        DatasetKind dataset,
        double positiveFraction,
        int points,
        double noise,
        double labelNoise,
        int seed,
        String model,
        List<Integer> hidden,
        Activation activation,
        boolean priorInit,
        OptimizerKind optimizer,
        double learningRate,
        String batch,
        int batchSize,
        String reference,
        double referenceAlpha,
        double speed,
        String figure4) {

    public static final List<String> MODELS = List.of("logistic", "mlp");
    public static final List<String> BATCHES = List.of("full", "mini");
    public static final List<String> REFERENCES = List.of("ce", "alpha_ce");
    public static final List<String> FIGURE4_CLASSES = List.of("positives", "negatives");

    public ClassifierState {
        Check.present("classifier.dataset", dataset);
        Check.range("classifier.positive_fraction", positiveFraction, DatasetSpec.MIN_POSITIVE_FRACTION,
                DatasetSpec.MAX_POSITIVE_FRACTION);
        Check.range("classifier.points", points, DatasetSpec.MIN_POINTS, DatasetSpec.MAX_POINTS);
        Check.range("classifier.noise", noise, 0.0, 1.0);
        Check.range("classifier.label_noise", labelNoise, 0.0, DatasetSpec.MAX_LABEL_NOISE);
        Check.range("classifier.seed", seed, 0, Integer.MAX_VALUE);
        Check.choice("classifier.model", model, MODELS);
        hidden = List.copyOf(Check.present("classifier.hidden", hidden));
        Check.range("classifier.hidden (layers)", hidden.size(), 1, ModelSpec.MAX_HIDDEN_LAYERS);
        for (int i = 0; i < hidden.size(); i++) {
            Check.range("classifier.hidden[" + i + "]", hidden.get(i), 1, ModelSpec.MAX_WIDTH);
        }
        Check.present("classifier.activation", activation);
        Check.present("classifier.optimizer", optimizer);
        Check.finite("classifier.learning_rate", learningRate);
        if (!(learningRate > 0.0)) {
            throw new IllegalArgumentException("classifier.learning_rate = " + learningRate + ": must be > 0");
        }
        Check.choice("classifier.batch", batch, BATCHES);
        Check.range("classifier.batch_size", batchSize, 1, DatasetSpec.MAX_POINTS);
        Check.choice("classifier.reference", reference, REFERENCES);
        Check.range("classifier.reference_alpha", referenceAlpha, 0.0, 1.0);
        if (!(speed > 0.0)) {
            throw new IllegalArgumentException("classifier.speed = " + speed + ": must be > 0");
        }
        Check.choice("classifier.figure4", figure4, FIGURE4_CLASSES);
    }
}
