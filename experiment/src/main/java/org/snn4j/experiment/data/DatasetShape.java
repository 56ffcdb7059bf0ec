package org.snn4j.experiment.data;

import java.util.List;
import org.snn4j.autograd.registry.Registry;

/**
 * What a config needs to know about a dataset before loading it: whether it holds static images
 * or event recordings, and the per-sample shape {@code [C, H, W]} (events: 2 polarities × sensor).
 *
 * @param name   the dataset's registry name (its folder under {@code $SNN4J_DATA})
 * @param events whether samples are event recordings (framed) rather than images (encoded)
 * @param shape  per-sample shape {@code [C, H, W]}
 */
public record DatasetShape(String name, boolean events, List<Integer> shape) {
    /** The datasets configs can train on. */
    public static final Registry<DatasetShape> REGISTRY = new Registry<DatasetShape>("dataset")
            .register("mnist", new DatasetShape("mnist", false, List.of(1, 28, 28)))
            .register("fashion-mnist", new DatasetShape("fashion-mnist", false, List.of(1, 28, 28)))
            .register("nmnist", new DatasetShape("nmnist", true, List.of(2, 34, 34)));

    public DatasetShape {
        shape = List.copyOf(shape);
    }
}
