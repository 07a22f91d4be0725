package org.focalexplorer.loss;

/**
 * A loss value (scalar or tensor, as the reduction returns it) and the gradient of the sum of its
 * entries with respect to the logits — the same thing autograd gives for {@code loss.sum().backward()}.
 */
public record LossOutput(Tensor loss, Tensor grad) {}
