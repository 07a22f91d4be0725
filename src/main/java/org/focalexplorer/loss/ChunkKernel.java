package org.focalexplorer.loss;

/**
 * The per-chunk loops of the loss core: the only code that differs between {@link LossKernel#SCALAR}
 * and {@link LossKernel#VECTOR}. Input checks of logits and targets are fused into them (they return false
 * at a bad element and the caller reports it); labels are checked by the caller before.
 *
 * <p>Every method must give the same bits for the same chunk whichever thread runs it, so a result never
 * depends on the thread count (see {@link LossParallelism}).
 */
interface ChunkKernel {

    /** Elements [from, to): grad[i] = w · dℓ_i/dx_i, and partial[k] = Σ ℓ_i (compensated); false at a bad element. */
    boolean binarySum(BinaryFocalParams params, double[] x, double[] t, double w, double[] grad,
            int from, int to, double[] partial, int k);

    /** Elements [from, to): loss[i] = ℓ_i, grad[i] = dℓ_i/dx_i; false at a bad element. */
    boolean binaryElements(BinaryFocalParams params, double[] x, double[] t, double[] loss, double[] grad, int from, int to);

    /**
     * Softmax rows [from, to) of the seed's focal loss with exponent {@code gamma} and class weights
     * {@code alpha} (null: all 1): their gradient divided by {@code norm} into {@code grad}, and
     * partial[k] = Σ α_y FL (compensated). Row r = (b, sp) has class c at b·C·S + c·S + sp; false at a row
     * with a non-finite logit. Labels are already known to be classes.
     */
    boolean softmaxRows(double gamma, double[] x, int[] y, double[] alpha, ClassLayout layout, double norm,
            double[] grad, int from, int to, double[] partial, int k);

    /** A finite logit and a target in [0, 1]: the checks of {@link Require#allFinite} and {@link Require#targetsInUnitInterval}. */
    static boolean valid(double x, double t) {
        return Math.abs(x) <= Double.MAX_VALUE && t >= 0.0 && t <= 1.0;
    }
}
