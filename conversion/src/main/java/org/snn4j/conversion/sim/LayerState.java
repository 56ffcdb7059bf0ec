package org.snn4j.conversion.sim;

import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.conversion.network.AvgPoolOp;
import org.snn4j.conversion.network.MaxPoolGateOp;
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
 * Membranes are kept in double precision whatever the network's data type.
 */
final class LayerState {
    private final Stage stage;
    private final long[] shape;
    private final double[] thresholds;
    private final int per;
    private final boolean carryThreshold;
    private final DataType type;
    private final INDArray[] gateCounts;
    private final double[] membrane;
    private final double[] count;
    private final double[] scratch;
    private float[] floats;
    private final AvgPoolOp emitPooled;
    private final int firstOp;
    private double[] pooled;

    /**
     * @param outShape   per-sample output shape of the layer
     * @param thresholds V_thr per output channel
     */
    LayerState(Stage stage, int batch, long[] outShape, double[] thresholds, boolean carryThreshold, DataType type,
               boolean firstOpDoneBefore, AvgPoolOp emitPooled) {
        this.stage = stage;
        this.firstOp = firstOpDoneBefore ? 1 : 0;
        this.emitPooled = emitPooled;
        this.carryThreshold = carryThreshold;
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
        count = new double[(int) n];
        scratch = new double[(int) n];
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
        for (int i = firstOp; i < stage.ops().size(); i++) {
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
        read(z, scratch);
        boolean subtract = reset == ResetRule.SUBTRACT;
        int channels = thresholds.length;
        for (int i = 0; i < membrane.length; i++) {
            double theta = thresholds[(i / per) % channels];
            double h = membrane[i] + scratch[i];
            if (h >= theta) {
                membrane[i] = subtract ? h - theta : 0.0;
                count[i] += 1;
                scratch[i] = carryThreshold ? theta : 1.0;
            } else {
                membrane[i] = h;
                scratch[i] = 0.0;
            }
        }
        if (emitPooled != null) {
            long[] ps = pooledShape();
            pooled = averagePool(scratch, pooled, ps, emitPooled.kernelSize(), emitPooled.stride());
            return toArray(pooled, ps);
        }
        return toArray(scratch, shape);
    }

    /**
     * True when a layer with this output can emit its spikes already average-pooled by {@code op}
     * (the next layer's first op): a {@code [C, H, W]} output and no padding.
     */
    static boolean canEmitPooled(long[] outShape, SynapseOp op) {
        return outShape.length == 3 && op instanceof AvgPoolOp p && p.padding() == 0;
    }

    private long[] pooledShape() {
        long[] ps = shape.clone();
        ps[2] = (shape[2] - emitPooled.kernelSize()) / emitPooled.stride() + 1;
        ps[3] = (shape[3] - emitPooled.kernelSize()) / emitPooled.stride() + 1;
        return ps;
    }

    /** Average pooling of {@code x [B, C, H, W]} (flat, this layer's shape) into {@code out [B, C, H', W']}. */
    private double[] averagePool(double[] x, double[] out, long[] ps, int k, int stride) {
        int planes = (int) (ps[0] * ps[1]);
        int oh = (int) ps[2];
        int ow = (int) ps[3];
        double[] y = out == null ? new double[planes * oh * ow] : out;
        return poolPlanes(x, y, planes, (int) (shape[2] * shape[3]), (int) shape[3], oh, ow, k, stride);
    }

    private static double[] poolPlanes(double[] x, double[] y, int planes, int planeSize, int w, int oh, int ow,
                                       int k, int stride) {
        double norm = 1.0 / (k * k);
        for (int p = 0; p < planes; p++) {
            int in = p * planeSize;
            int o = p * oh * ow;
            for (int i = 0; i < oh; i++) {
                for (int j = 0; j < ow; j++) {
                    double sum = 0;
                    for (int a = 0; a < k; a++) {
                        int row = in + (i * stride + a) * w + j * stride;
                        for (int b = 0; b < k; b++) {
                            sum += x[row + b];
                        }
                    }
                    y[o + i * ow + j] = sum * norm;
                }
            }
        }
        return y;
    }

    private INDArray toArray(double[] values) {
        return toArray(values, shape);
    }

    private INDArray toArray(double[] values, long[] arrayShape) {
        if (type != DataType.FLOAT) {
            return Nd4j.createFromArray(values).castTo(type).reshape(arrayShape);
        }
        float[] f = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            f[i] = (float) values[i];
        }
        return Nd4j.createFromArray(f).reshape(arrayShape);
    }

    private float[] floats(int n) {
        if (floats == null) {
            floats = new float[n];
        }
        return floats;
    }

    /** Adds {@code z} to the membrane without firing (membrane readout). */
    void accumulate(INDArray z) {
        read(z, scratch);
        for (int i = 0; i < membrane.length; i++) {
            membrane[i] += scratch[i];
        }
    }

    /** The membrane potentials {@code [B, …]}. */
    INDArray membrane() {
        return toArray(membrane);
    }

    /** The spike counts {@code [B, …]}. */
    INDArray count() {
        return toArray(count);
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
            double rate = integrator ? potential : count[i] / t;
            sums.add(rate, normalisedActivation[i], integrator ? 0.0 : potential);
        }
    }

    private void read(INDArray z, double[] dst) {
        INDArray c = z.ordering() == 'c' && z.offset() == 0 && z.data().length() == z.length() ? z : z.dup('c');
        if (c.length() != dst.length) {
            throw new IllegalStateException(stage.name() + ": current has " + c.length() + " values, layer has "
                    + dst.length);
        }
        if (c.dataType() == DataType.DOUBLE) {
            DoubleBuffer b = c.data().asNioDouble();
            b.get(0, dst);
        } else {
            FloatBuffer b = (c.dataType() == DataType.FLOAT ? c : c.castTo(DataType.FLOAT)).data().asNioFloat();
            float[] f = floats(dst.length);
            b.get(0, f);
            for (int i = 0; i < dst.length; i++) {
                dst[i] = f[i];
            }
        }
    }
}
