package org.snn4j.autograd.nn;

import org.snn4j.autograd.registry.Registry;

/**
 * The layer type registry: the logical names used in {@code model.json} ({@code "linear"},
 * {@code "conv2d"}, {@code "sequential"}, ...) → the {@link LayerSpec} record class describing
 * such a layer. It holds classes only, never live modules.
 *
 * <p>Other modules contribute their layers through a {@link org.snn4j.autograd.registry.RegistryEntries}
 * service whose {@code registry()} is {@link #KIND} (listed in
 * {@code META-INF/services/org.snn4j.autograd.registry.RegistryEntries}), or at run time with
 * {@code LayerTypes.REGISTRY.register("name", MySpec.class)}. {@link LayerTypeIdResolver} makes
 * Jackson read and write these names.
 */
public final class LayerTypes {
    /** The registry kind that layer type providers name. */
    public static final String KIND = "layer type";

    /** Logical layer type name → {@link LayerSpec} record class. */
    public static final Registry<Class<?>> REGISTRY = new Registry<Class<?>>(KIND)
            .register("linear", LinearSpec.class)
            .register("conv2d", Conv2dSpec.class)
            .register("avgpool2d", AvgPool2dSpec.class)
            .register("maxpool2d", MaxPool2dSpec.class)
            .register("flatten", FlattenSpec.class)
            .register("dropout", DropoutSpec.class)
            .register("batchnorm1d", BatchNorm1dSpec.class)
            .register("batchnorm2d", BatchNorm2dSpec.class)
            .register("relu", ReLUSpec.class)
            .register("sequential", SequentialSpec.class);

    private LayerTypes() {
    }
}
