package org.snn4j.experiment.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.snn4j.datasets.Cifar10Dvs;
import org.snn4j.datasets.DataLocator;
import org.snn4j.datasets.DvsGesture;
import org.snn4j.datasets.EventDataset;
import org.snn4j.datasets.NMnist;
import org.snn4j.datasets.Split;
import org.snn4j.datasets.io.Dvs128Orientation;
import org.snn4j.experiment.config.DataConfig;

/**
 * The train or test recordings of an event dataset as the {@code data} section picks them:
 * {@code nmnist} with its Train/Test folders (60,000/10,000 on the full set, or whatever subset
 * tree is there); {@code cifar10-dvs} with its orientation and the TET split (per class, recordings 0-99 test,
 * the rest train: 9,000/1,000 on the full set) or a seeded stratified random split
 * ({@code trainRatio}, the experiment seed); {@code dvs-gesture} with its user split (1-23 train,
 * 24-29 test). Nothing is read here but the folder listing.
 */
public final class EventSplits {
    /** CIFAR10-DVS split names. */
    public static final List<String> SPLITS = List.of("tet", "random");

    private EventSplits() {
    }

    /** The orientation names a config accepts ({@code jaer-upright}, ...). */
    public static List<String> orientations() {
        return java.util.Arrays.stream(Dvs128Orientation.values()).map(EventSplits::configName).toList();
    }

    /** The config name of an orientation: lower case, dashes. */
    public static String configName(Dvs128Orientation o) {
        return o.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The recordings of {@code split}. */
    public static EventDataset split(DataConfig data, Split split, long seed) throws IOException {
        DataLocator locator = DataLocator.fromEnvironment(data.dir() == null ? null : Path.of(data.dir()));
        return switch (data.dataset()) {
            case Cifar10Dvs.NAME -> {
                Dvs128Orientation o = Dvs128Orientation.valueOf(data.orientation().toUpperCase(Locale.ROOT).replace('-', '_'));
                Cifar10Dvs ds = Cifar10Dvs.locate(locator, o);
                yield data.split().equals("tet") ? ds.tetSplit(split) : ds.randomSplit(split, data.trainRatio(), seed);
            }
            case DvsGesture.NAME -> DvsGesture.locate(locator).split(split);
            case NMnist.NAME -> NMnist.locate(locator).split(split);
            default -> throw new IllegalArgumentException("data.dataset: " + data.dataset() + " is not an event dataset");
        };
    }
}
