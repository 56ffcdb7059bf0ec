package org.snn4j.neurons.slayer;

import org.nd4j.linalg.api.buffer.DataType;

/**
 * Per-block values kept from the forward pass for the backward pass (the spike density
 * {@code Ts·ρ(ũ)}), stored in the tensor's precision: float for FLOAT tensors (half the memory),
 * double for DOUBLE ones (gradient checks stay exact).
 */
final class BlockStore {
    private final double[][] doubles;
    private final float[][] floats;

    BlockStore(DataType type, int blocks) {
        boolean f = type == DataType.FLOAT;
        doubles = f ? null : new double[blocks][];
        floats = f ? new float[blocks][] : null;
    }

    /** Keeps a copy of {@code values} for {@code block}. */
    void put(int block, double[] values) {
        if (doubles != null) {
            doubles[block] = values.clone();
            return;
        }
        float[] f = new float[values.length];
        for (int i = 0; i < f.length; i++) {
            f[i] = (float) values[i];
        }
        floats[block] = f;
    }

    /** {@code g[i] *= stored[i]} for the block's values. */
    void multiplyInto(int block, double[] g) {
        if (doubles != null) {
            double[] d = doubles[block];
            for (int i = 0; i < d.length; i++) {
                g[i] *= d[i];
            }
            return;
        }
        float[] f = floats[block];
        for (int i = 0; i < f.length; i++) {
            g[i] *= f[i];
        }
    }
}
