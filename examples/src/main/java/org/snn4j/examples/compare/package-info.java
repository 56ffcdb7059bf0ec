/**
 * {@code snn4j compare}: one dataset, one conversion-friendly CNN, and every way to get a spiking
 * network from it: ANN-to-SNN conversion with each normalisation (accuracy against T), a directly
 * trained SNN (surrogate BPTT from scratch), the hybrid (conversion as initialisation, then BPTT
 * at a small T) and LC-TTFS; reported as JSON, a Markdown table and PNG plots. Every dataset of
 * the training pipeline takes part ({@link org.snn4j.examples.compare.CompareData}): static images
 * as they are, event recordings accumulated into one rate image each
 * ({@link org.snn4j.examples.compare.EventImages}), which the converted networks take as constant
 * current.
 */
package org.snn4j.examples.compare;
