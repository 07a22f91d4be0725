package org.focalexplorer.viewmodel.lessons;

/** The part of the window a lesson step points at; the view maps each to its nodes and outlines them. */
public enum Highlight {
    NONE,
    /** The α/γ parameters on the left. */
    PARAMETERS,
    LOSS_PLOT,
    /** The γ slider and the loss plot: the step asks to drag γ and watch the curve. */
    GAMMA_AND_LOSS_PLOT,
    GRADIENT_PLOT,
    WEIGHTING_PLOT,
    /** The probe's readout (p_t, CE, FL, "× less than CE"). */
    PROBE,
    /** Both models of the live classifier (decision field and metrics), the ×100 button and the loss shares. */
    MODELS,
    /** Both models' Figure 4 plots and the switch between negatives and positives. */
    FIGURE4,
    /** The prior-initialisation switch, the learning rate, Play and the classifier's message line. */
    PRIOR_INIT,
    /** The multi-class lab's settings (α vector) and its note above the models. */
    MULTICLASS,
    /** The predictions tab's γ-dependent readouts: the shares table, the hardest-k line and the effective number. */
    PREDICTIONS
}
