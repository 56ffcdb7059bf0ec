package org.snn4j.examples.monitor;

import java.util.List;

/**
 * A recording of a network on a few test samples: one {@link LayerRecording} per monitored layer.
 *
 * @param samples     recorded samples S
 * @param steps       time steps T
 * @param labels      the samples' labels
 * @param predictions the network's predictions for them
 * @param layers      the layers, in network order
 */
public record MonitorRecording(int samples, int steps, int[] labels, int[] predictions, List<LayerRecording> layers) {
    public MonitorRecording {
        labels = labels.clone();
        predictions = predictions.clone();
        layers = List.copyOf(layers);
    }

    @Override
    public int[] labels() {
        return labels.clone();
    }

    @Override
    public int[] predictions() {
        return predictions.clone();
    }

    /** The recording of layer {@code path}. */
    public LayerRecording layer(String path) {
        return layers.stream().filter(l -> l.layer().equals(path)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("no recorded layer '" + path + "'; recorded: "
                        + layers.stream().map(LayerRecording::layer).toList()));
    }
}
