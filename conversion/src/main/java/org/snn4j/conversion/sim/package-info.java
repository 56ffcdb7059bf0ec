/**
 * Batched simulation of converted IF networks: reset by subtraction or to zero, constant or
 * Poisson input, spike-count or membrane readout, accuracy at every T of a list in one pass, and
 * the per-layer conversion error terms of Rueckauer et al. 2017, Sect. 2.1 (firing-rate error and
 * residual V(T)/T).
 */
package org.snn4j.conversion.sim;
