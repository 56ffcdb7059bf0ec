/**
 * SLAYER layers over time-major spike tensors {@code [T, B, ...]}, each a
 * {@link org.snn4j.autograd.nn.Module} with a serialisable {@link org.snn4j.autograd.nn.LayerSpec}
 * registered under a stable name by {@link org.snn4j.neurons.slayer.layer.SlayerLayerTypes}.
 *
 * <ul>
 *   <li>{@code slayer-dense}, {@code slayer-conv}, {@code slayer-pool}: a synapse run once over
 *       all T on the merged {@code [T·B, ...]} view, then the SRM neuron
 *       ({@link org.snn4j.neurons.slayer.SrmNeuron}: ε filter and spike function). Weights are
 *       PyTorch-initialised and multiplied by SLAYER's {@code weightScale}; pooling is SLAYER's
 *       sum pooling with the fixed weight {@code 1.1·θ}.</li>
 *   <li>{@code slayer-flatten}, {@code slayer-dropout} (one mask per neuron for all steps),
 *       {@code slayer-delay} (fixed or learnable axonal delays).</li>
 *   <li>{@code slayer-srm}: the neuron alone, after any other synapse.</li>
 * </ul>
 */
package org.snn4j.neurons.slayer.layer;
