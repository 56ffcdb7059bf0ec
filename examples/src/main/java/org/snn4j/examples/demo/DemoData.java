package org.snn4j.examples.demo;

import java.util.SplittableRandom;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.train.InMemoryBatchSource;
import org.snn4j.datasets.emulator.EmulationPreset;
import org.snn4j.datasets.events.Events;
import org.snn4j.datasets.transforms.Frames;
import org.snn4j.datasets.transforms.ToFrames;

/**
 * The demo's event dataset, made in-process: rendered digits recorded by the N-MNIST-style DVS
 * emulator (three saccades, 34×34, about 300 ms) and binned into {@code frames} polarity frames.
 *
 * @param frames     event frames, {@code [N, T, 2, 34, 34]} flattened per sample
 * @param labels     digit per sample
 * @param meanEvents mean number of events per recording
 * @param steps      T
 */
public record DemoData(float[] frames, int[] labels, double meanEvents, int steps) {
    /** Side of the emulated sensor. */
    public static final int SENSOR = 34;

    /** {@code perClass} recordings of each digit, everything drawn from {@code seed}. */
    public static DemoData generate(int perClass, int steps, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        EmulationPreset camera = EmulationPreset.nmnist();
        ToFrames toFrames = ToFrames.byTime(steps);
        int n = perClass * 10;
        int sampleLen = steps * 2 * SENSOR * SENSOR;
        float[] frames = new float[n * sampleLen];
        int[] labels = new int[n];
        long events = 0;
        for (int i = 0; i < n; i++) {
            int digit = i % 10;
            float[] image = DigitRenderer.render(digit, rng);
            Events ev = camera.emulate(image, DigitRenderer.SIDE, DigitRenderer.SIDE, rng);
            events += ev.size();
            Frames f = toFrames.encode(ev);
            System.arraycopy(f.data(), 0, frames, i * sampleLen, sampleLen);
            labels[i] = digit;
        }
        return new DemoData(frames, labels, (double) events / n, steps);
    }

    public int size() {
        return labels.length;
    }

    /** Batches in time-major layout {@code [T, B, 2, 34, 34]}. */
    public InMemoryBatchSource batches(int batchSize, boolean shuffle) {
        long[] shape = {labels.length, steps, 2, SENSOR, SENSOR};
        return new InMemoryBatchSource(Nd4j.create(frames, shape, 'c'), labels, batchSize, shuffle,
                (raw, rng) -> raw.permute(1, 0, 2, 3, 4).dup('c'));
    }
}
