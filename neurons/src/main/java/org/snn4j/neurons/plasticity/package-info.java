/**
 * Spike-timing-dependent plasticity: rules as JSON config records and a learner that applies them
 * through the ordinary optimiser.
 *
 * <p>Rules ({@link org.snn4j.neurons.plasticity.PlasticityTypes#REGISTRY}): {@code "stdp-pair"}
 * {@link org.snn4j.neurons.plasticity.PairStdp} (the all-to-all pair sum of Bi &amp; Poo 1998),
 * {@code "stdp-trace"} {@link org.snn4j.neurons.plasticity.TraceStdp} (the same with online pre/post
 * traces), {@code "stdp-nearest"} {@link org.snn4j.neurons.plasticity.NearestStdp} (nearest-spike
 * traces, as in Diehl &amp; Cook 2015), {@code "r-stdp"} {@link org.snn4j.neurons.plasticity.RewardStdp}
 * (reward-modulated with an eligibility trace, Izhikevich 2007 / Florian 2007). Each carries an
 * {@link org.snn4j.neurons.plasticity.StdpWindow} and a
 * {@link org.snn4j.neurons.plasticity.WeightDependence} ({@code "additive"} hard bounds or
 * {@code "multiplicative"} soft bounds).
 *
 * <p>{@link org.snn4j.neurons.plasticity.StdpLearner} writes {@code −Δw} into the gradient of a
 * {@code Linear} or {@code Conv2d} weight ({@link org.snn4j.neurons.plasticity.Synapse}), single-step
 * or over a sequence; SGD with learning rate 1 then applies the plain rule.
 */
package org.snn4j.neurons.plasticity;
