package org.snn4j.experiment.data;

import java.io.IOException;
import java.nio.file.Path;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.train.InMemoryBatchSource;
import org.snn4j.datasets.DataLocator;
import org.snn4j.datasets.EventDataset;
import org.snn4j.datasets.NMnist;
import org.snn4j.datasets.Split;
import org.snn4j.datasets.events.Events;
import org.snn4j.datasets.transforms.Downsample;
import org.snn4j.datasets.transforms.FrameEncoder;
import org.snn4j.datasets.transforms.Frames;
import org.snn4j.datasets.transforms.ToFrames;

/**
 * An N-MNIST split as polarity frames in memory: {@code [N, T, 2, 34, 34]} event counts per
 * time slice ({@link ToFrames#byTime}) or event-count slice, batched time-major {@code [T, B, 2, 34, 34]}.
 *
 * @param frames flattened frames
 * @param labels digit per recording
 * @param steps  T
 * @param height sensor height
 * @param width  sensor width
 */
public record EventFrames(float[] frames, int[] labels, int steps, int height, int width) {

    /** Reads every recording of {@code split} and bins it into {@code steps} frames by time. */
    public static EventFrames nmnist(Path dataDir, Split split, int steps, Integer limit) throws IOException {
        return nmnist(dataDir, split, ToFrames.byTime(steps), 1, limit);
    }

    /**
     * Reads {@code limit} evenly spaced recordings of {@code split} (all when null), downsamples
     * them by {@code factor} ({@link Downsample}; 1 = none) and frames them with {@code framing}.
     */
    public static EventFrames nmnist(Path dataDir, Split split, FrameEncoder framing, int factor, Integer limit)
            throws IOException {
        EventDataset ds = NMnist.locate(DataLocator.fromEnvironment(dataDir)).split(split);
        int n = limit == null ? ds.size() : Math.min(limit, ds.size());
        Downsample down = factor > 1 ? new Downsample(factor) : null;
        float[] frames = null;
        int[] labels = new int[n];
        int[] shape = null;
        int len = 0;
        for (int i = 0; i < n; i++) {
            int idx = (int) ((long) i * ds.size() / n);
            Events ev = ds.get(idx).events();
            Frames f = framing.encode(down == null ? ev : down.apply(ev, null));
            if (frames == null) {
                shape = f.shape();
                len = f.length();
                frames = new float[n * len];
            }
            System.arraycopy(f.data(), 0, frames, i * len, len);
            labels[i] = ds.label(idx);
        }
        if (frames == null) {
            throw new IOException("no recordings in " + split + " of " + ds);
        }
        return new EventFrames(frames, labels, shape[0], shape[2], shape[3]);
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
