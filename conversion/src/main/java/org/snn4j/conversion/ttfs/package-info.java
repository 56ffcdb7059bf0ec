/**
 * LC-TTFS (Yang et al. 2023, arXiv:2310.14978): the constrained ANN
 * ({@link org.snn4j.conversion.ttfs.UnitSumLinear},
 * {@link org.snn4j.conversion.ttfs.ClippedReLU}), its conversion to time-to-first-spike coding
 * ({@link org.snn4j.conversion.ttfs.TtfsNetwork}) and the exact event-driven simulation with the
 * dynamic threshold and one spike per neuron ({@link org.snn4j.conversion.ttfs.TtfsSimulator}).
 */
package org.snn4j.conversion.ttfs;
