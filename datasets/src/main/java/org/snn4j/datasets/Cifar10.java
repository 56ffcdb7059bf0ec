package org.snn4j.datasets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.snn4j.datasets.download.ArchiveType;
import org.snn4j.datasets.download.Checksum;
import org.snn4j.datasets.download.Resource;
import org.snn4j.datasets.io.Cifar10BinaryReader;
import org.snn4j.datasets.io.LabeledImages;

/**
 * CIFAR-10 (Krizhevsky, 2009), binary version: 32x32 RGB images in ten classes, 50,000 train
 * ({@code data_batch_1..5.bin}) and 10,000 test ({@code test_batch.bin}), read with
 * {@link Cifar10BinaryReader}. The files may sit in the dataset root or in the archive's
 * {@code cifar-10-batches-bin/} sub-folder.
 */
public final class Cifar10 {
    /** Standard folder name under {@code $SNN4J_DATA}. */
    public static final String NAME = "cifar10";
    /** Sub-folder created by extracting {@code cifar-10-binary.tar.gz}. */
    public static final String ARCHIVE_DIR = "cifar-10-batches-bin";
    /** Class names in label order (as in {@code batches.meta.txt}). */
    public static final List<String> CLASS_NAMES = List.of("airplane", "automobile", "bird", "cat", "deer",
            "dog", "frog", "horse", "ship", "truck");
    /** Training batch files, in order. */
    public static final List<String> TRAIN_FILES = List.of("data_batch_1.bin", "data_batch_2.bin",
            "data_batch_3.bin", "data_batch_4.bin", "data_batch_5.bin");
    /** Test batch file. */
    public static final String TEST_FILE = "test_batch.bin";
    /** The binary version {@code cifar-10-binary.tar.gz} (giving {@value #ARCHIVE_DIR}/), MD5 from Krizhevsky's page. */
    public static final List<Resource> DOWNLOADS = List.of(Resource.direct(NAME, "cifar-10-binary.tar.gz",
            "https://www.cs.toronto.edu/~kriz/cifar-10-binary.tar.gz",
            Checksum.md5("c32a1d4ab5d03f1284b67883e8d87530"), ArchiveType.TAR_GZ));

    private final Path dir;

    private Cifar10(Path dir) {
        this.dir = dir;
    }

    /** Finds CIFAR-10 via {@code locator} (explicit folder, else {@code $SNN4J_DATA/cifar10}). */
    public static Cifar10 locate(DataLocator locator) throws DatasetNotFoundException {
        List<String> required = new ArrayList<>();
        for (String f : TRAIN_FILES) {
            required.add(f + "|" + ARCHIVE_DIR + "/" + f);
        }
        required.add(TEST_FILE + "|" + ARCHIVE_DIR + "/" + TEST_FILE);
        Path root = locator.locate(NAME, required, List.of());
        return new Cifar10(Files.isRegularFile(root.resolve(TEST_FILE)) ? root : root.resolve(ARCHIVE_DIR));
    }

    /** CIFAR-10 in {@code root}. */
    public static Cifar10 at(Path root) throws DatasetNotFoundException {
        return locate(DataLocator.explicit(root));
    }

    /** The folder holding the batch files. */
    public Path dir() {
        return dir;
    }

    /** Loads one split as {@code [N, 3, 32, 32]} (R, G, B planes) with labels 0..9. */
    public LabeledImages load(Split split) throws IOException {
        List<String> names = split == Split.TRAIN ? TRAIN_FILES : List.of(TEST_FILE);
        return Cifar10BinaryReader.readAll(names.stream().map(dir::resolve).toList());
    }
}
