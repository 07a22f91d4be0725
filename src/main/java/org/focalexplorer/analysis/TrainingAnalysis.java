package org.focalexplorer.analysis;

import java.util.List;
import org.focalexplorer.toy.ModelRole;
import org.focalexplorer.toy.ModelState;
import org.focalexplorer.toy.Predictions;
import org.focalexplorer.toy.Split;
import org.focalexplorer.toy.TrainingSnapshot;

/**
 * The loss-share and Figure 4 analysis of a {@link TrainingSnapshot}: where each model's own loss comes
 * from, and the cumulative loss curves of the focal model's current predictions for the paper's γ values
 * (the paper drew them for its converged model). Immutable; compute it on the training thread.
 *
 * @param step            the snapshot's step
 * @param reference       loss shares of the reference model under its loss
 * @param focal           loss shares of the focal model under its current α, γ
 * @param figure4Train    Figure 4 on the training set, one entry per γ of {@link CumulativeLoss#PAPER_GAMMAS}
 *                        (empty if a logit is not finite)
 * @param figure4Test     the same on the test set
 */
public record TrainingAnalysis(
        long step,
        ModelShares reference,
        ModelShares focal,
        List<CumulativeLoss.Curves> figure4Train,
        List<CumulativeLoss.Curves> figure4Test) {

    /** Default k of "the hardest k % of examples". */
    public static final double DEFAULT_HARDEST_FRACTION = 0.10;

    public TrainingAnalysis {
        figure4Train = List.copyOf(figure4Train);
        figure4Test = List.copyOf(figure4Test);
    }

    /** Loss shares of one model on both sets. */
    public record ModelShares(LossShares train, LossShares test) {
        public LossShares of(Split split) {
            return split == Split.TRAIN ? train : test;
        }
    }

    public static TrainingAnalysis of(TrainingSnapshot snapshot) {
        return of(snapshot, DEFAULT_HARDEST_FRACTION);
    }

    /** @param hardestFraction k of "the hardest k %", as a fraction in (0, 1] */
    public static TrainingAnalysis of(TrainingSnapshot snapshot, double hardestFraction) {
        ModelState focal = snapshot.focal();
        return new TrainingAnalysis(snapshot.step(),
                shares(snapshot.reference(), hardestFraction),
                shares(focal, hardestFraction),
                figure4(focal.train()),
                figure4(focal.test()));
    }

    public ModelShares shares(ModelRole role) {
        return role == ModelRole.REFERENCE ? reference : focal;
    }

    public List<CumulativeLoss.Curves> figure4(Split split) {
        return split == Split.TRAIN ? figure4Train : figure4Test;
    }

    /** Empty if a logit is not finite (a snapshot of a diverging run must not throw). */
    private static List<CumulativeLoss.Curves> figure4(Predictions p) {
        return p.allFinite() ? CumulativeLoss.figure4(p) : List.of();
    }

    private static ModelShares shares(ModelState m, double hardestFraction) {
        return new ModelShares(LossShares.of(m.train(), m.loss(), hardestFraction),
                LossShares.of(m.test(), m.loss(), hardestFraction));
    }
}
