package org.snn4j.neurons.model;

/**
 * Parameters of the integrate-and-fire neuron {@link IfNeuron}.
 *
 * @param firing threshold, reset and surrogate
 */
public record IfParameters(Firing firing) implements NeuronParameters {

    public IfParameters {
        if (firing == null) {
            throw new IllegalArgumentException("if: firing is required");
        }
    }

    @Override
    public IfParameters withFiring(Firing f) {
        return new IfParameters(f);
    }
}
