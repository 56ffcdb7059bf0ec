package org.snn4j.examples.compare;

import java.io.IOException;
import java.util.List;
import org.snn4j.autograd.registry.Registry;
import org.snn4j.datasets.Cifar10Dvs;
import org.snn4j.datasets.DataLocator;
import org.snn4j.datasets.DvsGesture;
import org.snn4j.datasets.FashionMnist;
import org.snn4j.datasets.Mnist;
import org.snn4j.datasets.NMnist;
import org.snn4j.datasets.Split;
import org.snn4j.experiment.data.EventSplits;
import org.snn4j.experiment.data.ImageData;

/**
 * The datasets of {@code snn4j compare} and {@code snn4j convert}, one per dataset the training
 * pipeline serves: MNIST and Fashion-MNIST pixels / 255 ({@code [1, 28, 28]}), and the event
 * datasets as accumulated rate images {@code [2, H, W]} ({@link EventImages}): N-MNIST at its
 * 34×34, CIFAR10-DVS (orientation, TET or seeded random split, {@link EventSplits}) at 48×48 (the
 * size of the TET recipe, Deng et al., ICLR 2022) and DVS128 Gesture (user split, 11 classes) at
 * 32×32 unless {@code --size} says otherwise.
 */
public final class CompareData {
    /** Dataset name ({@code --dataset}) → how to load it as images. */
    public static final Registry<CompareDataset> DATASETS = new Registry<CompareDataset>("compare dataset")
            .register(Mnist.NAME, CompareDataset.images(Mnist.NAME, Mnist.CLASS_NAMES.size()))
            .register(FashionMnist.NAME, CompareDataset.images(FashionMnist.NAME, FashionMnist.CLASS_NAMES.size()))
            .register(NMnist.NAME, CompareDataset.events(NMnist.NAME, NMnist.CLASS_NAMES.size(),
                    List.of(NMnist.HEIGHT, NMnist.WIDTH),
                    (data, split) -> NMnist.locate(DataLocator.fromEnvironment(data.dir())).split(split)))
            .register(Cifar10Dvs.NAME, CompareDataset.events(Cifar10Dvs.NAME, Cifar10Dvs.CLASS_NAMES.size(),
                    List.of(48, 48), (data, split) -> EventSplits.split(data.dataConfig(), split, data.seed())))
            .register(DvsGesture.NAME, CompareDataset.events(DvsGesture.NAME, DvsGesture.CLASS_NAMES.size(),
                    List.of(32, 32), (data, split) -> EventSplits.split(data.dataConfig(), split, data.seed())));

    private CompareData() {
    }

    /** One split of the data, at most {@code limit} evenly spaced samples (null: all). */
    public static ImageData load(DataOptions data, Split split, Integer limit) throws IOException {
        return data.entry().load(data, split, limit);
    }
}
