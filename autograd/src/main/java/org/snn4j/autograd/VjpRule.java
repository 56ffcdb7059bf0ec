package org.snn4j.autograd;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The vector-Jacobian product of one recorded operation.
 *
 * <p>Given {@code g = ∂L/∂out}, returns {@code ∂L/∂input_i = g · ∂out/∂input_i} for every input.
 * An entry may be {@code null} when {@code needsGrad[i]} is false or the input is not
 * differentiable. The returned gradient may have the broadcast output shape: the engine reduces it
 * to the input's shape ({@link Broadcasting#reduceTo}), so rules never handle broadcasting
 * themselves. Rules must not mutate {@code g} or any array they captured in the forward pass.
 */
@FunctionalInterface
public interface VjpRule {
    /**
     * @param g         upstream gradient, shaped like the operation's output
     * @param needsGrad which inputs want a gradient
     * @return one gradient (or {@code null}) per input, in input order
     */
    INDArray[] apply(INDArray g, boolean[] needsGrad);

    /**
     * Called once when the tape drops this rule: after a {@code backward} that did not retain the
     * graph, the rule never runs again. A rule that kept pooled arrays for its backward pass
     * ({@link org.snn4j.autograd.backend.ArrayPool}) gives them back here. A graph that is never
     * back-propagated never calls it; its arrays are then simply collected.
     */
    default void release() {
    }
}
