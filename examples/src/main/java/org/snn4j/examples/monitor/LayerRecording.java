package org.snn4j.examples.monitor;

import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * What one spiking layer did on the recorded samples.
 *
 * @param layer        the dotted layer path in the network ({@code "2"}, {@code "features.3"})
 * @param neurons      neurons per sample N
 * @param threshold    the firing threshold θ (NaN when the layer does not expose one)
 * @param firingRate   spikes per neuron per step over every recorded sample
 * @param spikes       {@code [S, T, N]} 0/1, or null when not recorded
 * @param membrane     {@code [S, T, K]} pre-reset membrane of {@code traced}, or null
 * @param traced       the neuron indices whose membrane is in {@code membrane}
 * @param rates        {@code [N]} spikes per step of each neuron averaged over samples, or null
 */
public record LayerRecording(String layer, int neurons, double threshold, double firingRate, INDArray spikes,
                             INDArray membrane, List<Integer> traced, INDArray rates) {
    public LayerRecording {
        traced = List.copyOf(traced);
    }
}
