/**
 * SLAYER layers over time-major spike tensors {@code [T, B, ...]} (Shrestha &amp; Orchard, NeurIPS
 * 2018), each a {@link org.snn4j.autograd.nn.Module} with a serialisable
 * {@link org.snn4j.autograd.nn.LayerSpec} registered under a stable name by
 * {@link org.snn4j.neurons.slayer.layer.SlayerLayerTypes}.
 *
 * <ul>
 *   <li>{@code slayer-dense}, {@code slayer-conv}, {@code slayer-pool}: a synapse run once over
 *       all T on the merged {@code [T·B, ...]} view, then the SRM neuron
 *       (a {@code NeuronLayer} of the registered model {@code "srm"},
 *       {@link org.snn4j.neurons.slayer.SrmNeuron}: ε filter and spike function). Weights are
 *       PyTorch-initialised and multiplied by SLAYER's {@code weightScale}; pooling is SLAYER's
 *       sum pooling with the fixed weight {@code 1.1·θ}.</li>
 *   <li>{@code slayer-delay}: fixed or learnable axonal delays
 *       ({@link org.snn4j.autograd.temporal.DelayShift}).</li>
 *   <li>The neuron alone, after any other synapse, is the common neuron layer of model
 *       {@code "srm"}; the old name {@code slayer-srm}
 *       ({@link org.snn4j.neurons.slayer.layer.SlayerSrmSpec}) still loads as it.</li>
 *   <li>Flatten and dropout are the common layers: {@code Flatten(startDim = 2)} and
 *       {@code SharedDropout} (one mask per neuron for all steps). The old names
 *       {@code slayer-flatten} ({@link org.snn4j.neurons.slayer.layer.SlayerFlattenSpec}) and
 *       {@code slayer-dropout} (an alias of {@code shared-dropout}) still load.</li>
 * </ul>
 */
package org.snn4j.neurons.slayer.layer;
