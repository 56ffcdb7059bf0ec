package org.snn4j.autograd.train;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Mini-batches over small arrays already held in memory (tests, demos, conversion calibration;
 * datasets go through the {@code datasets} loader): {@code inputs [N, ...]} and {@code labels [N]}.
 *
 * <p>With shuffling on, each pass permutes the samples with {@link EpochOrder} driven by the
 * epoch seed; the last batch may be smaller. An optional {@link BatchTransform} turns each
 * gathered batch into the network input (e.g. Poisson-encode images into {@code [T, B, ...]}),
 * drawing its randomness from a generator seeded per batch.
 */
public final class InMemoryBatchSource implements BatchSource {
    private final INDArray inputs;
    private final int[] labels;
    private final int batchSize;
    private final boolean shuffle;
    private final BatchTransform transform;

    /** Turns a gathered batch of raw inputs into the network input. */
    @FunctionalInterface
    public interface BatchTransform {
        INDArray apply(INDArray raw, SplittableRandom rng);
    }

    public InMemoryBatchSource(INDArray inputs, int[] labels, int batchSize, boolean shuffle, BatchTransform transform) {
        if (inputs.size(0) != labels.length) {
            throw new IllegalArgumentException("inputs have " + inputs.size(0) + " samples but labels " + labels.length);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be >= 1, got " + batchSize);
        }
        this.inputs = inputs;
        this.labels = labels.clone();
        this.batchSize = batchSize;
        this.shuffle = shuffle;
        this.transform = transform;
    }

    public InMemoryBatchSource(INDArray inputs, int[] labels, int batchSize, boolean shuffle) {
        this(inputs, labels, batchSize, shuffle, null);
    }

    @Override
    public long numSamples() {
        return labels.length;
    }

    @Override
    public Iterator<Batch> batches(long epochSeed) {
        int n = labels.length;
        SplittableRandom rng = new SplittableRandom(epochSeed);
        int[] order = EpochOrder.permutation(n, shuffle, rng);
        return new Iterator<>() {
            private int pos;

            @Override
            public boolean hasNext() {
                return pos < n;
            }

            @Override
            public Batch next() {
                if (pos >= n) {
                    throw new NoSuchElementException();
                }
                int end = Math.min(n, pos + batchSize);
                int[] idx = java.util.Arrays.copyOfRange(order, pos, end);
                pos = end;
                INDArray x = shuffle ? Nd4j.pullRows(inputs.reshape(inputs.size(0), -1), 1, idx)
                        .reshape(withFirst(inputs.shape(), idx.length))
                        : inputs.get(NDArrayIndex.interval(idx[0], idx[0] + idx.length)).dup();
                int[] y = new int[idx.length];
                for (int i = 0; i < idx.length; i++) {
                    y[i] = labels[idx[i]];
                }
                return new Batch(transform == null ? x : transform.apply(x, rng.split()), y);
            }
        };
    }

    private static long[] withFirst(long[] shape, long first) {
        long[] s = shape.clone();
        s[0] = first;
        return s;
    }
}
