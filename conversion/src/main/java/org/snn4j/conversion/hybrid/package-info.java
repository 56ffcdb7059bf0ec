/**
 * Conversion as initialisation: converted weights and thresholds initialise an IF/LIF network of
 * {@code org.snn4j.neurons.layers} that is fine-tuned with surrogate-gradient BPTT at a small T.
 */
package org.snn4j.conversion.hybrid;
