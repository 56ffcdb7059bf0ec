package org.snn4j.neurons.plasticity;

import java.util.random.RandomGenerator;
import org.snn4j.autograd.GradMode;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.nn.Module;

/**
 * A synapse and the spiking layer it drives, the synapse's weight trained by STDP: on every
 * forward pass in training mode (a sequence {@code [T, B, ...]}) a fresh {@link StdpLearner}
 * writes {@code −Δw} into the weight's gradient, and no back-propagated gradient reaches the weight
 * ({@link Synapse#forwardFixed}); gradients still flow through to the input. After the usual
 * {@code zeroGrad → forward → backward → step} the optimiser applies the rule (plainly with SGD,
 * learning rate 1) while surrogate-gradient layers around it learn from the loss.
 */
public class PlasticLayer extends Module {
    private final PlasticLayerSpec spec;
    private final Module synapseLayer;
    private final Module neuron;

    public PlasticLayer(PlasticLayerSpec spec, RandomGenerator rng) {
        this.spec = spec;
        this.synapseLayer = registerModule("synapse", spec.synapse().build(rng));
        this.neuron = registerModule("neuron", spec.neuron().build(rng));
    }

    @Override
    public Tensor forward(Tensor x) {
        Synapse synapse = Synapse.of(synapseLayer);
        Tensor post = neuron.forward(synapse.forwardFixed(x));
        if (isTraining() && GradMode.isEnabled()) {
            new StdpLearner(spec.rule(), synapseLayer, spec.dtMs()).sequence(x.value(), post.value());
        }
        return post;
    }

    @Override
    public PlasticLayerSpec spec() {
        return spec;
    }
}
