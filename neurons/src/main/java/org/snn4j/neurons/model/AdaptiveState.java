package org.snn4j.neurons.model;

import java.util.Arrays;
import java.util.List;
import org.snn4j.autograd.Tensor;

/**
 * The state of the adaptive-threshold neuron: membrane {@code v} and threshold adaptation
 * {@code q} (the effective threshold of the next step is {@code θ + q}).
 *
 * @param membrane   {@code [B, ...]} post-reset membrane potential
 * @param adaptation {@code [B, ...]} threshold adaptation (membrane units)
 */
public record AdaptiveState(Tensor membrane, Tensor adaptation) implements NeuronState {
    public AdaptiveState {
        if (membrane == null || adaptation == null) {
            throw new IllegalArgumentException("adaptive state: membrane and adaptation are required");
        }
        if (!Arrays.equals(membrane.shape(), adaptation.shape())) {
            throw new IllegalArgumentException("adaptive state: membrane " + Arrays.toString(membrane.shape())
                    + " and adaptation " + Arrays.toString(adaptation.shape()) + " must have the same shape");
        }
    }

    @Override
    public List<Tensor> tensors() {
        return List.of(membrane, adaptation);
    }

    @Override
    public AdaptiveState detach() {
        return new AdaptiveState(membrane.detach(), adaptation.detach());
    }
}
