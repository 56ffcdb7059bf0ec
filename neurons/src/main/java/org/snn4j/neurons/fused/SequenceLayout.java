package org.snn4j.neurons.fused;

import java.util.Arrays;

/**
 * The flat layout of a time-major sequence {@code [T, B, n1, n2, ...]} seen as {@code [T, B, N]}
 * with {@code N = n1·n2·…}, cut into blocks for parallel work.
 *
 * <p>Neurons are independent given their inputs, so the work is split over (sample, neuron
 * range) blocks of at most {@link #BLOCK} neurons; each block runs the whole recurrence over T
 * on its own scratch arrays. Channel {@code c} of a per-channel parameter covers the neurons
 * {@code [c·N/C, (c+1)·N/C)}, i.e. the first neuron dimension.
 *
 * @param steps   T
 * @param batch   B
 * @param neurons N
 */
record SequenceLayout(int steps, int batch, int neurons) {
    /** Neurons per block: a block's scratch arrays stay in the L1/L2 cache. */
    static final int BLOCK = 1024;

    /** The layout of {@code shape = [T, B, ...]}. */
    static SequenceLayout of(long[] shape) {
        if (shape.length < 2) {
            throw new IllegalArgumentException("a neuron sequence is time-major [T, B, ...], got shape "
                    + Arrays.toString(shape));
        }
        long n = 1;
        for (int i = 2; i < shape.length; i++) {
            n *= shape[i];
        }
        if (shape[0] * shape[1] * n > Integer.MAX_VALUE || shape[0] < 1 || shape[1] < 1 || n < 1) {
            throw new IllegalArgumentException("unsupported sequence shape " + Arrays.toString(shape)
                    + ": T, B and the neuron count must be ≥ 1 and T·B·N < 2^31");
        }
        return new SequenceLayout((int) shape[0], (int) shape[1], (int) n);
    }

    /**
     * This sequence with every {@code g} consecutive samples seen as one sample of {@code g·N}
     * neurons ({@code g} the largest divisor of {@code B} with {@code g·N ≤} {@link #BLOCK}), when
     * {@code N} is under half a block; else this layout. Only for neurons that share every
     * coefficient (one value per layer): the flat index of {@code (t, b, n)} is the same in both
     * layouts and each neuron runs the same operations, so the results are bit for bit the same,
     * but a readout of 10 neurons per sample runs in blocks of hundreds of lanes, as vectors,
     * instead of 10 (scalar).
     */
    SequenceLayout mergeSamples() {
        if (neurons >= BLOCK / 2) {
            return this;
        }
        int g = 1;
        for (int d = 2; d <= batch && (long) d * neurons <= BLOCK; d++) {
            if (batch % d == 0) {
                g = d;
            }
        }
        return g == 1 ? this : new SequenceLayout(steps, batch / g, g * neurons);
    }

    int blocksPerSample() {
        return (neurons + BLOCK - 1) / BLOCK;
    }

    int blocks() {
        return batch * blocksPerSample();
    }

    int sampleOf(int block) {
        return block / blocksPerSample();
    }

    int firstNeuron(int block) {
        return (block % blocksPerSample()) * BLOCK;
    }

    int width(int block) {
        return Math.min(BLOCK, neurons - firstNeuron(block));
    }

    /** Flat index of {@code (t, b, n)}. */
    int index(int t, int b, int n) {
        return (t * batch + b) * neurons + n;
    }

    /** Flat index of {@code (b, n)} in a state of shape {@code [B, ...]}. */
    int stateIndex(int b, int n) {
        return b * neurons + n;
    }

    /**
     * Expands one value per channel ({@code values.length} = 1 or C, C dividing N) to one value
     * per neuron.
     */
    double[] perNeuron(double[] values, String what) {
        int c = values.length;
        if (c < 1 || neurons % c != 0) {
            throw new IllegalArgumentException(what + " has " + c + " values; expected 1 (per layer) or a"
                    + " divisor of the " + neurons + " neurons (one per channel of the first neuron dimension)");
        }
        double[] out = new double[neurons];
        int per = neurons / c;
        for (int n = 0; n < neurons; n++) {
            out[n] = values[n / per];
        }
        return out;
    }

    /** Sums per-neuron values of one block into per-channel sums ({@code into.length} = C). */
    void foldInto(double[] perNeuron, int firstNeuron, int width, double[] into) {
        int per = neurons / into.length;
        for (int i = 0; i < width; i++) {
            into[(firstNeuron + i) / per] += perNeuron[i];
        }
    }
}
