package org.snn4j.datasets;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.snn4j.datasets.download.Resource;
import org.snn4j.datasets.io.LabeledImages;

/**
 * Fashion-MNIST (Xiao, Rasul, Vollgraf, "Fashion-MNIST: a Novel Image Dataset for Benchmarking
 * Machine Learning Algorithms", arXiv:1708.07747, 2017): 28x28 grey images of clothing, 60,000
 * train and 10,000 test, 6,000 / 1,000 per class, in MNIST's IDX file layout.
 *
 * <p>Besides {@code --data} and {@code $SNN4J_DATA/fashion-mnist}, it is found at
 * {@value #DEBIAN_DIR}, where Debian's {@code dataset-fashion-mnist} package installs the four
 * {@code .gz} files.
 */
public final class FashionMnist {
    /** Standard folder name under {@code $SNN4J_DATA}. */
    public static final String NAME = "fashion-mnist";
    /** Folder of Debian's {@code dataset-fashion-mnist} package. */
    public static final String DEBIAN_DIR = "/usr/share/datasets/fashion-mnist";
    /** Image side in pixels. */
    public static final int SIDE = IdxImageFiles.SIDE;
    /** Class names in label order. */
    public static final List<String> CLASS_NAMES = List.of("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
            "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot");
    /**
     * The four official {@code .gz} IDX files (kept compressed) from Zalando's bucket, then the
     * GitHub repository copy, with the MD5s torchvision's {@code FashionMNIST} publishes.
     */
    public static final List<Resource> DOWNLOADS = IdxImageFiles.downloads(NAME,
            List.of("http://fashion-mnist.s3-website.eu-central-1.amazonaws.com/",
                    "https://raw.githubusercontent.com/zalandoresearch/fashion-mnist/master/data/fashion/"),
            "8d4fb7e6c68d591d4c3dfef9ec88bf0d", "25c81989df183df01b3e8a0aad5dffbe",
            "bef4ecab320f06d8554ea6380940ec79", "bb300cfdad3c16e7a12a480ee83cd310");

    private final Path root;

    private FashionMnist(Path root) {
        this.root = root;
    }

    /** Finds Fashion-MNIST: explicit folder, else {@code $SNN4J_DATA/fashion-mnist}, else {@value #DEBIAN_DIR}. */
    public static FashionMnist locate(DataLocator locator) throws DatasetNotFoundException {
        return new FashionMnist(locator.locate(NAME, IdxImageFiles.required(), List.of(Path.of(DEBIAN_DIR))));
    }

    /** Fashion-MNIST in {@code root}. */
    public static FashionMnist at(Path root) throws DatasetNotFoundException {
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
