package org.snn4j.datasets.emulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.function.IntUnaryOperator;
import org.snn4j.datasets.Cifar10Dvs;
import org.snn4j.datasets.DvsGesture;
import org.snn4j.datasets.NMnist;
import org.snn4j.datasets.Split;
import org.snn4j.datasets.cache.ProgressBar;
import org.snn4j.datasets.events.Events;
import org.snn4j.datasets.events.EventsBuilder;
import org.snn4j.datasets.io.Aedat31Writer;
import org.snn4j.datasets.io.LabeledImages;
import org.snn4j.datasets.loader.ParallelWorkers;

/**
 * Emulates whole image datasets into the folder layouts the dataset classes read.
 *
 * <p>Sample i is recorded with its own generator {@code SplittableRandom(seed + φ·(i + 1))}
 * (φ = 0x9E3779B97F4A7C15), so the output does not depend on the number of threads or the order
 * of work. Files are written atomically; {@code threads} workers share the images.
 */
public final class EmulatedDatasets {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private EmulatedDatasets() {
    }

    /**
     * Writes {@code <out>/<Train|Test>/<label>/<NNNNN>.bin}, NNNNN = image index + 1 zero-padded
     * to five digits (the N-MNIST naming), which {@link NMnist} then loads.
     *
     * @return the number of files written
     */
    public static int writeNMnistLayout(LabeledImages images, Split split, Path out, EmulationPreset preset, long seed,
                                        int threads, ProgressBar progress) throws IOException, InterruptedException {
        return writeNMnistLayout(images, i -> i, split, out, preset, seed, threads, progress);
    }

    /**
     * As {@link #writeNMnistLayout(LabeledImages, Split, Path, EmulationPreset, long, int, ProgressBar)}
     * for images taken from a larger file: image i is named after its index {@code sourceIndex(i)} in
     * that file (NNNNN = sourceIndex(i) + 1, the N-MNIST naming).
     */
    public static int writeNMnistLayout(LabeledImages images, IntUnaryOperator sourceIndex, Split split, Path out,
                                        EmulationPreset preset, long seed, int threads, ProgressBar progress)
            throws IOException, InterruptedException {
        String dir = split == Split.TRAIN ? NMnist.TRAIN_DIR : NMnist.TEST_DIR;
        return write(images, preset, seed, threads, progress, EventFileFormat.NMNIST_BIN,
                i -> out.resolve(dir).resolve(Integer.toString(images.label(i)))
                        .resolve(String.format("%05d.bin", sourceIndex.applyAsInt(i) + 1)));
    }

    /**
     * Writes {@code <out>/<class>/cifar10_<class>_<k>.aedat} (AEDAT 2.0), k counting the images
     * of each class from 0 in index order, which {@link Cifar10Dvs} then loads. The preset's
     * sensor must be 128×128.
     *
     * @return the number of files written
     */
    public static int writeCifar10DvsLayout(LabeledImages images, Path out, EmulationPreset preset, long seed, int threads,
                                            ProgressBar progress) throws IOException, InterruptedException {
        int[] perClass = new int[images.size()];
        int[] counters = new int[Cifar10Dvs.CLASS_NAMES.size()];
        for (int i = 0; i < images.size(); i++) {
            perClass[i] = counters[images.label(i)]++;
        }
        return write(images, preset, seed, threads, progress, EventFileFormat.AEDAT2, i -> {
            String cls = Cifar10Dvs.CLASS_NAMES.get(images.label(i));
            return out.resolve(cls).resolve("cifar10_" + cls + "_" + perClass[i] + ".aedat");
        });
    }

    /**
     * Writes a DVS128 Gesture tree ({@link DvsGesture}'s layout, AEDAT 3.1 through
     * {@link Aedat31Writer}): images {@code [0, trainImages)} are recorded one after another into
     * {@code user01_natural.aedat} (a training user), the rest into {@code user24_natural.aedat}
     * (a test user), each recording starting {@code 1 s + k·(duration + 10 ms)}; every image is one
     * row of the {@code _labels.csv} with gesture class {@code label mod 11 + 1}. A stand-in for
     * the real dataset in tests and measurements. The preset's sensor must be 128×128.
     *
     * @return the number of labelled samples written
     */
    public static int writeDvsGestureLayout(LabeledImages images, int trainImages, Path out, EmulationPreset preset,
                                            long seed) throws IOException {
        if (trainImages < 0 || trainImages > images.size()) {
            throw new IllegalArgumentException("trainImages must be in 0.." + images.size() + ", got " + trainImages);
        }
        Files.createDirectories(out);
        gestureUser(images, 0, trainImages, out.resolve("user01_natural"), preset, seed);
        gestureUser(images, trainImages, images.size(), out.resolve("user24_natural"), preset, seed);
        return images.size();
    }

    private static void gestureUser(LabeledImages images, int from, int to, Path stem, EmulationPreset preset, long seed)
            throws IOException {
        long step = preset.config().durationUs() + 10_000;
        EventsBuilder all = new EventsBuilder(
                preset.config().width(), preset.config().height(), 1024);
        StringBuilder csv = new StringBuilder("class,startTime_usec,endTime_usec\r\n");
        for (int i = from; i < to; i++) {
            long start = 1_000_000 + (i - from) * step;
            Events e = emulate(images, i, preset, seed);
            for (int k = 0; k < e.size(); k++) {
                all.add(e.x(k), e.y(k), start + e.t(k), e.p(k));
            }
            csv.append(images.label(i) % DvsGesture.CLASS_NAMES.size() + 1).append(',').append(start).append(',')
                    .append(start + preset.config().durationUs()).append("\r\n");
        }
        Files.write(stem.resolveSibling(stem.getFileName() + ".aedat"), new Aedat31Writer().encode(all.build()));
        Files.writeString(stem.resolveSibling(stem.getFileName() + "_labels.csv"), csv);
    }

    /** Records image {@code index} of {@code images} with its per-sample generator. */
    public static Events emulate(LabeledImages images, int index, EmulationPreset preset, long seed) {
        return preset.emulate(intensities(images, index), images.width(), images.height(), sampleRandom(seed, index));
    }

    /** Image {@code index} as intensities in [0, 1]; colour images become Rec. 601 luma. */
    public static float[] intensities(LabeledImages images, int index) {
        int plane = images.width() * images.height();
        float[] chw = new float[images.imageBytes()];
        images.copyImage(index, chw, 0, 1f / 255f);
        if (images.channels() == 1) {
            return chw;
        }
        if (images.channels() != 3) {
            throw new IllegalArgumentException("expected 1 or 3 channels, got " + images.channels());
        }
        float[] gray = new float[plane];
        for (int k = 0; k < plane; k++) {
            gray[k] = 0.299f * chw[k] + 0.587f * chw[plane + k] + 0.114f * chw[2 * plane + k];
        }
        return gray;
    }

    /** The generator used for sample {@code index}. */
    public static SplittableRandom sampleRandom(long seed, int index) {
        return new SplittableRandom(seed + GOLDEN * (index + 1L));
    }

    private static int write(LabeledImages images, EmulationPreset preset, long seed, int threads, ProgressBar progress,
                             EventFileFormat format, IntFunction<Path> fileOf) throws IOException, InterruptedException {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        AtomicInteger next = new AtomicInteger();
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < images.size(); i = next.getAndIncrement()) {
                try {
                    format.write(emulate(images, i, preset, seed), fileOf.apply(i));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                progress.step(1);
            }
        };
        try {
            ParallelWorkers.run("snn4j-emulate", threads, worker);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        progress.finish();
        return images.size();
    }
}
