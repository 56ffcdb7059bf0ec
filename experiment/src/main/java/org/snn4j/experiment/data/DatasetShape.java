package org.snn4j.experiment.data;

import java.util.List;
import org.snn4j.autograd.registry.Registry;

/**
 * What a config needs to know about a dataset before loading it: whether it holds static images
 * or event recordings, the per-sample shape {@code [C, H, W]} (events: 2 polarities × sensor), and
 * how its frames may be sized.
 *
 * @param name      the dataset's registry name (its folder under {@code $SNN4J_DATA})
 * @param events    whether samples are event recordings (framed) rather than images (encoded)
 * @param shape     per-sample shape {@code [C, H, W]}
 * @param resizable whether frames may be any size up to the sensor (events binned by area,
 *                  {@code Resize}) rather than the sensor divided by an integer factor ({@code Downsample})
 */
public record DatasetShape(String name, boolean events, List<Integer> shape, boolean resizable) {
    /** The datasets configs can train on. */
    public static final Registry<DatasetShape> REGISTRY = new Registry<DatasetShape>("dataset")
            .register("mnist", new DatasetShape("mnist", false, List.of(1, 28, 28), false))
            .register("fashion-mnist", new DatasetShape("fashion-mnist", false, List.of(1, 28, 28), false))
            .register("nmnist", new DatasetShape("nmnist", true, List.of(2, 34, 34), false))
            .register("cifar10-dvs", new DatasetShape("cifar10-dvs", true, List.of(2, 128, 128), true))
            .register("dvs-gesture", new DatasetShape("dvs-gesture", true, List.of(2, 128, 128), true));

    public DatasetShape {
        shape = List.copyOf(shape);
    }
}
