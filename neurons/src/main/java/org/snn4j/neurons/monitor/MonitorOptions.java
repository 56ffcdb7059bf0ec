package org.snn4j.neurons.monitor;

import java.util.List;

/**
 * What a {@link Monitor} records besides firing rates (which are always counted).
 *
 * @param recordSpikes whether each forward's spikes of sample {@code sample} are kept for raster
 *                     plots, as {@code [T, N]} (N = neurons per sample, row-major)
 * @param traceNeurons flat neuron indices (within one sample, row-major over {@code [...]} after
 *                     {@code [T, B]}) whose pre-reset membrane is kept, as {@code [T, k]}; empty:
 *                     no membrane traces (and no membrane computation)
 * @param sample       the batch index whose spikes and membranes are recorded, ≥ 0
 */
public record MonitorOptions(boolean recordSpikes, List<Integer> traceNeurons, int sample) {

    public MonitorOptions {
        if (traceNeurons == null) {
            throw new IllegalArgumentException("MonitorOptions.traceNeurons must not be null (use List.of())");
        }
        for (Integer i : traceNeurons) {
            if (i == null || i < 0) {
                throw new IllegalArgumentException("MonitorOptions.traceNeurons must hold indices >= 0, got "
                        + traceNeurons);
            }
        }
        if (sample < 0) {
            throw new IllegalArgumentException("MonitorOptions.sample must be >= 0, got " + sample);
        }
        traceNeurons = List.copyOf(traceNeurons);
    }

    /** Firing rates only. */
    public static MonitorOptions ratesOnly() {
        return new MonitorOptions(false, List.of(), 0);
    }

    /** Rates and the spikes of sample 0 for raster plots. */
    public static MonitorOptions withSpikes() {
        return new MonitorOptions(true, List.of(), 0);
    }

    /** Rates and the membrane of {@code neurons} in sample 0. */
    public static MonitorOptions withTraces(Integer... neurons) {
        return new MonitorOptions(false, List.of(neurons), 0);
    }
}
