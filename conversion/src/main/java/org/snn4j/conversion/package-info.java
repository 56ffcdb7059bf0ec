/**
 * ANN-to-SNN conversion. The pipeline:
 * <ol>
 *   <li>{@link org.snn4j.conversion.AnnConverter} reads a trained {@code Sequential} into a
 *       {@link org.snn4j.conversion.network.ConvertedNetwork} (BatchNorm folded, Dropout removed,
 *       MaxPool as a spiking gate, unsupported layers rejected by position and type);</li>
 *   <li>{@link org.snn4j.conversion.norm.Normalizer} picks the scales λ^l (model-based, data-based,
 *       percentile, channel-wise) and applies them as weight normalisation or threshold balancing,
 *       giving a {@link org.snn4j.conversion.SpikingNetwork};</li>
 *   <li>{@link org.snn4j.conversion.sim.IfSimulator} runs it batched and reports accuracy against T
 *       and the per-layer conversion error terms of Rueckauer et al. 2017 (Sect. 2.1);</li>
 *   <li>{@link org.snn4j.conversion.hybrid} turns it into a trainable IF/LIF network
 *       (conversion as initialisation); {@link org.snn4j.conversion.ttfs} is LC-TTFS (Yang et al.
 *       2023).</li>
 * </ol>
 * {@link org.snn4j.conversion.Conversion} runs steps 1–2 in one call.
 */
package org.snn4j.conversion;
