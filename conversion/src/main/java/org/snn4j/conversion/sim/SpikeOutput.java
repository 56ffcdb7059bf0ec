package org.snn4j.conversion.sim;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.snn4j.autograd.backend.NativeArrays;
import org.snn4j.conversion.network.AvgPoolOp;

/**
 * What one layer sends on at a step, written into one preallocated ND4J array: the spikes
 * {@code s_i · v_c} ({@code v_c} = 1, or V_thr of channel c under threshold balancing), or, when
 * the next layer starts with unpadded average pooling of window k and stride s, those spikes
 * already pooled,
 * <pre>
 * y[b, c, i, j] = (1/k²) · Σ_{p,q &lt; k} s[b, c, i·s + p, j·s + q] · v_c
 * </pre>
 * summed in double precision and then stored in the network's data type.
 */
final class SpikeOutput {
    private final long[] shape;
    private final AvgPoolOp pool;
    private final long[] outShape;
    private final INDArray out;
    private final double[] values;
    /** The view {@link #emit} writes through, or null for a type other than FLOAT and DOUBLE. */
    private final NativeArrays view;
    private final double[] spikeValues;
    private final int per;
    private final int[] window;
    private final byte[] windowCounts;

    /**
     * @param shape the layer's batch shape {@code [B, …]}
     * @param pool  the next layer's first op if it is emitted here, or null
     * @param type  the network's data type
     * @param spikeValues the value a spike carries, per threshold channel
     * @param per         neurons per threshold channel and sample
     */
    SpikeOutput(long[] shape, AvgPoolOp pool, DataType type, double[] spikeValues, int per) {
        this.spikeValues = spikeValues.clone();
        this.per = per;
        this.shape = shape.clone();
        this.pool = pool;
        outShape = shape.clone();
        if (pool != null) {
            outShape[2] = (shape[2] - pool.kernelSize()) / pool.stride() + 1;
            outShape[3] = (shape[3] - pool.kernelSize()) / pool.stride() + 1;
        }
        out = Nd4j.create(type, outShape);
        int n = (int) out.length();
        values = new double[n];
        view = type == DataType.FLOAT || type == DataType.DOUBLE ? NativeArrays.of(out) : null;
        boolean tiled = pool != null && pool.kernelSize() == pool.stride() && pool.kernelSize() <= 11;
        window = tiled ? windows() : null;
        windowCounts = tiled ? new byte[(int) (shape[0] * shape[1]) * countStride()] : null;
    }

    /**
     * For non-overlapping windows (kernel = stride): the window of each neuron of an {@code [H, W]}
     * plane, {@code H'·W'} (the spare slot) where none covers it; the layer then counts spikes per window as it fires
     * ({@link #counts()}). Null otherwise (the spikes are pooled from {@code fired}).
     */
    int[] windowIndex() {
        return window;
    }

    /**
     * Spikes per window of the current step, {@code [B·C, H'·W' + 1]} (the last slot of each plane
     * collects the neurons no window covers), zeroed after each {@link #emit}.
     */
    byte[] counts() {
        return windowCounts;
    }

    /** {@code H'·W' + 1}, the plane stride of {@link #counts()}. */
    int countStride() {
        return pooledPlane() + 1;
    }

    /** {@code H'·W'}. */
    int pooledPlane() {
        return (int) (outShape[2] * outShape[3]);
    }

    private int[] windows() {
        int h = (int) shape[2];
        int w = (int) shape[3];
        int k = pool.kernelSize();
        int[] idx = new int[h * w];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                boolean inside = y / k < outShape[2] && x / k < outShape[3];
                idx[y * w + x] = inside ? (int) (y / k * outShape[3] + x / k) : pooledPlane();
            }
        }
        return idx;
    }

    /**
     * Writes the step's output and returns the (always the same) output array.
     *
     * @param fired which neurons of {@code [B, …]} fired (unused when the layer counted per window)
     */
    INDArray emit(boolean[] fired) {
        if (window != null) {
            fromCounts();
        } else if (pool == null) {
            for (int start = 0, c = 0; start < fired.length; start += per, c = (c + 1) % spikeValues.length) {
                double v = spikeValues[c];
                for (int i = start; i < start + per; i++) {
                    values[i] = fired[i] ? v : 0.0;
                }
            }
        } else {
            pool(fired);
        }
        return store();
    }

    /**
     * Pooled values from the spike counts n of each window: the sum of n spikes of value v, added
     * one after the other in double precision (zeros add nothing), times 1/k² — the value the
     * window loop of {@link #pool} gives.
     */
    private void fromCounts() {
        int k2 = pool.kernelSize() * pool.kernelSize();
        double norm = 1.0 / k2;
        int planes = (int) (shape[0] * shape[1]);
        int planeIn = (int) (shape[2] * shape[3]);
        int pooled = pooledPlane();
        double[] sums = new double[k2 + 1];
        for (int p = 0; p < planes; p++) {
            double v = spikeValues[(p * planeIn / per) % spikeValues.length];
            for (int n = 1; n <= k2; n++) {
                sums[n] = sums[n - 1] + v;
            }
            int c = p * (pooled + 1);
            for (int o = 0; o < pooled; o++) {
                values[p * pooled + o] = sums[windowCounts[c + o]] * norm;
            }
            java.util.Arrays.fill(windowCounts, c, c + pooled + 1, (byte) 0);
        }
    }

    private void pool(boolean[] fired) {
        int planes = (int) (shape[0] * shape[1]);
        int h = (int) shape[2];
        int w = (int) shape[3];
        int oh = (int) outShape[2];
        int ow = (int) outShape[3];
        int k = pool.kernelSize();
        int stride = pool.stride();
        double norm = 1.0 / (k * k);
        for (int p = 0; p < planes; p++) {
            int in = p * h * w;
            double v = spikeValues[(in / per) % spikeValues.length];
            int o = p * oh * ow;
            for (int i = 0; i < oh; i++) {
                for (int j = 0; j < ow; j++) {
                    double sum = 0;
                    for (int a = 0; a < k; a++) {
                        int row = in + (i * stride + a) * w + j * stride;
                        for (int b = 0; b < k; b++) {
                            sum += fired[row + b] ? v : 0.0;
                        }
                    }
                    values[o + i * ow + j] = sum * norm;
                }
            }
        }
    }

    private INDArray store() {
        if (view != null) {
            view.put(0, values, 0, values.length);
        } else {
            out.assign(Nd4j.createFromArray(values).castTo(out.dataType()).reshape(outShape));
        }
        return out;
    }
}
