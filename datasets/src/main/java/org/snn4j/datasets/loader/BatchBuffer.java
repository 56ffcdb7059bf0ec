package org.snn4j.datasets.loader;

import java.util.HashMap;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.backend.NativeArrays;

/**
 * One reusable batch slot: B sample arrays the worker fills, plus an ND4J array per batch size
 * (normally just B; a smaller final batch gets its own array once, reused every epoch).
 *
 * <p>Ownership moves between the worker and the consumer through the loader's queues; exactly
 * one side holds a slot at a time, so no locking is needed on the contents.
 */
final class BatchBuffer {
    private final int[] sampleShape;
    private final boolean timeMajor;
    private final float[][] samples;
    private final int[] labels;
    private final int[] indices;
    private final Map<Integer, Target> targets = new HashMap<>();
    private Batch current;

    private record Target(NativeArrays view, Batch batch) {
    }

    BatchBuffer(int batchSize, int[] sampleShape, boolean timeMajor) {
        this.sampleShape = sampleShape.clone();
        this.timeMajor = timeMajor;
        int length = 1;
        for (int d : sampleShape) {
            length = Math.multiplyExact(length, d);
        }
        this.samples = new float[batchSize][length];
        this.labels = new int[batchSize];
        this.indices = new int[batchSize];
    }

    /** Array the worker fills for slot {@code b}. */
    float[] sample(int b) {
        return samples[b];
    }

    void setSample(int b, int index, int label) {
        indices[b] = index;
        labels[b] = label;
    }

    /** Copies the first {@code size} samples into the ND4J array for that size (time-major if asked). */
    void publish(int size) {
        Target target = targets.computeIfAbsent(size, this::newTarget);
        NativeArrays view = target.view();
        int sampleLength = samples[0].length;
        if (timeMajor) {
            int steps = sampleShape[0];
            int perStep = sampleLength / steps;
            for (int b = 0; b < size; b++) {
                for (int t = 0; t < steps; t++) {
                    view.put((t * size + b) * perStep, samples[b], t * perStep, perStep);
                }
            }
        } else {
            for (int b = 0; b < size; b++) {
                view.put(b * sampleLength, samples[b], 0, sampleLength);
            }
        }
        System.arraycopy(labels, 0, target.batch().labels(), 0, size);
        System.arraycopy(indices, 0, target.batch().indices(), 0, size);
        current = target.batch();
    }

    Batch batch() {
        return current;
    }

    /** Shape of a batch of {@code size} samples. */
    long[] batchShape(int size) {
        long[] shape = new long[sampleShape.length + 1];
        int batchAxis = timeMajor ? 1 : 0;
        for (int i = 0, j = 0; i < shape.length; i++) {
            shape[i] = i == batchAxis ? size : sampleShape[j++];
        }
        return shape;
    }

    private Target newTarget(int size) {
        INDArray array = Nd4j.create(DataType.FLOAT, batchShape(size));
        return new Target(NativeArrays.of(array), new Batch(array, new int[size], new int[size]));
    }
}
