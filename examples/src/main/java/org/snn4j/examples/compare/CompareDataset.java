package org.snn4j.examples.compare;

import java.io.IOException;
import java.util.List;
import org.snn4j.datasets.EventDataset;
import org.snn4j.datasets.Split;
import org.snn4j.experiment.data.DatasetShape;
import org.snn4j.experiment.data.ImageData;

/**
 * A dataset {@code snn4j compare} and {@code snn4j convert} work on; an entry of
 * {@link CompareData#DATASETS}. Static images are used as they are ({@code [1, 28, 28]} in [0, 1]);
 * event recordings are accumulated into one {@code [2, H, W]} image per recording at a chosen size
 * ({@link EventImages}).
 *
 * @param shape       what the training pipeline knows of the dataset: event or static, sensor
 *                    shape {@code [C, H, W]} ({@link DatasetShape#REGISTRY})
 * @param classes     number of classes (the width of the output layer)
 * @param defaultSize {@code [H, W]} of the images when {@code --size} is absent
 * @param recordings  event datasets: the recordings of a split; null for static images
 */
public record CompareDataset(DatasetShape shape, int classes, List<Integer> defaultSize, Recordings recordings) {

    /** The recordings of one split of an event dataset, as the data options pick them. */
    @FunctionalInterface
    public interface Recordings {
        /** Nothing is read here but the folder listing. */
        EventDataset split(DataOptions data, Split split) throws IOException;
    }

    /** Validates the entry. */
    public CompareDataset {
        defaultSize = List.copyOf(defaultSize);
        if (shape.events() != (recordings != null)) {
            throw new IllegalArgumentException(shape.name() + ": event datasets need recordings, static ones none");
        }
    }

    /** A static image dataset of the pipeline, at its own size. */
    static CompareDataset images(String name, int classes) {
        DatasetShape s = DatasetShape.REGISTRY.get(name);
        return new CompareDataset(s, classes, s.shape().subList(1, 3), null);
    }

    /** An event dataset of the pipeline, accumulated at {@code defaultSize} unless told otherwise. */
    static CompareDataset events(String name, int classes, List<Integer> defaultSize, Recordings recordings) {
        return new CompareDataset(DatasetShape.REGISTRY.get(name), classes, defaultSize, recordings);
    }

    public String name() {
        return shape.name();
    }

    /** Whether samples are event recordings. */
    public boolean events() {
        return shape.events();
    }

    /** {@code [H, W]} of the sensor (event data) or of the images. */
    public List<Integer> sensor() {
        return shape.shape().subList(1, 3);
    }

    /** At most {@code limit} evenly spaced samples of {@code split} as images in [0, 1]. */
    public ImageData load(DataOptions data, Split split, Integer limit) throws IOException {
        if (recordings == null) {
            return ImageData.load(name().equals("fashion-mnist"), data.dir(), split, limit);
        }
        return EventImages.load(recordings.split(data, split), data.size().get(0), data.size().get(1), limit);
    }
}
