package org.snn4j.examples.compare;

import java.io.IOException;
import java.nio.file.Path;
import org.snn4j.datasets.Split;
import org.snn4j.experiment.data.ImageData;

/** Loads one split of a dataset as images for {@code snn4j compare}; an entry of {@link CompareData#SOURCES}. */
@FunctionalInterface
public interface ImageSource {

    /**
     * At most {@code limit} evenly spaced samples of {@code split}.
     *
     * @param dir the dataset's folder, or null for {@code $SNN4J_DATA/<dataset>}
     */
    ImageData load(Path dir, Split split, Integer limit) throws IOException;
}
