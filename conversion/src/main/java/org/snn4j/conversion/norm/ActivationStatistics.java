package org.snn4j.conversion.norm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.snn4j.conversion.network.ConvertedNetwork;

/**
 * Statistics of the ANN's activations {@code a^l} over calibration data, per layer and per output
 * channel: the maximum of {@code max(0, a)} and, when asked, every positive value (for exact
 * percentiles). The channel of an activation is its index along dimension 1 of {@code [B, C, …]}
 * (a Linear's output feature is its own channel).
 */
public final class ActivationStatistics {
    private final List<double[]> channelMax = new ArrayList<>();
    private final List<ChannelSamples> samples = new ArrayList<>();
    private final boolean keepValues;
    private long samplesSeen;

    /**
     * @param net        the (unnormalised) network whose activations are measured
     * @param keepValues store positive values for percentiles (memory: 4 bytes per positive value)
     */
    public ActivationStatistics(ConvertedNetwork net, boolean keepValues) {
        this.keepValues = keepValues;
        List<long[]> shapes = net.shapes();
        for (int l = 1; l < shapes.size(); l++) {
            int channels = (int) shapes.get(l)[0];
            channelMax.add(new double[channels]);
            samples.add(keepValues ? new ChannelSamples(channels) : null);
        }
    }

    /** Adds the activations of one batch, as returned by {@link ConvertedNetwork#analog}. */
    public void add(List<INDArray> activations) {
        if (activations.size() != channelMax.size()) {
            throw new IllegalArgumentException("expected " + channelMax.size() + " layers of activations, got "
                    + activations.size());
        }
        for (int l = 0; l < activations.size(); l++) {
            INDArray a = activations.get(l);
            float[] v = a.castTo(DataType.FLOAT).dup('c').data().asFloat();
            int channels = channelMax.get(l).length;
            int per = (int) (a.length() / (a.size(0) * channels));
            double[] max = channelMax.get(l);
            ChannelSamples keep = samples.get(l);
            for (int k = 0; k < v.length; k++) {
                float x = v[k];
                if (x > 0) {
                    int c = (k / per) % channels;
                    if (x > max[c]) {
                        max[c] = x;
                    }
                    if (keepValues) {
                        keep.add(c, x);
                    }
                }
            }
        }
        samplesSeen += activations.get(0).size(0);
    }

    /** Number of samples added. */
    public long samplesSeen() {
        return samplesSeen;
    }

    /** Number of layers. */
    public int layers() {
        return channelMax.size();
    }

    /** {@code max(0, a^l_c)} over the data, per channel of layer {@code l} (0-based). */
    public double[] channelMax(int l) {
        return channelMax.get(l).clone();
    }

    /** {@code max(0, a^l)} over the data and all channels of layer {@code l}. */
    public double layerMax(int l) {
        return Arrays.stream(channelMax.get(l)).max().orElse(0);
    }

    /** The p-th percentile of the positive activations of layer {@code l} (NaN if none was positive). */
    public double layerPercentile(int l, double p) {
        return values(l).percentileAll(p);
    }

    /** The p-th percentile of the positive activations of each channel of layer {@code l} (NaN if none). */
    public double[] channelPercentile(int l, double p) {
        ChannelSamples s = values(l);
        double[] out = new double[s.channels()];
        for (int c = 0; c < out.length; c++) {
            out[c] = s.percentile(c, p);
        }
        return out;
    }

    private ChannelSamples values(int l) {
        if (!keepValues) {
            throw new IllegalStateException("percentiles need ActivationStatistics(net, keepValues = true)");
        }
        return samples.get(l);
    }
}
