package org.snn4j.examples.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The data flags {@code compare} and {@code convert} share: the folder, the size of event images
 * and the CIFAR10-DVS options (named as the training config's {@code data} fields). Null means
 * "not given": the dataset's default, or for {@code convert} the checkpoint's setting.
 */
final class EventDataFlags {
    @Option(names = "--data", description = "The dataset's own root folder (default: $SNN4J_DATA/<dataset>).")
    Path data;

    @Option(names = "--size", paramLabel = "H,W", description = "Event data: image size, at most the sensor's "
            + "(default: nmnist 34,34, cifar10-dvs 48,48, dvs-gesture 32,32).")
    String size;

    @Option(names = "--orientation", description = "cifar10-dvs: jaer-upright | jaer-bottom-left | spikingjelly "
            + "(default: jaer-upright).")
    String orientation;

    @Option(names = "--split", description = "cifar10-dvs: tet (per class recordings 0-99 test, 9,000/1,000) | random "
            + "(stratified, seeded; compare: by --seed, convert: as the checkpoint records) (default: tet).")
    String split;

    @Option(names = "--train-ratio", description = "cifar10-dvs random split: fraction of each class that trains "
            + "(default: 0.9).")
    Double trainRatio;
}
