package org.snn4j.examples.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.snn4j.datasets.DataLocator;
import org.snn4j.datasets.EvenSubset;
import org.snn4j.datasets.FashionMnist;
import org.snn4j.datasets.Mnist;
import org.snn4j.datasets.Split;
import org.snn4j.datasets.cache.ProgressBar;
import org.snn4j.datasets.emulator.EmulatedDatasets;
import org.snn4j.datasets.emulator.EmulationPreset;
import org.snn4j.datasets.io.LabeledImages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code snn4j data emulate}: records MNIST or Fashion-MNIST images with the DVS emulator.
 * {@code --layout nmnist} (default) writes an N-MNIST folder ({@code Train/<d>/NNNNN.bin},
 * {@code Test/<d>/NNNNN.bin}, 34×34, NNNNN the 1-based index of the image in its MNIST file) from
 * {@code train-count} and {@code test-count} evenly spaced images of each split (every class, though
 * the MNIST training file is stored class by class), which the {@code nmnist} presets load with
 * {@code --data OUT};
 * {@code --layout cifar10-dvs} writes the official CIFAR10-DVS tree
 * ({@code <class>/cifar10_<class>_<k>.aedat}, AEDAT 2.0, 128×128 upright, digit d named after
 * CIFAR-10 class d) from {@code train-count + test-count} evenly spaced training images, which the
 * {@code cifar10dvs-*} presets load; the split (TET: per class k &lt; 100 test) is made when loading.
 * {@code --layout dvs-gesture} writes a DVS128 Gesture stand-in (AEDAT 3.1): the training images
 * one after another as user 1, the test images as user 24, each a labelled interval (class
 * digit + 1), which the {@code dvs-gesture-plif} preset loads.
 */
@Command(name = "emulate", mixinStandardHelpOptions = true,
        description = "Emulate DVS recordings of static images into an N-MNIST, CIFAR10-DVS or DVS128 Gesture folder.")
final class DataEmulateCommand implements Callable<Integer> {
    @Option(names = "--layout", defaultValue = "nmnist",
            description = "nmnist (34x34 .bin, Train/Test), cifar10-dvs (128x128 AEDAT 2.0 class folders) or dvs-gesture"
                    + " (128x128 AEDAT 3.1 with label CSVs, one train and one test user) (default ${DEFAULT-VALUE}).")
    String layout;

    @Option(names = "--images", defaultValue = "mnist", description = "mnist or fashion-mnist (default ${DEFAULT-VALUE}).")
    String images;

    @Option(names = "--data", description = "The image dataset's root folder (default: $SNN4J_DATA/<images>).")
    Path data;

    @Option(names = "--train-count", defaultValue = "100", description = "Training images to record (default ${DEFAULT-VALUE}).")
    int trainCount;

    @Option(names = "--test-count", defaultValue = "100", description = "Test images to record (default ${DEFAULT-VALUE}).")
    int testCount;

    @Option(names = "--out", required = true, description = "Output folder (N-MNIST layout).")
    Path out;

    @Option(names = "--seed", defaultValue = "1", description = "Seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws Exception {
        if (trainCount < 1 || testCount < 1) {
            throw new IllegalArgumentException("--train-count and --test-count must be >= 1");
        }
        OutputTargets.folder("--out", out);
        DataLocator locator = DataLocator.fromEnvironment(data);
        int n = switch (layout) {
            case "nmnist" -> write(locator, Split.TRAIN, trainCount) + write(locator, Split.TEST, testCount);
            case "cifar10-dvs" -> EmulatedDatasets.writeCifar10DvsLayout(
                    load(locator, Split.TRAIN, Integer.MAX_VALUE).spread(trainCount + testCount),
                    out, EmulationPreset.cifar10Dvs(), seed, 2,
                    ProgressBar.console("emulate cifar10-dvs", trainCount + testCount, false));
            case "dvs-gesture" -> EmulatedDatasets.writeDvsGestureLayout(
                    load(locator, Split.TRAIN, Integer.MAX_VALUE).spread(trainCount + testCount), trainCount, out,
                    EmulationPreset.cifar10Dvs(), seed);
            default -> throw new IllegalArgumentException("--layout must be nmnist, cifar10-dvs or dvs-gesture, got '"
                    + layout + "'");
        };
        System.out.println("wrote " + n + " recordings to " + out + " (load with --data " + out + ")");
        return 0;
    }

    /** Writes {@code count} evenly spaced images of {@code split}, each named after its index in the file. */
    private int write(DataLocator locator, Split split, int count) throws Exception {
        LabeledImages all = load(locator, split, Integer.MAX_VALUE);
        LabeledImages li = all.spread(count);
        int size = all.size();
        int n = li.size();
        return EmulatedDatasets.writeNMnistLayout(li, i -> EvenSubset.index(i, size, n), split, out, EmulationPreset.nmnist(), seed, 2,
                ProgressBar.console("emulate " + split.name().toLowerCase(java.util.Locale.ROOT), li.size(), false));
    }

    private LabeledImages load(DataLocator locator, Split split, int count) throws Exception {
        LabeledImages li = switch (images) {
            case "mnist" -> Mnist.locate(locator).load(split);
            case "fashion-mnist" -> FashionMnist.locate(locator).load(split);
            default -> throw new IllegalArgumentException("--images must be mnist or fashion-mnist, got '" + images + "'");
        };
        return li.spread(count); // evenly spaced: the MNIST train file is stored class by class
    }
}
