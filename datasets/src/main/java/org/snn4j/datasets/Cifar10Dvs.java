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
import org.snn4j.datasets.download.ArchiveType;
import org.snn4j.datasets.download.Checksum;
import org.snn4j.datasets.download.Resource;
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
    /** figshare download endpoint of the class archives. */
    public static final String DOWNLOAD_BASE = "https://ndownloader.figshare.com/files/";
    /**
     * The ten {@code <class>.zip} archives (742-970 MB each, giving
     * {@code <class>/cifar10_<class>_<i>.aedat}) in label order, with the figshare file ids and MD5s
     * of SpikingJelly's table (also in {@code docs/FORMATS.md}).
     */
    public static final List<Resource> DOWNLOADS = downloads(
            new long[] {7712788, 7712791, 7712794, 7712812, 7712815, 7712818, 7712842, 7712851, 7712836, 7712839},
            "0afd5c4bf9ae06af762a77b180354fdd", "8438dfeba3bc970c94962d995b1b9bdd", "a9c207c91c55b9dc2002dc21c684d785",
            "52c63c677c2b15fa5146a8daf4d56687", "b6bf21f6c04d21ba4e23fc3e36c8a4a3", "f379ebdf6703d16e0a690782e62639c3",
            "cad6ed91214b1c7388a5f6ee56d08803", "e7cbbf77bec584ffbf913f00e682782a", "41c7bd7d6b251be82557c6cce9a7d5c9",
            "89f3922fd147d9aeff89e76a2b0b70a7");

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

    private static List<Resource> downloads(long[] figshareIds, String... md5) {
        List<Resource> out = new ArrayList<>();
        for (int c = 0; c < CLASS_NAMES.size(); c++) {
            out.add(Resource.direct(NAME, CLASS_NAMES.get(c) + ".zip", DOWNLOAD_BASE + figshareIds[c],
                    Checksum.md5(md5[c]), ArchiveType.ZIP));
        }
        return List.copyOf(out);
    }
}
