/**
 * Spiking neuron models as pure functions (in the style of Norse): a
 * {@link org.snn4j.neurons.model.NeuronModel} maps (input, state, parameters record, tensors) to
 * (spikes, pre-reset membrane, next state) with {@code step}, and runs a sequence on the
 * reference path (the step unrolled on the tape) or the fused path (one node per sequence,
 * {@code org.snn4j.neurons.fused}). Models hold nothing: fixed dynamics come in the immutable
 * parameters record (also the JSON form), learnable values (threshold, PLIF's {@code w}) in the
 * {@link org.snn4j.neurons.model.NeuronTensors} the caller (a layer) owns.
 *
 * <p>Models, by registry name ({@link org.snn4j.neurons.model.Neurons#REGISTRY}):
 * {@code "if"} {@link org.snn4j.neurons.model.IfNeuron}, {@code "lif"}
 * {@link org.snn4j.neurons.model.Lif} (SpikingJelly's charge form, the presets' LIF; alias
 * {@code "lif-charge"}), {@code "lif-stbp"} {@link org.snn4j.neurons.model.LifStbp} (STBP's
 * iterative form), {@code "plif"} {@link org.snn4j.neurons.model.Plif} (learnable τ),
 * {@code "alif"} {@link org.snn4j.neurons.model.Alif} (adaptive threshold), {@code "lif-current"}
 * {@link org.snn4j.neurons.model.CurrentLif} (synaptic-kernel LIF with rest ≠ reset potential);
 * any of them can learn its threshold ({@link org.snn4j.neurons.model.Firing#learnableThreshold()}).
 * {@code "srm"} is SLAYER's spike response model ({@link org.snn4j.neurons.slayer.SrmNeuron}): its
 * firing is derived from its parameters (no reset rule, the refractory kernel on the detached
 * spike, SLAYER's ρ as surrogate, a fixed θ) and its state is a history {@code [H, B, ...]}.
 * Tensors are time-major: one step {@code [B, ...]}, a sequence {@code [T, B, ...]}.
 *
 * <p>Adding a model: one model file (implementing {@code NeuronModel}, its state record nested if
 * it needs a new one), one parameters record, one test with a hand-worked trajectory, one
 * {@code register} line in {@code Neurons}; the registry-wide sweeps (fused vs reference, the
 * float64 gradient check, the layer and JSON tests) then cover it.
 */
package org.snn4j.neurons.model;
