package org.snn4j.neurons.plasticity;

import java.util.random.RandomGenerator;
import org.snn4j.autograd.nn.Conv2dSpec;
import org.snn4j.autograd.nn.LayerSpec;
import org.snn4j.autograd.nn.LinearSpec;

/**
 * A synapse ({@code linear} or {@code conv2d}, no bias) followed by the spiking layer it drives,
 * whose weight learns by STDP instead of by gradient ({@link PlasticLayer}). Layer type
 * {@code "plastic"}; it can sit in a {@code sequential} next to surrogate-gradient layers:
 *
 * <pre>
 * {"type":"plastic","synapse":{"type":"linear","in":784,"out":100,"bias":false},
 *  "neuron":{"type":"lif",...},"rule":{"type":"stdp-trace",...},"dtMs":1.0}
 * </pre>
 *
 * @param synapse a {@link LinearSpec} or {@link Conv2dSpec} without bias
 * @param neuron  the spiking layer the synapse drives (its spikes are the post spikes)
 * @param rule    the plasticity rule (not {@code r-stdp}: a layer has no reward)
 * @param dtMs    simulation time step in ms, &gt; 0
 */
public record PlasticLayerSpec(LayerSpec synapse, LayerSpec neuron, PlasticityRule rule, double dtMs) implements LayerSpec {

    public PlasticLayerSpec {
        boolean linear = synapse instanceof LinearSpec l && !l.bias();
        boolean conv = synapse instanceof Conv2dSpec c && !c.bias();
        if (!linear && !conv) {
            throw new IllegalArgumentException("PlasticLayerSpec.synapse must be linear or conv2d with bias false, got " + synapse);
        }
        if (neuron == null || rule == null || rule instanceof RewardStdp) {
            throw new IllegalArgumentException("PlasticLayerSpec needs a neuron layer and a rule other than r-stdp, got "
                    + neuron + ", " + rule);
        }
        if (!(dtMs > 0)) {
            throw new IllegalArgumentException("PlasticLayerSpec.dtMs must be > 0, got " + dtMs);
        }
    }

    @Override
    public PlasticLayer build(RandomGenerator rng) {
        return new PlasticLayer(this, rng);
    }
}
