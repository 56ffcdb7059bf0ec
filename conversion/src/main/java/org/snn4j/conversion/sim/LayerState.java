package org.snn4j.conversion.sim;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.backend.NativeArrays;
import org.snn4j.conversion.network.AvgPoolOp;
import org.snn4j.conversion.network.Stage;
import org.snn4j.conversion.network.SynapseOp;
import org.snn4j.neurons.fused.BlockOutput;
import org.snn4j.neurons.fused.LinearChargeStep;
import org.snn4j.neurons.model.ChargeLaw;
import org.snn4j.neurons.model.Readout;
import org.snn4j.neurons.model.ResetMode;

/**
 * The state of one layer of IF neurons for a batch, and its update (membrane and counts live in
 * Java arrays; only the synaptic current comes from ND4J). The neuron update is the neurons
 * module's IF dynamics, {@link LinearChargeStep} over {@link ChargeLaw#integrate()} and the
 * {@link ResetMode} (the fused kernel body the fused-vs-tape sweep checks), with Rueckauer et al.
 * 2017's equations (1)–(3):
 *
 * <pre>
 * h = v[t−1] + z[t]          (IF: no leak; Diehl et al. 2015)
 * s = H(h − V_thr)           (H(0) = 1)
 * v[t] = h − s·V_thr         (SUBTRACT)   or   h·(1 − s)   (TO_VALUE, vReset = 0)
 * N += s;  out = s, or s·V_thr under threshold balancing
 * </pre>
 * An integrating output layer (membrane readout) is the same neuron with reset {@code NONE}:
 * {@code v[t] = v[t−1] + z[t]}, no spikes sent or counted.
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
    private final LinearChargeStep neurons;
    /** Where {@link #neurons} hands each block's spikes ({@link #record}; made once, not per step). */
    private final BlockOutput recorder = this::record;
    private final boolean integrator;
    /** The synapses write the current into the same array every step: its view is made once. */
    private INDArray lastCurrent;
    private NativeArrays currentView;
    private final SpikeOutput output;
    private final double[] spikeValues;

    /**
     * @param inShape    per-sample input shape of the stage's first op
     * @param outShape   per-sample output shape of the layer
     * @param thresholds V_thr per output channel
     * @param reset      the reset after a spike (ignored for an integrator)
     * @param readout    {@code SPIKES} for a firing layer, {@code MEMBRANE} for an integrating output layer
     */
    LayerState(Stage stage, int batch, long[] inShape, long[] outShape, double[] thresholds, boolean carryThreshold,
               DataType type, boolean firstOpDoneBefore, AvgPoolOp emitPooled, ResetMode reset, Readout readout) {
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
        integrator = readout == Readout.MEMBRANE;
        ResetMode mode = integrator ? ResetMode.NONE : reset;
        neurons = new LinearChargeStep(ChargeLaw.integrate(), mode.law(0.0, false), !integrator, this.thresholds, batch,
                (int) (n / batch));
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

    /**
     * Integrates {@code z}, fires and resets; returns what the layer sends on (spikes or s·V_thr),
     * or null for an integrator (which only accumulates {@code z}).
     */
    INDArray step(double[] z) {
        if (integrator) {
            neurons.apply(z, membrane, (at, h, len) -> { });
            return null;
        }
        neurons.apply(z, membrane, recorder);
        return output.emit(fired);
    }

    /**
     * Counts the spikes of flat neurons {@code [at, at + len)} while the block is in the cache, and
     * marks them for {@link SpikeOutput#emit}, or (when the next layer pools in non-overlapping
     * windows) counts them per window instead: plane {@code p = i / (H·W)}, {@code window[j]} for
     * the j-th neuron of a plane (a neuron no window covers counts into a spare slot).
     */
    private void record(int at, double[] s, int len) {
        int[] window = output.windowIndex();
        if (window == null) {
            for (int i = 0; i < len; i++) {
                double si = s[i];
                count[at + i] += (float) si;
                fired[at + i] = si != 0;
            }
            return;
        }
        byte[] windowCounts = output.counts();
        int plane = window.length;
        int stride = output.countStride();
        int end = at + len;
        for (int i = at; i < end;) {
            int p = i / plane;
            int stop = Math.min(end, (p + 1) * plane);
            int base = p * stride;
            for (int j = i - p * plane; i < stop; i++, j++) {
                double si = s[i - at];
                count[i] += (float) si;
                if (si != 0) {
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
     * Adds the terms of Rueckauer et al. 2017's rate analysis (r = a − V(T)/T) after {@code t} steps to {@code sums}: rate {@code N/t} (or, for an
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
        if (z != lastCurrent) {
            boolean direct = NativeArrays.isContiguous(z)
                    && (z.dataType() == DataType.FLOAT || z.dataType() == DataType.DOUBLE);
            currentView = direct ? NativeArrays.of(z) : null;
            lastCurrent = direct ? z : null;
        }
        if (currentView != null) {
            currentView.get(0, dst, 0, dst.length);
        } else {
            NativeArrays.read(z, dst);
        }
    }
}
