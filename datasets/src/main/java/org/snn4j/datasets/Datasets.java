package org.snn4j.datasets;

import java.util.List;
import org.snn4j.autograd.registry.Registry;
import org.snn4j.datasets.download.Resource;

/**
 * The dataset registry: each dataset's standard folder name under {@code $SNN4J_DATA} → its
 * downloadable files. The URLs and checksums live in the dataset class ({@code NMnist.DOWNLOADS},
 * ...); {@code snn4j data download <name>} looks the name up here. Adding a dataset is one class
 * (layout, reader, {@code NAME}, {@code DOWNLOADS}), its test and one line here.
 */
public final class Datasets {
    /** Dataset name → its files (official location first, then mirrors; checksum; archive type). */
    public static final Registry<List<Resource>> REGISTRY = new Registry<List<Resource>>("dataset")
            .register(NMnist.NAME, NMnist.DOWNLOADS)
            .register(Cifar10Dvs.NAME, Cifar10Dvs.DOWNLOADS)
            .register(DvsGesture.NAME, DvsGesture.DOWNLOADS)
            .register(Mnist.NAME, Mnist.DOWNLOADS)
            .register(FashionMnist.NAME, FashionMnist.DOWNLOADS)
            .register(Cifar10.NAME, Cifar10.DOWNLOADS);

    private Datasets() {
    }
}
