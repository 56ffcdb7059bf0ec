/**
 * Batched simulation of converted IF networks (Diehl et al. 2015; Rueckauer et al. 2017): reset
 * by subtraction or to zero ({@link org.snn4j.neurons.model.ResetMode}), constant or Poisson input,
 * spike-count or membrane readout ({@link org.snn4j.neurons.model.Readout}), accuracy at every T of
 * a list in one pass, and Rueckauer et al. 2017's per-layer diagnostics (firing-rate error and
 * residual V(T)/T). The neuron update is the neurons module's fused IF step
 * ({@link org.snn4j.neurons.fused.LinearChargeStep}).
 */
package org.snn4j.conversion.sim;
