package org.snn4j.conversion.sim;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.conversion.network.MaxPoolGateOp;
import org.snn4j.conversion.network.Stage;
import org.snn4j.conversion.network.SynapseOp;

/**
 * The state of one layer of IF neurons for a batch: membrane {@code v}, spike count {@code N},
 * the thresholds broadcast to the batch, and the running counts of its max-pool gates.
 *
 * <pre>
 * h = v[t−1] + z[t]          (seed 004, IF: no leak)
 * s = H(h − V_thr)           (H(0) = 1, seed 000's Θ)
 * v[t] = h − s·V_thr         (SUBTRACT)   or   h·(1 − s)   (TO_ZERO)
 * N += s;  out = s or s·V_thr (threshold balancing)
 * </pre>
 */
final class LayerState {
    private final Stage stage;
    private final INDArray threshold;
    private final double uniformThreshold;
    private final boolean carryThreshold;
    private final INDArray[] gateCounts;
    final INDArray membrane;
    final INDArray count;

    /**
     * @param outShape   per-sample output shape of the layer
     * @param thresholds V_thr per output channel
     */
    LayerState(Stage stage, int batch, long[] outShape, double[] thresholds, boolean carryThreshold, DataType type) {
        this.stage = stage;
        this.carryThreshold = carryThreshold;
        long[] full = new long[outShape.length + 1];
        full[0] = batch;
        System.arraycopy(outShape, 0, full, 1, outShape.length);
        membrane = Nd4j.zeros(type, full);
        count = Nd4j.zeros(type, full);
        boolean uniform = true;
        for (double t : thresholds) {
            uniform &= t == thresholds[0];
        }
        uniformThreshold = uniform ? thresholds[0] : Double.NaN;
        threshold = uniform ? null : broadcast(thresholds, full, type);
        gateCounts = new INDArray[stage.ops().size()];
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

    /** The synaptic current {@code z = ops(in)} for one step (gates update their counts). */
    INDArray current(INDArray in) {
        INDArray y = in;
        for (int i = 0; i < stage.ops().size(); i++) {
            SynapseOp op = stage.ops().get(i);
            if (op instanceof MaxPoolGateOp g) {
                if (gateCounts[i] == null) {
                    gateCounts[i] = Nd4j.zeros(y.dataType(), y.shape());
                }
                y = g.gate(y, gateCounts[i]);
            } else {
                y = op.apply(y);
            }
        }
        return y;
    }

    /** Integrates {@code z}, fires and resets; returns what the layer sends on (spikes or s·V_thr). */
    INDArray step(INDArray z, ResetRule reset) {
        membrane.addi(z);
        INDArray s = (threshold == null ? membrane.gte(uniformThreshold) : membrane.sub(threshold).gte(0))
                .castTo(membrane.dataType());
        INDArray sTheta = threshold == null ? s.mul(uniformThreshold) : s.mul(threshold);
        if (reset == ResetRule.SUBTRACT) {
            membrane.subi(sTheta);
        } else {
            membrane.muli(s.rsub(1.0));
        }
        count.addi(s);
        return carryThreshold ? sTheta : s;
    }

    /** Adds {@code z} to the membrane without firing (membrane readout). */
    void accumulate(INDArray z) {
        membrane.addi(z);
    }

    /** {@code x / V_thr} per channel. */
    INDArray inThresholdUnits(INDArray x) {
        return threshold == null ? x.div(uniformThreshold) : x.div(threshold);
    }
}
