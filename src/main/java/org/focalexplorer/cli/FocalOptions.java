package org.focalexplorer.cli;

import org.focalexplorer.loss.FocalSetting;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The focal-loss options {@code train} and {@code figure} share ({@code @Mixin}), one spelling for both:
 * {@code --alpha v} switches α weighting on at v, {@code --no-alpha} switches it off, {@code --gamma v}.
 * They become one {@link FocalSetting}; each command supplies its own default α (on or off).
 *
 * <p>Deprecated, still accepted: a negative {@code --alpha} (torchvision's sentinel, which {@code train}
 * used to need) means {@code --no-alpha}.
 */
public final class FocalOptions {
    @Option(names = "--alpha", paramLabel = "<v>",
            description = {"alpha in [0, 1], switching alpha weighting on (default: 0.25 for train and figure fig4; off for figure fig1/fig6/weights).",
                "Deprecated: a negative value (torchvision's -1) still means --no-alpha."})
    Double alpha;

    @Option(names = "--no-alpha", description = "No alpha weighting (alpha_t = 1).")
    boolean noAlpha;

    @Option(names = "--gamma", paramLabel = "<v>", defaultValue = "2", description = "gamma >= 0 of the focal loss (default: ${DEFAULT-VALUE}).")
    double gamma;

    /** Whether α was switched off, by {@code --no-alpha} or by the deprecated negative {@code --alpha}. */
    boolean alphaOff() {
        return noAlpha || (alpha != null && alpha < 0);
    }

    /** The explicit α in [0, 1], if one was given (null otherwise or when switched off). */
    Double alphaOn() {
        return alpha != null && !alphaOff() ? alpha : null;
    }

    /**
     * The setting these options describe, α defaulting to {@code defaultAlpha} (null: off). Checks α and γ
     * and refuses {@code --alpha v --no-alpha}; γ's own upper bound, if any, is the command's to check.
     */
    FocalSetting setting(Double defaultAlpha, CommandSpec spec) {
        if (noAlpha && alpha != null) {
            throw new ParameterException(spec.commandLine(), "--alpha and --no-alpha exclude each other");
        }
        if (alpha != null && (Double.isNaN(alpha) || alpha > 1)) {
            throw new ParameterException(spec.commandLine(), "--alpha must be in [0, 1], got " + alpha);
        }
        if (!(gamma >= 0 && Double.isFinite(gamma))) {
            throw new ParameterException(spec.commandLine(), "--gamma must be a finite number >= 0, got " + gamma);
        }
        if (alphaOff()) {
            return FocalSetting.focalWithoutAlpha(gamma);
        }
        Double a = alpha != null ? alpha : defaultAlpha;
        return a == null ? FocalSetting.focalWithoutAlpha(gamma) : FocalSetting.focal(a, gamma);
    }
}
