/**
 * Batched simulation of converted IF networks: reset by subtraction or to zero, constant or
 * Poisson input, spike-count or membrane readout, accuracy at every T of a list in one pass, and
 * seed 000's per-layer diagnostics (firing-rate error and residual V(T)/T).
 */
package org.snn4j.conversion.sim;
