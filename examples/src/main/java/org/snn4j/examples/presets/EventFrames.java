package org.snn4j.examples.presets;

import java.io.IOException;
import java.nio.file.Path;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.train.InMemoryBatchSource;
import org.snn4j.datasets.DataLocator;
import org.snn4j.datasets.EventDataset;
import org.snn4j.datasets.NMnist;
import org.snn4j.datasets.Split;
import org.snn4j.datasets.transforms.Frames;
import org.snn4j.datasets.transforms.ToFrames;

/**
 * An N-MNIST split as polarity frames in memory: {@code [N, T, 2, 34, 34]} event counts per
 * time slice ({@link ToFrames#byTime}), batched time-major {@code [T, B, 2, 34, 34]}.
 *
 * @param frames flattened frames
 * @param labels digit per recording
 * @param steps  T
 * @param height sensor height
 * @param width  sensor width
 */
public record EventFrames(float[] frames, int[] labels, int steps, int height, int width) {

    /** Reads every recording of {@code split} and bins it into {@code steps} frames. */
    public static EventFrames nmnist(Path dataDir, Split split, int steps, Integer limit) throws IOException {
        EventDataset ds = NMnist.locate(DataLocator.fromEnvironment(dataDir)).split(split);
        int n = limit == null ? ds.size() : Math.min(limit, ds.size());
        int h = ds.height();
        int w = ds.width();
        int len = steps * 2 * h * w;
        float[] frames = new float[n * len];
        int[] labels = new int[n];
        ToFrames toFrames = ToFrames.byTime(steps);
        for (int i = 0; i < n; i++) {
            int idx = (int) ((long) i * ds.size() / n);
            Frames f = toFrames.encode(ds.get(idx).events());
            System.arraycopy(f.data(), 0, frames, i * len, len);
            labels[i] = ds.label(idx);
        }
        return new EventFrames(frames, labels, steps, h, w);
    }

    public int size() {
        return labels.length;
    }

    /** Batches {@code [T, B, 2, H, W]}, optionally shifted by up to {@code shift} pixels. */
    public InMemoryBatchSource batches(int batchSize, boolean shuffle, int shift) {
        long[] shape = {labels.length, steps, 2, height, width};
        RandomShift aug = shift > 0 ? new RandomShift(shift) : null;
        return new InMemoryBatchSource(Nd4j.create(frames, shape, 'c'), labels, batchSize, shuffle,
                (raw, rng) -> (aug == null ? raw : aug.apply(raw, rng)).permute(1, 0, 2, 3, 4).dup('c'));
    }
}
