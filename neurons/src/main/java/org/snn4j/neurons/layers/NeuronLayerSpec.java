package org.snn4j.neurons.layers;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.random.RandomGenerator;
import org.snn4j.autograd.nn.LayerSpec;
import org.snn4j.neurons.model.Readout;
import org.snn4j.neurons.model.ExecutionPath;
import org.snn4j.neurons.model.Firing;
import org.snn4j.neurons.model.NeuronParameters;
import org.snn4j.neurons.model.Neurons;

/**
 * The spec of a {@link NeuronLayer}, for every neuron model: the model's parameters record plus
 * the layer settings. In JSON (see {@link NeuronLayerJson}) the layer type is the model's registry
 * name and the parameters record's fields sit next to the layer settings, e.g.
 * {@code {"type":"lif","tauMs":2.0,"dtMs":1.0,"decayInput":true,"firing":{...},"channels":1,
 * "path":"FUSED","readout":"SPIKES"}}.
 *
 * @param model    the model's parameters (which model: {@link Neurons#modelOf})
 * @param channels 1 for one learnable value per layer, or C for one per channel of input
 *                 {@code [T, B, C, ...]} (only learnable values use it), ≥ 1
 * @param path     {@code FUSED} (one graph node per sequence) or {@code REFERENCE} (the step
 *                 unrolled on the tape); both give the same spikes and gradients
 * @param readout  {@code SPIKES}, or {@code MEMBRANE} (the pre-reset membrane, for a
 *                 membrane-potential output layer)
 */
@JsonSerialize(using = NeuronLayerJson.Writer.class)
@JsonDeserialize(using = NeuronLayerJson.Reader.class)
public record NeuronLayerSpec(NeuronParameters model, int channels, ExecutionPath path, Readout readout)
        implements LayerSpec {

    public NeuronLayerSpec {
        if (model == null) {
            throw new IllegalArgumentException("neuron layer: model parameters are required; models: "
                    + Neurons.names());
        }
        String name = Neurons.nameOf(model);
        if (channels < 1) {
            throw new IllegalArgumentException(name + ".channels must be >= 1 (1 = one value per layer), got "
                    + channels);
        }
        if (path == null) {
            throw new IllegalArgumentException(name + ".path must be FUSED or REFERENCE");
        }
        if (readout == null) {
            throw new IllegalArgumentException(name + ".readout must be SPIKES or MEMBRANE");
        }
    }

    /** The model's parameters with one value per layer, fused path, spike output. */
    public NeuronLayerSpec(NeuronParameters model) {
        this(model, 1, ExecutionPath.FUSED, Readout.SPIKES);
    }

    /** The named model's default parameters with one value per layer, fused path, spike output. */
    public static NeuronLayerSpec of(String model) {
        return new NeuronLayerSpec(Neurons.REGISTRY.get(model).defaults());
    }

    /** The registry name of the model (the JSON layer type). */
    @Override
    public String typeName() {
        return Neurons.nameOf(model);
    }

    /** The model's firing settings. */
    public Firing firing() {
        return model.firing();
    }

    public NeuronLayerSpec withModel(NeuronParameters v) {
        return new NeuronLayerSpec(v, channels, path, readout);
    }

    public NeuronLayerSpec withFiring(Firing v) {
        return withModel(model.withFiring(v));
    }

    public NeuronLayerSpec withChannels(int v) {
        return new NeuronLayerSpec(model, v, path, readout);
    }

    public NeuronLayerSpec withPath(ExecutionPath v) {
        return new NeuronLayerSpec(model, channels, v, readout);
    }

    public NeuronLayerSpec withReadout(Readout v) {
        return new NeuronLayerSpec(model, channels, path, v);
    }

    /** A neuron layer; it draws nothing from {@code rng} (learnable values start from the parameters). */
    @Override
    public NeuronLayer build(RandomGenerator rng) {
        return new NeuronLayer(this);
    }
}
