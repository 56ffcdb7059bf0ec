package org.snn4j.losses;

import org.snn4j.autograd.Tensor;

/**
 * A scalar loss of a spiking network's time-major output {@code [T, B, C]}.
 *
 * <p>Implementations are immutable records built from autograd primitives; the returned scalar
 * has the output's data type and back-propagates into the output (and into the target when the
 * target is a differentiable tensor).
 */
public interface SpikeLoss {

    /** The stable registry name, e.g. {@code "num-spikes"}. */
    String name();

    /**
     * The loss of {@code output} against {@code target}.
     *
     * @param output time-major {@code [T, B, C]} spikes or membrane potentials
     * @param target class labels or a target spike train, whichever this loss needs
     * @throws IllegalArgumentException on a shape, label or target-kind mismatch
     */
    Tensor compute(Tensor output, LossTarget target);
}
