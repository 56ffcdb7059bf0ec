package org.snn4j.datasets.loader;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.IntFunction;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.backend.NativeArrays;
import org.snn4j.autograd.train.Batch;

/**
 * The producer side of one pass: fills the batches in order into fresh arrays and queues them.
 * Samples are filled into a worker-owned scratch {@code float[B][L]}, then copied into a new
 * float32 array of the batch's final size (time-major when the source is), so nothing the consumer
 * holds is written again. Holds no reference to its {@link BatchIterator}.
 */
final class BatchWorker implements Runnable {
    static final Object END = new Object();

    record Failure(int index, String id, Throwable cause) {
    }

    private final SampleSource source;
    private final LoaderConfig config;
    private final BatchEncoding encoding;
    private final int[] order;
    private final SplittableRandom rng;
    private final IntFunction<long[]> shapeOf;
    private final BlockingQueue<Object> ready;
    private final List<SkippedSample> skipped = Collections.synchronizedList(new ArrayList<>());

    BatchWorker(SampleSource source, LoaderConfig config, BatchEncoding encoding, int[] order, SplittableRandom rng,
                IntFunction<long[]> shapeOf) {
        this.source = source;
        this.config = config;
        this.encoding = encoding;
        this.order = order;
        this.rng = rng;
        this.shapeOf = shapeOf;
        this.ready = new ArrayBlockingQueue<>(config.prefetchBatches());
    }

    Object take() throws InterruptedException {
        return ready.take();
    }

    List<SkippedSample> skipped() {
        synchronized (skipped) {
            return List.copyOf(skipped);
        }
    }

    @Override
    public void run() {
        try {
            int length = source.sampleLength();
            float[][] scratch = new float[config.batchSize()][length];
            int[] labels = new int[config.batchSize()];
            int pos = 0;
            while (pos < order.length) {
                SplittableRandom batchRng = rng.split();
                int n = 0;
                while (n < config.batchSize() && pos < order.length) {
                    int index = order[pos++];
                    if (fillOne(scratch[n], index, batchRng)) {
                        labels[n++] = source.label(index);
                    } else if (!config.skipBadSamples()) {
                        return;
                    }
                }
                if (n == 0 || (n < config.batchSize() && config.dropLast())) {
                    break;
                }
                INDArray x = assemble(scratch, n, length);
                if (encoding != null) {
                    x = encoding.encode(x, batchRng);
                }
                ready.put(new Batch(x, java.util.Arrays.copyOf(labels, n)));
            }
            ready.put(END);
        } catch (InterruptedException e) {
            // closed early
        } catch (Throwable t) {
            ready.clear();
            ready.offer(new Failure(-1, "loader worker", t));
        }
    }

    /** Copies the first {@code n} samples into a new {@code [T, n, ...]} or {@code [n, ...]} array. */
    private INDArray assemble(float[][] samples, int n, int length) {
        INDArray x = Nd4j.create(DataType.FLOAT, shapeOf.apply(n));
        NativeArrays view = NativeArrays.of(x);
        Math.multiplyExact(n, length); // the batch must stay below 2^31 floats
        if (source.timeMajor()) {
            int steps = source.sampleShape()[0];
            int perStep = length / steps;
            for (int b = 0; b < n; b++) {
                for (int t = 0; t < steps; t++) {
                    view.put((t * n + b) * perStep, samples[b], t * perStep, perStep);
                }
            }
        } else {
            for (int b = 0; b < n; b++) {
                view.put(b * length, samples[b], 0, length);
            }
        }
        return x;
    }

    /** Fills one sample; on failure records it (skip) or posts it (fail). */
    private boolean fillOne(float[] dest, int index, SplittableRandom batchRng) throws InterruptedException {
        try {
            source.fill(index, dest, batchRng);
            return true;
        } catch (IOException | RuntimeException e) {
            String id = source.id(index);
            if (config.skipBadSamples()) {
                skipped.add(new SkippedSample(index, id, String.valueOf(e.getMessage())));
            } else {
                ready.put(new Failure(index, id, e));
            }
            return false;
        }
    }
}
