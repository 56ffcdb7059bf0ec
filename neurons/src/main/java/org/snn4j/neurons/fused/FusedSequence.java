package org.snn4j.neurons.fused;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.snn4j.autograd.Tensor;

/**
 * The result of a fused neuron sequence.
 *
 * @param output          the per-step output {@code [T, B, ...]} (spikes or membrane), one graph node
 * @param finalMembrane   the post-reset membrane after the last step {@code [B, ...]}, detached
 *                        (a later sequence started from it does not back-propagate into this one)
 * @param finalAdaptation the threshold adaptation after the last step, or {@code null} for
 *                        models without one; detached
 */
public record FusedSequence(Tensor output, INDArray finalMembrane, INDArray finalAdaptation) {
}
