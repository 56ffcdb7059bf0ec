package org.snn4j.experiment.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.train.InMemoryBatchSource;
import org.snn4j.datasets.DataLocator;
import org.snn4j.datasets.EventDataset;
import org.snn4j.datasets.NMnist;
import org.snn4j.datasets.Split;
import org.snn4j.datasets.transforms.Frames;
import org.snn4j.datasets.transforms.SpatialJitter;
import org.snn4j.datasets.transforms.ToSpikeTensor;

/**
 * Binary spike tensors {@code [T, 2, H, W]} of a whole split, packed: per sample only the flat
 * indices {@code ((t·2 + p)·H + y)·W + x} of its ones are kept (N-MNIST at 300 × 1 ms: about
 * 4,000 ints per sample instead of 693,600 floats, 16 MB instead of 2.8 GB for 1,000 samples).
 * Batches are expanded on demand into the time-major network input {@code [T, B, 2, H, W]},
 * optionally translated by SLAYER's random spatial jitter.
 *
 * <p>Jitter: each sample of a training batch is moved by one integer offset (dx, dy), each drawn
 * uniformly from {@code −maxShiftPx..maxShiftPx} (dx first), and spikes that leave the sensor are
 * dropped. This is exactly {@link SpatialJitter} applied to the events before binning (binning is
 * per pixel, so shifting commutes with it; tested), without re-reading or re-binning the events.
 */
public final class SlayerSpikeData {
    private final int[] offsets;
    private final int[] codes;
    private final int[] labels;
    private final int steps;
    private final int height;
    private final int width;

    private SlayerSpikeData(int[] offsets, int[] codes, int[] labels, int steps, int height, int width) {
        this.offsets = offsets;
        this.codes = codes;
        this.labels = labels;
        this.steps = steps;
        this.height = height;
        this.width = width;
    }

    /**
     * Reads {@code split} of N-MNIST (from {@code dataDir}, else {@code $SNN4J_DATA/nmnist}) and bins
     * every recording with {@code encoder} (SLAYER: {@link ToSpikeTensor#slayerNMnist()}). With a
     * limit, takes {@code limit} recordings spread evenly over the split (which is sorted by digit).
     * Each recording is packed as soon as it is binned, so only one dense tensor is ever held.
     */
    public static SlayerSpikeData nmnist(Path dataDir, Split split, ToSpikeTensor encoder, Integer limit)
            throws IOException {
        EventDataset ds = NMnist.locate(DataLocator.fromEnvironment(dataDir)).split(split);
        int n = limit == null ? ds.size() : Math.min(limit, ds.size());
        Packer packer = new Packer(n);
        for (int i = 0; i < n; i++) {
            int idx = (int) ((long) i * ds.size() / n);
            packer.add(encoder.encode(ds.get(idx).events()), ds.label(idx));
        }
        return packer.finish();
    }

    /** Packs frames of shape {@code [T, 2, H, W]} (any non-zero value is a spike). */
    public static SlayerSpikeData pack(List<Frames> frames, int[] labels) {
        if (frames.isEmpty() || frames.size() != labels.length) {
            throw new IllegalArgumentException("pack: need one label per sample and at least one sample, got "
                    + frames.size() + " samples and " + labels.length + " labels");
        }
        Packer packer = new Packer(frames.size());
        for (int i = 0; i < frames.size(); i++) {
            packer.add(frames.get(i), labels[i]);
        }
        return packer.finish();
    }

    public int size() {
        return labels.length;
    }

    public int steps() {
        return steps;
    }

    public int[] labels() {
        return labels.clone();
    }

    /** Number of spikes of sample {@code i}. */
    public int spikeCount(int i) {
        return offsets[i + 1] - offsets[i];
    }

    /** Total packed spikes (the store holds one int per spike). */
    public long totalSpikes() {
        return codes.length;
    }

    /**
     * Writes sample {@code i}, moved by (dx, dy), as batch element {@code b} of a zeroed time-major
     * buffer {@code [T, batch, 2, H, W]}.
     */
    public void expandInto(int i, int dx, int dy, float[] out, int b, int batch) {
        int plane = height * width;
        int frame = 2 * plane;
        for (int k = offsets[i]; k < offsets[i + 1]; k++) {
            int c = codes[k];
            int t = c / frame;
            int rest = c - t * frame;
            int p = rest / plane;
            int y = (rest - p * plane) / width + dy;
            int x = rest % width + dx;
            if (x >= 0 && y >= 0 && x < width && y < height) {
                out[(t * batch + b) * frame + p * plane + y * width + x] = 1f;
            }
        }
    }

    /** Samples {@code idx} as the network input {@code [T, B, 2, H, W]}, each jittered by up to {@code jitterPx}. */
    public INDArray batch(int[] idx, int jitterPx, RandomGenerator rng) {
        float[] out = new float[steps * idx.length * 2 * height * width];
        for (int b = 0; b < idx.length; b++) {
            int dx = jitterPx == 0 ? 0 : rng.nextInt(2 * jitterPx + 1) - jitterPx;
            int dy = jitterPx == 0 ? 0 : rng.nextInt(2 * jitterPx + 1) - jitterPx;
            expandInto(idx[b], dx, dy, out, b, idx.length);
        }
        return Nd4j.create(out, new long[] {steps, idx.length, 2, height, width}, 'c');
    }

    /**
     * Mini-batches of {@code [T, B, 2, H, W]} spikes; the batch order and the jitter come from the
     * epoch seed (via {@link InMemoryBatchSource}, which shuffles a column of sample indices).
     */
    public InMemoryBatchSource batches(int batchSize, boolean shuffle, int jitterPx) {
        if (jitterPx < 0) {
            throw new IllegalArgumentException("jitterPx must be >= 0, got " + jitterPx);
        }
        float[] index = new float[labels.length];
        for (int i = 0; i < index.length; i++) {
            index[i] = i;
        }
        return new InMemoryBatchSource(Nd4j.create(index, new long[] {index.length, 1}, 'c'), labels, batchSize, shuffle,
                (raw, rng) -> batch(indices(raw), jitterPx, rng));
    }

    private static int[] indices(INDArray column) {
        int[] idx = new int[(int) column.size(0)];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = (int) column.getDouble(i, 0);
        }
        return idx;
    }

    /** Appends samples one at a time: the flat indices of their non-zero entries. */
    private static final class Packer {
        private final int[] offsets;
        private final int[] labels;
        private int[] codes = new int[1024];
        private int[] shape;
        private int samples;
        private int count;

        Packer(int n) {
            offsets = new int[n + 1];
            labels = new int[n];
        }

        void add(Frames f, int label) {
            if (shape == null) {
                shape = f.shape();
                if (shape.length != 4 || shape[1] != 2) {
                    throw new IllegalArgumentException("pack: frames must be [T, 2, H, W], got " + Arrays.toString(shape));
                }
            } else if (!Arrays.equals(f.shape(), shape)) {
                throw new IllegalArgumentException("pack: sample " + samples + " has shape " + Arrays.toString(f.shape())
                        + ", sample 0 has " + Arrays.toString(shape));
            }
            float[] d = f.data();
            for (int k = 0; k < d.length; k++) {
                if (d[k] != 0f) {
                    if (count == codes.length) {
                        codes = Arrays.copyOf(codes, codes.length * 2);
                    }
                    codes[count++] = k;
                }
            }
            labels[samples++] = label;
            offsets[samples] = count;
        }

        SlayerSpikeData finish() {
            if (samples == 0) {
                throw new IllegalArgumentException("pack: no samples (the split is empty)");
            }
            return new SlayerSpikeData(offsets, Arrays.copyOf(codes, count), labels, shape[0], shape[2], shape[3]);
        }
    }
}
