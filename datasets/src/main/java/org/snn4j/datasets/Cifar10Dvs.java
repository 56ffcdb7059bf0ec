package org.snn4j.datasets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.snn4j.datasets.io.Aedat2Reader;
import org.snn4j.datasets.io.Dvs128Orientation;

/**
 * CIFAR10-DVS (Li et al., "CIFAR10-DVS: An Event-Stream Dataset for Object Classification",
 * Front. Neurosci. 11:309, 2017): 10,000 CIFAR-10 images moved on a monitor in front of a DVS128
 * (128x128), 1,000 per class, AEDAT 2.0 files read with {@link Aedat2Reader}.
 *
 * <p>Layout: ten class folders {@code <class>/cifar10_<class>_<i>.aedat}, {@code i = 0..999}, in
 * the label order airplane 0, automobile 1, ... truck 9 (Tonic and SpikingJelly order). There is
 * no official split; two are offered:
 * <ul>
 *   <li>{@link #tetSplit}: per class, samples 0-99 test, 100-999 train (SpikingJelly's
 *       {@code CIFAR10DVSTEBNSplit}, used by TET/TEBN; accuracies on it run higher than on a
 *       random split);</li>
 *   <li>{@link #randomSplit}: per class, a seeded shuffle; the first {@code round(ratio * n)}
 *       samples train, the rest test.</li>
 * </ul>
 */
public final class Cifar10Dvs {
    /** Standard folder name under {@code $SNN4J_DATA}. */
    public static final String NAME = "cifar10-dvs";
    /** DVS128 sensor size. */
    public static final int SIZE = Dvs128Orientation.SIZE;
    /** Class names in label order. */
    public static final List<String> CLASS_NAMES = List.of("airplane", "automobile", "bird", "cat", "deer",
            "dog", "frog", "horse", "ship", "truck");
    /** Recordings per class in the full dataset. */
    public static final int SAMPLES_PER_CLASS = 1000;
    /** Per class, sample indices below this are the test set of the TET split. */
    public static final int TET_TEST_PER_CLASS = 100;

    private static final Pattern FILE = Pattern.compile("cifar10_([a-z]+)_(\\d+)\\.aedat");

    private final Path root;
    private final Aedat2Reader reader;
    /** Per class, the recordings sorted by sample index. */
    private final List<List<Indexed>> byClass;

    private record Indexed(int index, SampleFile file) {
    }

    private Cifar10Dvs(Path root, Dvs128Orientation orientation) throws IOException {
        this.root = root;
        this.reader = new Aedat2Reader(orientation);
        List<List<Indexed>> classes = new ArrayList<>();
        for (int c = 0; c < CLASS_NAMES.size(); c++) {
            classes.add(indexClass(c));
        }
        this.byClass = List.copyOf(classes);
    }

    /** Finds CIFAR10-DVS via {@code locator}, decoding with {@code orientation}. */
    public static Cifar10Dvs locate(DataLocator locator, Dvs128Orientation orientation) throws IOException {
        List<String> required = CLASS_NAMES.stream().map(c -> c + "/").toList();
        return new Cifar10Dvs(locator.locate(NAME, required, List.of()), orientation);
    }

    /** CIFAR10-DVS rooted at {@code root} (the folder holding the ten class folders), upright orientation. */
    public static Cifar10Dvs at(Path root) throws IOException {
        return locate(DataLocator.explicit(root), Dvs128Orientation.JAER_UPRIGHT);
    }

    public Path root() {
        return root;
    }

    /** Every recording, class by class. */
    public EventDataset all() {
        return dataset("all", byClass.stream().flatMap(List::stream).map(Indexed::file).toList());
    }

    /** The TET split: per class, sample indices 0-99 are test, 100 and above train. */
    public EventDataset tetSplit(Split split) {
        List<SampleFile> files = new ArrayList<>();
        for (List<Indexed> cls : byClass) {
            for (Indexed s : cls) {
                if ((s.index() < TET_TEST_PER_CLASS) == (split == Split.TEST)) {
                    files.add(s.file());
                }
            }
        }
        return dataset("tet-" + split.name().toLowerCase(java.util.Locale.ROOT), files);
    }

    /**
     * A stratified random split: each class's recordings are shuffled with {@code new Random(seed)}
     * (one generator, classes in label order) and the first {@code round(trainRatio * n)} train.
     *
     * @param trainRatio fraction of each class used for training, in [0, 1]
     */
    public EventDataset randomSplit(Split split, double trainRatio, long seed) {
        if (!(trainRatio >= 0 && trainRatio <= 1)) {
            throw new IllegalArgumentException("trainRatio must be in [0, 1], got " + trainRatio);
        }
        Random random = new Random(seed);
        List<SampleFile> files = new ArrayList<>();
        for (List<Indexed> cls : byClass) {
            List<Indexed> shuffled = new ArrayList<>(cls);
            Collections.shuffle(shuffled, random);
            int train = (int) Math.round(trainRatio * shuffled.size());
            List<Indexed> part = split == Split.TRAIN ? shuffled.subList(0, train) : shuffled.subList(train, shuffled.size());
            part.forEach(s -> files.add(s.file()));
        }
        return dataset("random-" + split.name().toLowerCase(java.util.Locale.ROOT), files);
    }

    private EventDataset dataset(String part, List<SampleFile> files) {
        return new FileEventDataset(NAME + "-" + part, files, CLASS_NAMES, reader, SIZE, SIZE);
    }

    private List<Indexed> indexClass(int label) throws IOException {
        String cls = CLASS_NAMES.get(label);
        Path dir = root.resolve(cls);
        List<Indexed> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path f : s.toList()) {
                Matcher m = FILE.matcher(f.getFileName().toString());
                if (m.matches() && m.group(1).equals(cls) && m.group(2).length() < 9) {
                    int index = Integer.parseInt(m.group(2));
                    out.add(new Indexed(index, new SampleFile(f, label, cls + "/" + index)));
                }
            }
        }
        if (out.isEmpty()) {
            throw new DatasetNotFoundException("CIFAR10-DVS class folder " + dir.toAbsolutePath()
                    + " has no recordings; expected files named cifar10_" + cls + "_<0-999>.aedat");
        }
        out.sort((a, b) -> Integer.compare(a.index(), b.index()));
        return out;
    }
}
