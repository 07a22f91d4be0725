package org.focalexplorer.settings;

/**
 * The loss setting pinned for comparison (issue #12, "pin and compare"): everything that shapes the
 * explorer's curves — α on/off, α, γ, FL*'s β — or {@link #NONE}. Its curves stay on the plots as ghost
 * curves and its probe values as a second column while the live setting moves.
 *
 * @param pinned       false for {@link #NONE} (the other fields are then unused)
 * @param alphaEnabled α weighting on or off at the moment of pinning
 * @param alpha        α (kept while off, as the live setting keeps it)
 * @param gamma        γ
 * @param beta         FL*'s β
 */
public record PinnedSetting(boolean pinned, boolean alphaEnabled, double alpha, double gamma, double beta) {
    /** Nothing pinned. */
    public static final PinnedSetting NONE = new PinnedSetting(false, false, 0.25, 2.0, 1.0);

    /** A pinned setting. */
    public static PinnedSetting of(boolean alphaEnabled, double alpha, double gamma, double beta) {
        return new PinnedSetting(true, alphaEnabled, alpha, gamma, beta);
    }
}
