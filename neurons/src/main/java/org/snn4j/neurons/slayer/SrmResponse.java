package org.snn4j.neurons.slayer;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A simulated SRM sequence without gradients, for inspection and plots.
 *
 * @param spikes   0/1 spikes {@code [T, B, ...]}
 * @param membrane the membrane u(t) including the refractory responses of earlier spikes (the
 *                 value the spike test and the density ρ see), same shape
 */
public record SrmResponse(INDArray spikes, INDArray membrane) {
}
