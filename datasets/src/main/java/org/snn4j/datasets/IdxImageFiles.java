package org.snn4j.datasets;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.snn4j.datasets.download.ArchiveType;
import org.snn4j.datasets.download.Checksum;
import org.snn4j.datasets.download.Resource;
import org.snn4j.datasets.io.IdxArray;
import org.snn4j.datasets.io.IdxReader;
import org.snn4j.datasets.io.LabeledImages;
import org.snn4j.datasets.io.MalformedFileException;

/**
 * The official MNIST-style file set shared by MNIST and Fashion-MNIST:
 * {@code train-images-idx3-ubyte}, {@code train-labels-idx1-ubyte}, {@code t10k-images-idx3-ubyte},
 * {@code t10k-labels-idx1-ubyte}, each gzip-compressed ({@code .gz}) or raw.
 */
final class IdxImageFiles {
    static final int SIDE = 28;

    private IdxImageFiles() {
    }

    /** Required entries for {@link DataLocator}: each file as {@code .gz} or raw. */
    static List<String> required() {
        return List.of(alternatives("train-images-idx3-ubyte"), alternatives("train-labels-idx1-ubyte"),
                alternatives("t10k-images-idx3-ubyte"), alternatives("t10k-labels-idx1-ubyte"));
    }

    /**
     * The four files as {@code .gz} downloads of {@code dataset}, each from every base URL in
     * turn (official first), with MD5s in the order train images, train labels, test images, test
     * labels.
     */
    static List<Resource> downloads(String dataset, List<String> bases, String... md5) {
        String[] files = {"train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz", "t10k-images-idx3-ubyte.gz",
            "t10k-labels-idx1-ubyte.gz"};
        List<Resource> out = new ArrayList<>();
        for (int i = 0; i < files.length; i++) {
            List<URI> urls = new ArrayList<>();
            for (String base : bases) {
                urls.add(URI.create(base + files[i]));
            }
            out.add(new Resource(dataset, files[i], urls, Checksum.md5(md5[i]), ArchiveType.NONE, "", null));
        }
        return List.copyOf(out);
    }

    private static String alternatives(String stem) {
        return stem + ".gz|" + stem;
    }

    /** Loads one split's images ({@code [N, 1, 28, 28]}) and labels (0..classes-1). */
    static LabeledImages load(Path root, Split split, int classes) throws IOException {
        String prefix = split == Split.TRAIN ? "train" : "t10k";
        Path imagesFile = file(root, prefix + "-images-idx3-ubyte");
        Path labelsFile = file(root, prefix + "-labels-idx1-ubyte");
        IdxArray images = IdxReader.readImages(imagesFile);
        IdxArray labels = IdxReader.readLabels(labelsFile);
        if (images.dim(1) != SIDE || images.dim(2) != SIDE) {
            throw new MalformedFileException(imagesFile.toString(), 8, "images are " + images.dim(1) + "x"
                    + images.dim(2) + ", expected " + SIDE + "x" + SIDE);
        }
        if (images.dim(0) == 0) {
            throw new MalformedFileException(imagesFile.toString(), 4, "the file declares 0 images; an empty "
                    + split.name().toLowerCase(java.util.Locale.ROOT) + " split cannot be used");
        }
        if (images.dim(0) != labels.dim(0)) {
            throw new MalformedFileException(labelsFile.toString(), 4, labels.dim(0) + " labels for "
                    + images.dim(0) + " images in " + imagesFile.getFileName());
        }
        byte[] labelBytes = labels.rawBytes();
        for (int i = 0; i < labelBytes.length; i++) {
            if ((labelBytes[i] & 0xFF) >= classes) {
                throw new MalformedFileException(labelsFile.toString(), 8L + i, "label " + (labelBytes[i] & 0xFF)
                        + " is outside 0.." + (classes - 1));
            }
        }
        return new LabeledImages(images.rawBytes(), labelBytes, 1, SIDE, SIDE);
    }

    private static Path file(Path root, String stem) {
        Path gz = root.resolve(stem + ".gz");
        return Files.isRegularFile(gz) ? gz : root.resolve(stem);
    }
}
