package org.snn4j.neurons.monitor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * What one monitored layer has emitted: spike totals for the firing rate, and, when asked, the
 * spikes and membrane traces of one sample per forward call. Created by {@link Monitor}; a layer
 * calls {@link #record} after each forward while the probe is attached.
 *
 * <p>The firing rate is {@code Σ spikes / (number of neurons · steps · samples)} over every
 * recorded forward: spikes per neuron per time step, in [0, 1].
 */
public final class LayerProbe {
    private final String layer;
    private final MonitorOptions options;
    private final List<INDArray> spikes = new ArrayList<>();
    private final List<INDArray> traces = new ArrayList<>();
    private double spikeTotal;
    private long neuronSteps;

    LayerProbe(String layer, MonitorOptions options) {
        this.layer = layer;
        this.options = options;
    }

    /** The layer's dotted path in the monitored network. */
    public String layer() {
        return layer;
    }

    /** Whether the layer should also pass its pre-reset membrane to {@link #record}. */
    public boolean wantsMembrane() {
        return !options.traceNeurons().isEmpty();
    }

    /**
     * Records one forward call.
     *
     * @param spikeSeq    the spikes {@code [T, B, ...]}
     * @param membraneSeq the pre-reset membrane {@code [T, B, ...]}, or {@code null} unless
     *                    {@link #wantsMembrane()}
     */
    public void record(INDArray spikeSeq, INDArray membraneSeq) {
        spikeTotal += spikeSeq.sumNumber().doubleValue();
        neuronSteps += spikeSeq.length();
        if (options.recordSpikes()) {
            spikes.add(sampleRows(spikeSeq));
        }
        if (wantsMembrane()) {
            if (membraneSeq == null) {
                throw new IllegalStateException("layer '" + layer + "' did not pass the membrane its probe asked for");
            }
            traces.add(pick(sampleRows(membraneSeq)));
        }
    }

    /** Spikes per neuron per step over every recorded call, or NaN before the first call. */
    public double firingRate() {
        return neuronSteps == 0 ? Double.NaN : spikeTotal / neuronSteps;
    }

    /** The total number of spikes recorded. */
    public double spikeCount() {
        return spikeTotal;
    }

    /** The recorded spikes, one {@code [T, N]} array per forward call. */
    public List<INDArray> spikes() {
        return Collections.unmodifiableList(spikes);
    }

    /** The recorded membrane traces, one {@code [T, k]} array per forward call (k traced neurons). */
    public List<INDArray> traces() {
        return Collections.unmodifiableList(traces);
    }

    /** Forgets everything recorded so far. */
    public void clear() {
        spikes.clear();
        traces.clear();
        spikeTotal = 0;
        neuronSteps = 0;
    }

    /** Sample {@code options.sample} of {@code seq [T, B, ...]} as a float32 {@code [T, N]} copy. */
    private INDArray sampleRows(INDArray seq) {
        if (seq.rank() < 2 || options.sample() >= seq.size(1)) {
            throw new IllegalArgumentException("monitor of layer '" + layer + "': MonitorOptions.sample = "
                    + options.sample() + " but the output " + Arrays.toString(seq.shape()) + " has "
                    + (seq.rank() < 2 ? 0 : seq.size(1)) + " samples");
        }
        long steps = seq.size(0);
        INDArray one = seq.get(NDArrayIndex.all(), NDArrayIndex.point(options.sample())).dup('c');
        return one.reshape('c', steps, one.length() / steps).castTo(DataType.FLOAT);
    }

    private INDArray pick(INDArray rows) {
        List<Integer> idx = options.traceNeurons();
        INDArray out = Nd4j.create(DataType.FLOAT, rows.size(0), idx.size());
        for (int k = 0; k < idx.size(); k++) {
            int n = idx.get(k);
            if (n >= rows.size(1)) {
                throw new IllegalArgumentException("monitor of layer '" + layer + "': traced neuron " + n
                        + " is out of range, the layer has " + rows.size(1) + " neurons per sample");
            }
            out.getColumn(k).assign(rows.getColumn(n));
        }
        return out;
    }
}
