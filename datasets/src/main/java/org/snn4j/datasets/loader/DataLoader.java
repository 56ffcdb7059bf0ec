package org.snn4j.datasets.loader;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.snn4j.autograd.train.BatchSource;
import org.snn4j.autograd.train.EpochOrder;

/**
 * Seeded, prefetching mini-batches over a {@link SampleSource}: the {@link BatchSource} the trainer
 * consumes for every dataset.
 *
 * <pre>{@code
 * DataLoader loader = new DataLoader(source, LoaderConfig.training(32), null);
 * try (BatchIterator it = loader.batches(epochSeed)) {
 *     while (it.hasNext()) {
 *         Batch b = it.next();            // [T, B, C, H, W] or [B, C, H, W], its own arrays
 *         train(b.input(), b.labels());
 *     }
 * }
 * }</pre>
 *
 * <p><b>Determinism.</b> A pass with {@code epochSeed} s draws the order from
 * {@code SplittableRandom(s)} with {@link EpochOrder} (Fisher–Yates when shuffling), then splits
 * that generator once per batch; the batch's samples draw their augmentation from it in batch
 * order, then the {@link BatchEncoding} draws from it. One worker fills the batches in order, so
 * the same seed gives the same batches (exact resume), and the draws are those of the in-memory
 * path this loader replaced.
 *
 * <p><b>Memory.</b> The worker builds a new array per batch and stays at most
 * {@link LoaderConfig#prefetchBatches()} batches ahead, so a pass holds a few batches whatever the
 * dataset size; a batch the consumer received is never written again. Several passes may be open
 * at once if the source allows concurrent reads (every source here does).
 */
public final class DataLoader implements BatchSource {
    private final SampleSource source;
    private final LoaderConfig config;
    private final BatchEncoding encoding;
    private final int[] sampleShape;

    /** Plain batches of the source's samples. */
    public DataLoader(SampleSource source, LoaderConfig config) {
        this(source, config, null);
    }

    /**
     * @param encoding optional whole-batch stage run by the worker (null: none)
     */
    public DataLoader(SampleSource source, LoaderConfig config, BatchEncoding encoding) {
        if (source == null || config == null) {
            throw new IllegalArgumentException("source and config must not be null");
        }
        this.sampleShape = source.sampleShape();
        if (sampleShape.length == 0 || Arrays.stream(sampleShape).anyMatch(d -> d < 1)) {
            throw new IllegalArgumentException("sample shape must be non-empty and positive, got "
                    + Arrays.toString(sampleShape));
        }
        source.sampleLength(); // rejects a sample of 2^31 floats or more
        this.source = source;
        this.config = config;
        this.encoding = encoding;
    }

    public LoaderConfig config() {
        return config;
    }

    public SampleSource source() {
        return source;
    }

    @Override
    public long numSamples() {
        return source.size();
    }

    /** Number of batches in a pass when no sample is skipped. */
    public int batchesPerEpoch() {
        int n = source.size();
        int b = config.batchSize();
        return config.dropLast() ? n / b : (n + b - 1) / b;
    }

    /** Shape of a batch of {@code size} samples before the encoding: {@code [T, B, ...]} or {@code [B, ...]}. */
    public long[] batchShape(int size) {
        long[] shape = new long[sampleShape.length + 1];
        int batchAxis = source.timeMajor() ? 1 : 0;
        for (int i = 0, j = 0; i < shape.length; i++) {
            shape[i] = i == batchAxis ? size : sampleShape[j++];
        }
        return shape;
    }

    /** The sample order of the pass with {@code epochSeed}. */
    public int[] order(long epochSeed) {
        return EpochOrder.permutation(source.size(), config.shuffle(), new SplittableRandom(epochSeed));
    }

    /** Starts the pass with {@code epochSeed}; the worker begins filling at once. Close it to stop early. */
    @Override
    public BatchIterator batches(long epochSeed) {
        SplittableRandom rng = new SplittableRandom(epochSeed);
        int[] order = EpochOrder.permutation(source.size(), config.shuffle(), rng);
        return new BatchIterator(new BatchWorker(source, config, encoding, order, rng, this::batchShape));
    }
}
