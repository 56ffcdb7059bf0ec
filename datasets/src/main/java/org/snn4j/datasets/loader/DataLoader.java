package org.snn4j.datasets.loader;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded, prefetching mini-batches over a {@link SampleSource}.
 *
 * <pre>{@code
 * DataLoader loader = new DataLoader(source, LoaderConfig.training(32, 42));
 * for (int epoch = 0; epoch < epochs; epoch++) {
 *     try (BatchIterator it = loader.epoch(epoch)) {
 *         while (it.hasNext()) {
 *             Batch b = it.next();            // [T, B, C, H, W] float32, valid until the next call
 *             train(b.features(), b.labels());
 *         }
 *     }
 * }
 * }</pre>
 *
 * <p><b>Determinism.</b> Epoch e uses the permutation drawn by Fisher–Yates from
 * {@code SplittableRandom(seed + φ·(e + 1))} (φ = 0x9E3779B97F4A7C15) and passes
 * {@code SplittableRandom(~(seed + φ·(e + 1)))} to the source for augmentation; samples are filled
 * in batch order on a single worker, so the same seed and epoch give the same batches.
 *
 * <p><b>Buffers.</b> The loader allocates {@code prefetchBatches + 2} batch buffers once and
 * reuses them for every epoch (see {@link BatchIterator} for the ownership protocol). One epoch
 * may be open at a time.
 */
public final class DataLoader {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private final SampleSource source;
    private final LoaderConfig config;
    private final int[] sampleShape;
    private List<BatchBuffer> pool;
    private BatchIterator open;

    /** Checks the source shape; buffers are allocated on the first epoch. */
    public DataLoader(SampleSource source, LoaderConfig config) {
        if (source == null || config == null) {
            throw new IllegalArgumentException("source and config must not be null");
        }
        this.sampleShape = source.sampleShape();
        if (sampleShape.length == 0 || Arrays.stream(sampleShape).anyMatch(d -> d < 1)) {
            throw new IllegalArgumentException("sample shape must be non-empty and positive, got "
                    + Arrays.toString(sampleShape));
        }
        this.source = source;
        this.config = config;
    }

    public LoaderConfig config() {
        return config;
    }

    /** Number of batches in an epoch when no sample is skipped. */
    public int batchesPerEpoch() {
        int n = source.size();
        int b = config.batchSize();
        return config.dropLast() ? n / b : (n + b - 1) / b;
    }

    /** Shape of a full batch, e.g. {@code [T, B, C, H, W]}. */
    public long[] batchShape() {
        return new BatchBuffer(1, sampleShape, source.timeMajor()).batchShape(config.batchSize());
    }

    /** The sample order of epoch {@code epoch}: a seeded permutation, or 0..n-1 without shuffling. */
    public int[] order(int epoch) {
        int[] order = new int[source.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        if (config.shuffle()) {
            SplittableRandom rng = new SplittableRandom(epochSeed(epoch));
            for (int i = order.length - 1; i > 0; i--) {
                int j = rng.nextInt(i + 1);
                int tmp = order[i];
                order[i] = order[j];
                order[j] = tmp;
            }
        }
        return order;
    }

    /**
     * Starts epoch {@code epoch}; the worker begins filling immediately.
     *
     * @throws IllegalStateException if the previous epoch's iterator is still running
     */
    public synchronized BatchIterator epoch(int epoch) {
        if (open != null && !open.finished()) {
            throw new IllegalStateException("epoch still open: close the previous BatchIterator first");
        }
        if (open != null) {
            open.close();
        }
        if (pool == null) {
            pool = newPool();
        }
        open = new BatchIterator(source, config, epoch, order(epoch), new SplittableRandom(~epochSeed(epoch)), pool);
        return open;
    }

    private long epochSeed(int epoch) {
        return config.seed() + GOLDEN * (epoch + 1L);
    }

    private List<BatchBuffer> newPool() {
        List<BatchBuffer> buffers = new ArrayList<>();
        for (int i = 0; i < config.prefetchBatches() + 2; i++) {
            buffers.add(new BatchBuffer(config.batchSize(), sampleShape, source.timeMajor()));
        }
        return buffers;
    }
}
