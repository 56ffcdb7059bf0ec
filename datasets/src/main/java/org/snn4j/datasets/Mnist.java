package org.snn4j.datasets;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.snn4j.datasets.download.Resource;
import org.snn4j.datasets.io.IdxReader;
import org.snn4j.datasets.io.LabeledImages;

/**
 * MNIST handwritten digits (LeCun, Bottou, Bengio, Haffner, 1998), 28x28 grey images, 60,000
 * train and 10,000 test, in the official IDX files (gzip or raw) read with {@link IdxReader}.
 * Pixels are 0 (background) to 255 (ink), first row at the top.
 */
public final class Mnist {
    /** Standard folder name under {@code $SNN4J_DATA}. */
    public static final String NAME = "mnist";
    /** Image side in pixels. */
    public static final int SIDE = IdxImageFiles.SIDE;
    /** Class names: the digits "0".."9". */
    public static final List<String> CLASS_NAMES = List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
    /**
     * The four official {@code .gz} IDX files (kept compressed) from LeCun's page, then the PyTorch
     * mirror, with the MD5s torchvision's {@code MNIST} publishes.
     */
    public static final List<Resource> DOWNLOADS = IdxImageFiles.downloads(NAME,
            List.of("http://yann.lecun.com/exdb/mnist/", "https://ossci-datasets.s3.amazonaws.com/mnist/"),
            "f68b3c2dcbeaaa9fbdd348bbdeb94873", "d53e105ee54ea40749a09fcbcd1e9432",
            "9fb629c4189551a2d022fa330f9573f3", "ec29112dd5afa0611ce80d1b7f02629c");

    private final Path root;

    private Mnist(Path root) {
        this.root = root;
    }

    /** Finds MNIST via {@code locator} (explicit folder, else {@code $SNN4J_DATA/mnist}). */
    public static Mnist locate(DataLocator locator) throws DatasetNotFoundException {
        return new Mnist(locator.locate(NAME, IdxImageFiles.required(), List.of()));
    }

    /** MNIST in {@code root}. */
    public static Mnist at(Path root) throws DatasetNotFoundException {
        return locate(DataLocator.explicit(root));
    }

    public Path root() {
        return root;
    }

    /** Loads one split as {@code [N, 1, 28, 28]} unsigned bytes with labels 0..9. */
    public LabeledImages load(Split split) throws IOException {
        return IdxImageFiles.load(root, split, CLASS_NAMES.size());
    }
}
