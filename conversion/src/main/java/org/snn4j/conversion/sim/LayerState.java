package org.snn4j.conversion.sim;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.backend.NativeArrays;
import org.snn4j.conversion.network.AvgPoolOp;
import org.snn4j.conversion.network.Stage;
import org.snn4j.conversion.network.SynapseOp;

/**
 * The state of one layer of IF neurons for a batch, and its update as one fused loop over the
 * batch (membrane and counts live in Java arrays; only the synaptic current comes from ND4J):
 *
 * <pre>
 * h = v[t−1] + z[t]          (seed 004, IF: no leak)
 * s = H(h − V_thr)           (H(0) = 1, seed 000's Θ)
 * v[t] = h − s·V_thr         (SUBTRACT)   or   h·(1 − s)   (TO_ZERO)
 * N += s;  out = s, or s·V_thr under threshold balancing
 * </pre>
 * Membranes are kept in double precision whatever the network's data type. Every buffer is
 * allocated once per batch: the current is copied from ND4J into a reused array, and the output
 * spikes (pooled, if the next layer starts with average pooling) are written into one
 * preallocated ND4J array that the next layer's prepared synapses read at every step.
 */
final class LayerState {
    private final Stage stage;
    private final long[] shape;
    private final double[] thresholds;
    private final int per;
    private final int batch;
    private final DataType type;
    private final PreparedSynapses synapses;
    private final double[] membrane;
    private final float[] count;
    private final boolean[] fired;
    private final double[] current;
    private final SpikeOutput output;
    private final double[] spikeValues;

    /**
     * @param inShape    per-sample input shape of the stage's first op
     * @param outShape   per-sample output shape of the layer
     * @param thresholds V_thr per output channel
     */
    LayerState(Stage stage, int batch, long[] inShape, long[] outShape, double[] thresholds, boolean carryThreshold,
               DataType type, boolean firstOpDoneBefore, AvgPoolOp emitPooled) {
        this.stage = stage;
        this.batch = batch;
        this.type = type;
        this.thresholds = thresholds.clone();
        shape = new long[outShape.length + 1];
        shape[0] = batch;
        System.arraycopy(outShape, 0, shape, 1, outShape.length);
        long n = 1;
        for (long d : shape) {
            n *= d;
        }
        per = (int) (n / batch / thresholds.length);
        membrane = new double[(int) n];
        count = new float[(int) n];
        fired = new boolean[(int) n];
        current = new double[(int) n];
        int first = firstOpDoneBefore ? 1 : 0;
        long[] in = firstOpDoneBefore ? stage.ops().get(0).outputShape(inShape) : inShape;
        synapses = new PreparedSynapses(stage.ops().subList(first, stage.ops().size()), batch, in, type);
        spikeValues = carryThreshold ? this.thresholds : ones(thresholds.length);
        output = new SpikeOutput(shape, emitPooled, type, spikeValues, per);
    }

    /** Per-channel values over {@code [B, C, …]} (channel = dimension 1). */
    static INDArray broadcast(double[] perChannel, long[] full, DataType type) {
        long per = 1;
        for (int i = 2; i < full.length; i++) {
            per *= full[i];
        }
        double[] row = new double[(int) (perChannel.length * per)];
        for (int i = 0; i < row.length; i++) {
            row[i] = perChannel[(int) (i / per)];
        }
        INDArray r = Nd4j.createFromArray(row).castTo(type).reshape(1, row.length);
        return r.repeat(0, full[0]).reshape(full);
    }

    /** The synaptic current {@code z = ops(in)} for one step (gates update their counts); overwritten next step. */
    INDArray current(INDArray in) {
        return synapses.apply(in);
    }

    /** Copies a current into this layer's double buffer (once per batch for a constant input current). */
    double[] load(INDArray z) {
        read(z, current);
        return current;
    }

    /** Integrates {@code z}, fires and resets; returns what the layer sends on (spikes or s·V_thr). */
    INDArray step(double[] z, ResetRule reset) {
        boolean subtract = reset == ResetRule.SUBTRACT;
        int channels = thresholds.length;
        int[] window = output.windowIndex();
        int i = 0;
        for (int b = 0; b < batch; b++) {
            for (int c = 0; c < channels; c++) {
                double theta = thresholds[c];
                int end = i + per;
                if (window == null) {
                    fire(z, i, end, theta, subtract);
                } else {
                    firePooled(z, i, end, theta, subtract, window, output.counts());
                }
                i = end;
            }
        }
        return output.emit(fired);
    }

    private void fire(double[] z, int from, int to, double theta, boolean subtract) {
        for (int i = from; i < to; i++) {
            double h = membrane[i] + z[i];
            boolean s = h >= theta;
            membrane[i] = h - (s ? (subtract ? theta : h) : 0.0);
            count[i] += s ? 1 : 0;
            fired[i] = s;
        }
    }

    /**
     * {@link #fire} over whole {@code [H, W]} planes, counting the spikes of each pooling window
     * ({@code window[j]} for the j-th neuron of a plane; a neuron no window covers counts into a
     * spare slot). The reset is {@code h − V_thr} (subtract) or {@code h − h = 0} (to zero).
     */
    private void firePooled(double[] z, int from, int to, double theta, boolean subtract, int[] window,
                            byte[] windowCounts) {
        int plane = window.length;
        int stride = output.countStride();
        for (int p = from; p < to; p += plane) {
            int base = p / plane * stride;
            for (int j = 0; j < plane; j++) {
                int i = p + j;
                double h = membrane[i] + z[i];
                boolean s = h >= theta;
                membrane[i] = h - (s ? (subtract ? theta : h) : 0.0);
                count[i] += s ? 1 : 0;
                if (s) {
                    windowCounts[base + window[j]]++;
                }
            }
        }
    }

    /** The value each channel sends when it fires under weight normalisation: 1. */
    private static double[] ones(int n) {
        double[] v = new double[n];
        java.util.Arrays.fill(v, 1.0);
        return v;
    }

    /**
     * True when a layer with this output can emit its spikes already average-pooled by {@code op}
     * (the next layer's first op): a {@code [C, H, W]} output and no padding.
     */
    static boolean canEmitPooled(long[] outShape, SynapseOp op) {
        return outShape.length == 3 && op instanceof AvgPoolOp p && p.padding() == 0;
    }

    /** Adds {@code z} to the membrane without firing (membrane readout). */
    void accumulate(double[] z) {
        for (int i = 0; i < membrane.length; i++) {
            membrane[i] += z[i];
        }
    }

    /** Arg-max per sample of the membrane (or spike counts), compared in the network's data type. */
    int[] argmax(boolean ofMembrane) {
        int size = membrane.length / batch;
        int[] pred = new int[batch];
        for (int b = 0; b < batch; b++) {
            int base = b * size;
            int best = 0;
            double bestValue = value(ofMembrane, base);
            for (int c = 1; c < size; c++) {
                double v = value(ofMembrane, base + c);
                if (v > bestValue) {
                    best = c;
                    bestValue = v;
                }
            }
            pred[b] = best;
        }
        return pred;
    }

    private double value(boolean ofMembrane, int i) {
        double v = ofMembrane ? membrane[i] : count[i];
        return type == DataType.FLOAT ? (float) v : v;
    }

    /** The membrane potentials {@code [B, …]}. */
    INDArray membrane() {
        return Nd4j.createFromArray(membrane).castTo(type).reshape(shape);
    }

    /** The spike counts {@code [B, …]}. */
    INDArray count() {
        return Nd4j.createFromArray(count).castTo(type).reshape(shape);
    }

    /** The layer's ANN activation {@code a} for this batch in threshold units, {@code a / V_thr}. */
    double[] inThresholdUnits(INDArray activation) {
        double[] a = new double[membrane.length];
        read(activation, a);
        for (int i = 0; i < a.length; i++) {
            a[i] /= thresholds[(i / per) % thresholds.length];
        }
        return a;
    }

    /**
     * Adds seed 000's terms after {@code t} steps to {@code sums}: rate {@code N/t} (or, for an
     * integrating output layer, {@code V/(V_thr·t)}), the normalised activation {@code â} and the
     * residual {@code V(t)/(V_thr·t)}.
     */
    void measure(DiagnosticSums sums, double[] normalisedActivation, int t, boolean integrator) {
        int channels = thresholds.length;
        for (int i = 0; i < membrane.length; i++) {
            double potential = membrane[i] / (thresholds[(i / per) % channels] * t);
            double rate = integrator ? potential : count[i] / (double) t;
            sums.add(rate, normalisedActivation[i], integrator ? 0.0 : potential);
        }
    }

    private void read(INDArray z, double[] dst) {
        if (z.length() != dst.length) {
            throw new IllegalStateException(stage.name() + ": current has " + z.length() + " values, layer has "
                    + dst.length);
        }
        NativeArrays.read(z, dst);
    }
}
