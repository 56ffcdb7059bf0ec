package org.snn4j.neurons.model;

import org.nd4j.linalg.api.buffer.DataType;

/**
 * Parameters of the integrate-and-fire neuron {@link IfNeuron}.
 *
 * @param firing threshold, reset and surrogate
 */
public record IfParameters(Firing firing) implements NeuronParameters {
    public static final String NAME = "if";

    public IfParameters {
        if (firing == null) {
            throw new IllegalArgumentException(NAME + ": firing is required");
        }
    }

    /** {@link Firing#defaults()}. */
    public static IfParameters defaults() {
        return new IfParameters(Firing.defaults());
    }

    @Override
    public String modelName() {
        return NAME;
    }

    @Override
    public IfParameters withFiring(Firing f) {
        return new IfParameters(f);
    }

    @Override
    public IfNeuron build(int channels, DataType type) {
        return new IfNeuron(this, channels, type);
    }
}
