package org.snn4j.conversion.norm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;
import org.snn4j.conversion.SpikingNetwork;
import org.snn4j.conversion.network.ConvertedNetwork;
import org.snn4j.conversion.network.FlattenOp;
import org.snn4j.conversion.network.Stage;
import org.snn4j.conversion.network.SynapseOp;
import org.snn4j.conversion.network.WeightedOp;

/**
 * Step 2 of conversion: chooses the scales λ^l ({@link NormMethod}) and applies them
 * ({@link ApplyMode}). Sources: Diehl et al. 2015 (model- and data-based max-norm, Algorithms 1
 * and 2), Rueckauer et al. 2017 (robust percentile norm, biases; Sect. 2.1: weight normalisation ≡
 * threshold balancing under reset by subtraction), Kim et al. 2020 (channel-wise).
 *
 * <p>Data-based normalisation follows Diehl et al.'s Algorithm 2 with the factor of the previous layer:
 * {@code λ^l = max(max_ij max(0, W^l_ij), max a^l)} measured on the original ANN, and the applied
 * factor {@code λ^l/λ^{l−1}}, so that layer l of the normalised network has activations
 * {@code a^l/λ^l}. (The published listing assigns the applied ratio, not λ^l, to
 * {@code previous_factor}; that compounds the ratios from the third layer on, which contradicts the
 * algorithm's stated aim that each layer's maximum activation becomes its original maximum divided
 * by the scale applied so far; this class uses the cumulative λ^{l−1}, which that aim derives.)
 */
public final class Normalizer {
    private Normalizer() {
    }

    /**
     * The scales of {@code net} for {@code norm}.
     *
     * @param stats activation statistics over calibration data (with values kept for percentiles);
     *              may be {@code null} for {@link NormMethod#MODEL}
     */
    public static Scales scales(ConvertedNetwork net, Normalization norm, ActivationStatistics stats) {
        if (norm.needsData() && stats == null) {
            throw new IllegalArgumentException("normalisation '" + norm.label() + "' needs calibration data");
        }
        return switch (norm.method()) {
            case MODEL -> modelBased(net, norm.channelWise());
            case DATA -> dataBased(net, stats, norm.channelWise());
            case PERCENTILE -> percentile(stats, norm.percentile(), norm.channelWise());
        };
    }

    /**
     * Model-based: {@code λ^l_o = Σ_j max(0, W^l_oj)·λ^{l−1}_j + max(0, b^l_o)} (the largest input a
     * neuron can receive when every input fires at its maximal rate), maximised over o unless
     * channel-wise. With zero biases and one λ per layer this is Diehl's
     * {@code W^l ← W^l / max_i Σ_j max(0, W^l_ij)} applied layer after layer.
     */
    public static Scales modelBased(ConvertedNetwork net, boolean channelWise) {
        List<double[]> out = new ArrayList<>();
        double[] prev = null;
        for (int l = 0; l < net.stages().size(); l++) {
            WeightedOp w = net.stages().get(l).weighted();
            double[] in = inputScales(net, l, prev);
            INDArray pos = Transforms.relu(w.weight().castTo(DataType.DOUBLE), true);
            long o = pos.size(0);
            long c = pos.size(1);
            INDArray perInput = pos.reshape(o, c, pos.length() / (o * c)).sum(2);
            double[] lambda = perInput.mmul(org.nd4j.linalg.factory.Nd4j.createFromArray(in).reshape(c, 1))
                    .reshape(o).toDoubleVector();
            if (w.bias() != null) {
                double[] b = w.bias().castTo(DataType.DOUBLE).toDoubleVector();
                for (int i = 0; i < lambda.length; i++) {
                    lambda[i] += Math.max(0, b[i]);
                }
            }
            boolean cw = perChannel(channelWise, l, net.stages().size());
            double[] chosen = cw ? positive(lambda, max(lambda)) : new double[] {positive(max(lambda))};
            out.add(chosen);
            prev = chosen;
        }
        return new Scales(out);
    }

    /** Data-based (Diehl): {@code λ^l = max(max_ij max(0, W^l_ij), max over data of max(0, a^l))}. */
    public static Scales dataBased(ConvertedNetwork net, ActivationStatistics stats, boolean channelWise) {
        List<double[]> out = new ArrayList<>();
        for (int l = 0; l < net.stages().size(); l++) {
            INDArray w = net.stages().get(l).weighted().weight().castTo(DataType.DOUBLE);
            long o = w.size(0);
            double[] wMax = Transforms.relu(w.reshape(o, w.length() / o), true).max(1).toDoubleVector();
            double[] aMax = stats.channelMax(l);
            boolean cw = perChannel(channelWise, l, net.stages().size());
            double[] lambda = new double[aMax.length];
            for (int i = 0; i < lambda.length; i++) {
                lambda[i] = Math.max(cw ? wMax[i] : max(wMax), aMax[i]);
            }
            out.add(cw ? positive(lambda, max(lambda)) : new double[] {positive(max(lambda))});
        }
        return new Scales(out);
    }

    /** Robust (Rueckauer): λ^l = the p-th percentile of the positive activations of layer l. */
    public static Scales percentile(ActivationStatistics stats, double p, boolean channelWise) {
        List<double[]> out = new ArrayList<>();
        for (int l = 0; l < stats.layers(); l++) {
            double layer = positive(stats.layerPercentile(l, p));
            out.add(perChannel(channelWise, l, stats.layers()) ? positive(stats.channelPercentile(l, p), layer)
                    : new double[] {layer});
        }
        return new Scales(out);
    }

    /**
     * Applies {@code scales} to {@code net}: weight normalisation or threshold balancing.
     *
     * @param label a name for reports
     */
    public static SpikingNetwork apply(ConvertedNetwork net, Scales scales, ApplyMode mode, String label) {
        if (scales.size() != net.stages().size()) {
            throw new IllegalArgumentException("scales for " + scales.size() + " layers, network has "
                    + net.stages().size());
        }
        List<Stage> stages = new ArrayList<>();
        List<double[]> thresholds = new ArrayList<>();
        double[] prev = null;
        for (int l = 0; l < net.stages().size(); l++) {
            Stage st = net.stages().get(l);
            int channels = st.weighted().outputChannels();
            double[] lambda = scales.of(l, channels);
            if (mode == ApplyMode.WEIGHTS) {
                stages.add(st.withWeighted(st.weighted().rescaled(inputScales(net, l, prev), lambda)));
                double[] one = new double[channels];
                Arrays.fill(one, 1.0);
                thresholds.add(one);
            } else {
                stages.add(st);
                thresholds.add(lambda);
            }
            prev = lambda;
        }
        return new SpikingNetwork(net.withStages(stages), thresholds, mode, scales, label);
    }

    /**
     * λ^{l−1} mapped onto the input channels of layer l's weighted op: through pooling a channel
     * keeps its λ, through a Flatten of {@code [C, H, W]} feature f gets the λ of channel
     * {@code f / (H·W)}. The input (l = 0) has λ = 1.
     *
     * @param prev λ^{l−1} per output channel of layer l−1 (null for l = 0)
     */
    public static double[] inputScales(ConvertedNetwork net, int l, double[] prev) {
        long[] s = net.shapes().get(l);
        double[] scale = new double[(int) s[0]];
        if (prev == null) {
            Arrays.fill(scale, 1.0);
        } else {
            for (int c = 0; c < scale.length; c++) {
                scale[c] = prev.length == 1 ? prev[0] : prev[c];
            }
        }
        Stage st = net.stages().get(l);
        for (SynapseOp op : st.ops().subList(0, st.weightedIndex())) {
            if (op instanceof FlattenOp && s.length == 3) {
                int per = (int) (s[1] * s[2]);
                double[] expanded = new double[scale.length * per];
                for (int f = 0; f < expanded.length; f++) {
                    expanded[f] = scale[f / per];
                }
                scale = expanded;
            }
            s = op.outputShape(s);
        }
        return scale;
    }

    /**
     * Channel-wise scales apply to hidden layers only: the output layer keeps one λ, since
     * per-class scales would change which class has the largest rate.
     */
    private static boolean perChannel(boolean channelWise, int l, int layers) {
        return channelWise && l < layers - 1;
    }

    private static double max(double[] v) {
        return Arrays.stream(v).max().orElse(0);
    }

    /** {@code v} where positive and finite, else 1 (a silent layer needs no scaling). */
    private static double positive(double v) {
        return v > 0 && Double.isFinite(v) ? v : 1.0;
    }

    /** Per-channel values, with channels that were never active falling back to the layer's value. */
    private static double[] positive(double[] v, double fallback) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] > 0 && Double.isFinite(v[i]) ? v[i] : positive(fallback);
        }
        return out;
    }
}
