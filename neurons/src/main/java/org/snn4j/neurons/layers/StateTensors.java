package org.snn4j.neurons.layers;

import org.snn4j.autograd.Tensor;
import org.snn4j.neurons.model.AdaptiveState;
import org.snn4j.neurons.model.MembraneState;
import org.snn4j.neurons.model.NeuronState;

/** A neuron state as a flat list of tensors and back (membrane, then adaptation for ALIF). */
final class StateTensors {
    private StateTensors() {
    }

    static Tensor[] of(NeuronState state) {
        if (state instanceof AdaptiveState a) {
            return new Tensor[] {a.membrane(), a.adaptation()};
        }
        return new Tensor[] {state.membrane()};
    }

    /** A state of the same kind as {@code like} holding {@code tensors}. */
    static NeuronState rebuild(NeuronState like, Tensor[] tensors) {
        if (like instanceof AdaptiveState) {
            return new AdaptiveState(tensors[0], tensors[1]);
        }
        if (like instanceof MembraneState) {
            return new MembraneState(tensors[0]);
        }
        throw new IllegalArgumentException("unknown neuron state " + like.getClass().getName());
    }
}
