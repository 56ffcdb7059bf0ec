package org.snn4j.examples.compare;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snn4j.datasets.Cifar10Dvs;
import org.snn4j.experiment.config.DataConfig;
import org.snn4j.experiment.data.EventSplits;

/**
 * Which data {@code snn4j compare} and {@code snn4j convert} use: the dataset, its folder, the
 * image size of event data and the CIFAR10-DVS options, named as in the training config's
 * {@code data} section ({@code orientation}, {@code split}, {@code trainRatio}).
 *
 * @param dataset     a name of {@link CompareData#DATASETS}
 * @param dir         the dataset's own folder, or null for {@code $SNN4J_DATA/<dataset>}
 * @param size        {@code [H, W]} of the images: for event data at most the sensor size
 *                    (null: the dataset's default, e.g. 48×48 for CIFAR10-DVS); static images
 *                    keep their own size
 * @param orientation {@code cifar10-dvs}: AEDAT 2.0 address to (x, y) (null: {@code jaer-upright}); else null
 * @param split       {@code cifar10-dvs}: {@code tet} or {@code random} (null: {@code tet}); else null
 * @param trainRatio  {@code cifar10-dvs} random split: fraction of each class that trains (null: 0.9); else null
 * @param seed        seed of the random split
 */
public record DataOptions(String dataset, Path dir, List<Integer> size, String orientation, String split,
                          Double trainRatio, long seed) {
    /** Defaults, as in the {@code data} section. */
    public static final String DEFAULT_ORIENTATION = "jaer-upright";
    public static final String DEFAULT_SPLIT = "tet";
    public static final double DEFAULT_TRAIN_RATIO = 0.9;

    /** Validates every field against the dataset and fills the defaults. */
    public DataOptions {
        CompareDataset d = dataset(dataset);
        size = checkSize(d, size == null ? d.defaultSize() : size);
        if (dataset.equals(Cifar10Dvs.NAME)) {
            orientation = oneOf("--orientation", orientation == null ? DEFAULT_ORIENTATION : orientation,
                    EventSplits.orientations());
            split = oneOf("--split", split == null ? DEFAULT_SPLIT : split, EventSplits.SPLITS);
            trainRatio = trainRatio == null ? DEFAULT_TRAIN_RATIO : trainRatio;
            if (!(trainRatio >= 0 && trainRatio <= 1)) {
                throw new IllegalArgumentException("--train-ratio must be in [0, 1], got " + trainRatio);
            }
        } else {
            onlyCifar("--orientation", orientation);
            onlyCifar("--split", split);
            onlyCifar("--train-ratio", trainRatio);
        }
    }

    /** The defaults of {@code dataset}. */
    public static DataOptions of(String dataset, Path dir) {
        return new DataOptions(dataset, dir, null, null, null, null, 0);
    }

    /** The entry of {@code name}; one line listing the names when there is none. */
    public static CompareDataset dataset(String name) {
        if (name == null || !CompareData.DATASETS.contains(name)) {
            throw new IllegalArgumentException("--dataset: " + CompareData.DATASETS.unknownMessage(name));
        }
        return CompareData.DATASETS.get(name);
    }

    /** {@code H,W} (or {@code HxW}, or one number for a square) as {@code [H, W]}; null stays null. */
    public static List<Integer> parseSize(String text) {
        if (text == null) {
            return null;
        }
        String[] parts = text.trim().split("\\s*[,x]\\s*");
        List<Integer> out = new ArrayList<>();
        try {
            for (String p : parts) {
                out.add(Integer.parseInt(p));
            }
        } catch (NumberFormatException e) {
            out.clear();
        }
        if (out.size() == 1) {
            out.add(out.get(0));
        }
        if (out.size() != 2) {
            throw new IllegalArgumentException("--size: expected H,W such as 48,48, got '" + text + "'");
        }
        return out;
    }

    /** The entry of {@link #dataset}. */
    public CompareDataset entry() {
        return CompareData.DATASETS.get(dataset);
    }

    /** The per-sample shape {@code [C, H, W]} of the images. */
    public long[] inputShape() {
        return new long[] {entry().shape().shape().get(0), size.get(0), size.get(1)};
    }

    /** The same settings as a training-config {@code data} section, for {@link EventSplits#split}. */
    public DataConfig dataConfig() {
        return new DataConfig(dataset, dir == null ? null : dir.toString(), 0, null, null, 0, 0, List.of(), orientation,
                split, trainRatio == null ? 0 : trainRatio, null);
    }

    /** The settings a checkpoint records (read back by {@code snn4j convert}); the folder is left out. */
    public Map<String, Object> metadata() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("dataset", dataset);
        m.put("size", size);
        if (orientation != null) {
            m.put("orientation", orientation);
            m.put("split", split);
            m.put("trainRatio", trainRatio);
            m.put("seed", seed);
        }
        return m;
    }

    private static List<Integer> checkSize(CompareDataset d, List<Integer> size) {
        List<Integer> sensor = d.sensor();
        if (size.size() != 2) {
            throw new IllegalArgumentException("--size must be H,W, got " + size);
        }
        if (!d.events() && !size.equals(sensor)) {
            throw new IllegalArgumentException("--size: " + d.name() + " images are " + sensor.get(0) + "x" + sensor.get(1)
                    + "; only event datasets take another size");
        }
        if (size.get(0) < 1 || size.get(1) < 1 || size.get(0) > sensor.get(0) || size.get(1) > sensor.get(1)) {
            throw new IllegalArgumentException("--size: " + size.get(0) + "," + size.get(1) + " must be at least 1,1 and at most"
                    + " the " + d.name() + " sensor size " + sensor.get(0) + "," + sensor.get(1));
        }
        return List.copyOf(size);
    }

    private static String oneOf(String option, String value, List<String> allowed) {
        if (!allowed.contains(value)) {
            throw new IllegalArgumentException(option + ": '" + value + "' is not one of " + String.join(", ", allowed));
        }
        return value;
    }

    private static void onlyCifar(String option, Object value) {
        if (value != null) {
            throw new IllegalArgumentException(option + ": only " + Cifar10Dvs.NAME + " takes this option");
        }
    }
}
