package org.focalexplorer.viewmodel.lessons;

import org.focalexplorer.toy.Activation;
import org.focalexplorer.toy.DataSource;
import org.focalexplorer.toy.DatasetKind;
import org.focalexplorer.toy.OptimizerKind;
import org.focalexplorer.settings.Figure4Class;
import org.focalexplorer.settings.ReferenceLoss;

/**
 * The live classifier's settings a lesson step sets. The rest is fixed for every lesson: 2,000 points,
 * noise 0.5, no label noise, a 2-16-16-1 network.
 *
 * @param positiveFraction one of {@code ClassifierSettingsViewModel.POSITIVE_FRACTIONS}
 * @param learningRate     any learning rate the settings accept (typed if it is not on the slider)
 * @param source           fresh batches (what a claim that must hold at any step count needs) or a fixed set
 * @param batchSize        points per step, one of the batch sizes; 0 = the full batch of 2,000
 */
public record ClassifierSetup(DatasetKind dataset, double positiveFraction, int seed, Activation activation,
                              boolean priorInit, OptimizerKind optimizer, double learningRate, ReferenceLoss reference,
                              Figure4Class figure4Class, DataSource source, int batchSize) {
}
