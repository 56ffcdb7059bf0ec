package org.snn4j.neurons.slayer;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.snn4j.autograd.Tensor;

/**
 * One run of the fused SRM node.
 *
 * @param output the recorded output: spikes, or the membrane ũ for a membrane readout
 * @param spikes the 0/1 spikes as the refractory loop fired them (values, off the graph)
 */
record SrmRun(Tensor output, INDArray spikes) {
}
