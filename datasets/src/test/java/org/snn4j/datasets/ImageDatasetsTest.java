package org.snn4j.datasets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.snn4j.datasets.io.LabeledImages;
import org.snn4j.datasets.io.MalformedFileException;

/** MNIST, Fashion-MNIST and CIFAR-10 dataset classes: lookup, splits and labels. */
class ImageDatasetsTest {

    private static int[] counts(LabeledImages im, int classes) {
        int[] c = new int[classes];
        for (int l : im.labels()) {
            c[l]++;
        }
        return c;
    }

    @Test
    void mnistFromSharedData() throws Exception {
        Mnist mnist = Mnist.locate(new DataLocator(null, SharedDataDir.root()));
        LabeledImages test = mnist.load(Split.TEST);
        LabeledImages train = mnist.load(Split.TRAIN);
        assertArrayEquals(new int[] {980, 1135, 1032, 1010, 982, 892, 958, 1028, 974, 1009}, counts(test, 10));
        assertArrayEquals(new int[] {1001, 1127, 991, 1032, 980, 863, 1014, 1070, 944, 978}, counts(train, 10));
        long sum = 0;
        for (int y = 0; y < 28; y++) {
            for (int x = 0; x < 28; x++) {
                sum += test.pixel(0, 0, y, x);
            }
        }
        assertEquals(18454, sum);
        INDArray first = test.slice(0, 2).toINDArray(1f / 255);
        assertArrayEquals(new long[] {2, 1, 28, 28}, first.shape());
        assertEquals(18454 / 255.0, first.slice(0).sumNumber().doubleValue(), 1e-3);
    }

    @Test
    void mnistAlsoReadsUncompressedFiles(@TempDir Path dir) throws Exception {
        Path shared = SharedDataDir.resolve("mnist");
        for (String f : new String[] {"train-images-idx3-ubyte", "train-labels-idx1-ubyte", "t10k-images-idx3-ubyte",
            "t10k-labels-idx1-ubyte"}) {
            try (GZIPInputStream in = new GZIPInputStream(Files.newInputStream(shared.resolve(f + ".gz")))) {
                Files.write(dir.resolve(f), in.readAllBytes());
            }
        }
        assertEquals(7, Mnist.at(dir).load(Split.TEST).label(0));
        Files.write(dir.resolve("t10k-labels-idx1-ubyte"), new byte[] {0, 0, 8, 1, 0, 0, 0, 1, 12});
        MalformedFileException ex = assertThrows(MalformedFileException.class, () -> Mnist.at(dir).load(Split.TEST));
        assertTrue(ex.getMessage().contains("1 labels for 10000 images"), ex.getMessage());
    }

    @Test
    void missingMnistListsTheFourFiles(@TempDir Path dir) {
        DatasetNotFoundException ex = assertThrows(DatasetNotFoundException.class, () -> Mnist.at(dir));
        assertTrue(ex.getMessage().contains("missing train-images-idx3-ubyte.gz or train-images-idx3-ubyte, "
                + "train-labels-idx1-ubyte.gz or train-labels-idx1-ubyte"), ex.getMessage());
    }

    @Test
    void fashionMnistIsFoundInDebiansFolder() throws Exception {
        assumeTrue(Files.isDirectory(Path.of(FashionMnist.DEBIAN_DIR)),
                "Debian package dataset-fashion-mnist is not installed (apt-get install dataset-fashion-mnist)");
        FashionMnist fm = FashionMnist.locate(new DataLocator(null, null));
        assertEquals(Path.of(FashionMnist.DEBIAN_DIR), fm.root());
        LabeledImages test = fm.load(Split.TEST);
        assertEquals(10_000, test.size());
        assertArrayEquals(new int[] {1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000}, counts(test, 10));
        assertEquals(9, test.label(0), "the first test image is an ankle boot");
        assertEquals("Ankle boot", FashionMnist.CLASS_NAMES.get(9));
    }

    /** Writes n synthetic CIFAR-10 records with labels i mod 10. */
    private static void batch(Path file, int n, int offset) throws Exception {
        byte[] b = new byte[n * 3073];
        for (int i = 0; i < n; i++) {
            b[i * 3073] = (byte) ((i + offset) % 10);
            b[i * 3073 + 1] = (byte) (i + offset);
        }
        Files.createDirectories(file.getParent());
        Files.write(file, b);
    }

    @Test
    void cifar10InTheArchiveSubfolder(@TempDir Path root) throws Exception {
        Path dir = root.resolve(Cifar10.ARCHIVE_DIR);
        for (int k = 0; k < 5; k++) {
            batch(dir.resolve(Cifar10.TRAIN_FILES.get(k)), 4, 4 * k);
        }
        batch(dir.resolve(Cifar10.TEST_FILE), 3, 100);
        Cifar10 c = Cifar10.at(root);
        assertEquals(dir, c.dir());
        LabeledImages train = c.load(Split.TRAIN);
        assertEquals(20, train.size());
        assertEquals(19 % 10, train.label(19));
        assertEquals(19, train.pixel(19, 0, 0, 0), "batches are concatenated in order");
        assertArrayEquals(new int[] {0, 1, 2}, c.load(Split.TEST).labels());
        Files.delete(dir.resolve("data_batch_3.bin"));
        DatasetNotFoundException ex = assertThrows(DatasetNotFoundException.class, () -> Cifar10.at(root));
        assertTrue(ex.getMessage().contains("missing data_batch_3.bin or cifar-10-batches-bin/data_batch_3.bin"), ex.getMessage());
    }
}
