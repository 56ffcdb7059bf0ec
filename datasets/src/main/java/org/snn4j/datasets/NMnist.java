package org.snn4j.datasets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.snn4j.datasets.download.ArchiveType;
import org.snn4j.datasets.download.Checksum;
import org.snn4j.datasets.download.Resource;
import org.snn4j.datasets.io.NMnistBinReader;

/**
 * N-MNIST (Orchard et al., Front. Neurosci. 9:437, 2015): MNIST digits recorded by an ATIS
 * sensor on a pan-tilt unit making three ~100 ms saccades, 34x34 pixels, about 300 ms per sample.
 *
 * <p>Layout: {@code Train/<digit>/<NNNNN>.bin} (60,000) and {@code Test/<digit>/<NNNNN>.bin}
 * (10,000), where {@code NNNNN} is the 1-based MNIST index and the label is the folder name.
 * Files are read with {@link NMnistBinReader} (ids like {@code Train/5/00001}).
 */
public final class NMnist {
    /** Standard folder name under {@code $SNN4J_DATA}. */
    public static final String NAME = "nmnist";
    /** Sensor width and height in pixels. */
    public static final int WIDTH = 34;
    public static final int HEIGHT = 34;
    /** Class names: the digits "0".."9". */
    public static final List<String> CLASS_NAMES = List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
    /** The Mendeley Data copy of N-MNIST (dataset {@code 468j46mzdv}), the one Tonic downloads. */
    public static final String DOWNLOAD_BASE = "https://data.mendeley.com/public-files/datasets/468j46mzdv/files/";
    /**
     * The downloadable archives, extracting to {@value #TRAIN_DIR}/ and {@value #TEST_DIR}/, with the
     * MD5s listed in {@code docs/FORMATS.md} (Tonic's).
     */
    public static final List<Resource> DOWNLOADS = List.of(
            Resource.direct(NAME, "Train.zip", DOWNLOAD_BASE + "39c25547-014b-4137-a934-9d29fa53c7a0/file_downloaded",
                    Checksum.md5("20959b8e626244a1b502305a9e6e2031"), ArchiveType.ZIP),
            Resource.direct(NAME, "Test.zip", DOWNLOAD_BASE + "05a4d654-7e03-4c15-bdfa-9bb2bcbea494/file_downloaded",
                    Checksum.md5("69ca8762b2fe404d9b9bad1103e97832"), ArchiveType.ZIP));
    /** Split folders. */
    public static final String TRAIN_DIR = "Train";
    public static final String TEST_DIR = "Test";
    /** Full-size split sizes. */
    public static final int TRAIN_SAMPLES = 60_000;
    public static final int TEST_SAMPLES = 10_000;

    private static final List<String> REQUIRED = List.of(TRAIN_DIR + "/", TEST_DIR + "/");

    private final Path root;

    private NMnist(Path root) {
        this.root = root;
    }

    /** Finds N-MNIST via {@code locator} (explicit folder, else {@code $SNN4J_DATA/nmnist}). */
    public static NMnist locate(DataLocator locator) throws DatasetNotFoundException {
        return new NMnist(locator.locate(NAME, REQUIRED, List.of()));
    }

    /** N-MNIST rooted at {@code root} (the folder holding {@code Train/} and {@code Test/}). */
    public static NMnist at(Path root) throws DatasetNotFoundException {
        return locate(DataLocator.explicit(root));
    }

    public Path root() {
        return root;
    }

    /**
     * Indexes one split: every {@code *.bin} under {@code <Split>/<digit>/}, sorted by digit and
     * file name. Events are read lazily.
     */
    public EventDataset split(Split split) throws IOException {
        String dirName = split == Split.TRAIN ? TRAIN_DIR : TEST_DIR;
        Path dir = root.resolve(dirName);
        List<SampleFile> files = new ArrayList<>();
        for (int digit = 0; digit < CLASS_NAMES.size(); digit++) {
            Path classDir = dir.resolve(CLASS_NAMES.get(digit));
            if (!Files.isDirectory(classDir)) {
                continue;
            }
            try (Stream<Path> s = Files.list(classDir)) {
                for (Path f : s.filter(p -> p.getFileName().toString().endsWith(".bin")).sorted().toList()) {
                    String stem = f.getFileName().toString().replaceFirst("\\.bin$", "");
                    files.add(new SampleFile(f, digit, dirName + "/" + digit + "/" + stem));
                }
            }
        }
        if (files.isEmpty()) {
            throw new DatasetNotFoundException("N-MNIST split " + dir.toAbsolutePath()
                    + " has no recordings; expected " + dirName + "/<digit 0-9>/<NNNNN>.bin files");
        }
        return new FileEventDataset(NAME + "-" + dirName.toLowerCase(java.util.Locale.ROOT), files, CLASS_NAMES,
                new NMnistBinReader(), WIDTH, HEIGHT);
    }
}
