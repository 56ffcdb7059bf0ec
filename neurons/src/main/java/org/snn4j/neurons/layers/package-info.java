/**
 * Spiking layers over time-major {@code [T, B, ...]} tensors (SpikingJelly's multi-step mode).
 *
 * <ul>
 *   <li>{@link org.snn4j.neurons.layers.NeuronLayer}: a neuron model applied over T, on the fused
 *       path by default, described by one {@link org.snn4j.neurons.layers.NeuronLayerSpec} for
 *       every model (the model's parameters record plus channels, path and readout; its JSON
 *       type is the model's registry name: {@code "if"}, {@code "lif"}, {@code "lif-stbp"},
 *       {@code "plif"}, {@code "alif"}, {@code "lif-current"}, ...); the layer owns the
 *       learnable τ and thresholds as module parameters and passes them to the pure model.</li>
 *   <li>{@link org.snn4j.neurons.layers.TimeDistributed}: a stateless module run once over the
 *       merged {@code [T·B, ...]} view.</li>
 *   <li>Streaming: {@link org.snn4j.neurons.layers.NetworkState} holds the state of one network
 *       instance; {@link org.snn4j.neurons.layers.StatefulLayer#step} advances one step.</li>
 *   <li>SNN extras: {@link org.snn4j.neurons.layers.SharedDropout} (one mask for all steps),
 *       {@link org.snn4j.neurons.layers.TdBatchNorm} (tdBN), {@link org.snn4j.neurons.layers.Bntt}
 *       (BN per time step), {@link org.snn4j.neurons.layers.TruncatedBptt} and
 *       {@link org.snn4j.neurons.layers.RecurrentLif}.</li>
 *   <li>Shape builders {@link org.snn4j.neurons.layers.SnnMlp} and
 *       {@link org.snn4j.neurons.layers.SnnConvNet}.</li>
 * </ul>
 * Every layer has a spec record registered under a stable JSON name
 * ({@link org.snn4j.neurons.layers.SpikingLayerTypes}), so a {@code SequentialSpec} describes a
 * whole SNN and checkpoints round-trip.
 */
package org.snn4j.neurons.layers;
