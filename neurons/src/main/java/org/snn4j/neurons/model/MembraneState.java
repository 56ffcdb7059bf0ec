package org.snn4j.neurons.model;

import java.util.List;
import org.snn4j.autograd.Tensor;

/**
 * The state of IF, LIF and PLIF neurons: the post-reset membrane {@code v}.
 *
 * @param membrane {@code [B, ...]} membrane potential after the last step's reset
 */
public record MembraneState(Tensor membrane) implements NeuronState {
    public MembraneState {
        if (membrane == null) {
            throw new IllegalArgumentException("membrane state: membrane is required");
        }
    }

    @Override
    public List<Tensor> tensors() {
        return List.of(membrane);
    }

    @Override
    public MembraneState detach() {
        return new MembraneState(membrane.detach());
    }
}
