package org.snn4j.conversion;

/**
 * An ANN layer that ANN-to-SNN conversion cannot map, named by its position in the network and
 * its type, e.g. {@code layer 3 ('lif', NeuronLayer): not supported by ANN-to-SNN conversion ...}.
 */
public class UnsupportedLayerException extends IllegalArgumentException {
    private final String position;
    private final String layerType;

    /**
     * @param position  the layer's dotted position in the network, e.g. {@code "3"} or {@code "1.2"}
     * @param layerType the layer's registry type name (or class name)
     * @param reason    what is wrong and what to do instead
     */
    public UnsupportedLayerException(String position, String layerType, String reason) {
        super("layer " + position + " ('" + layerType + "'): " + reason);
        this.position = position;
        this.layerType = layerType;
    }

    /** The dotted position of the offending layer. */
    public String position() {
        return position;
    }

    /** The registry type name of the offending layer. */
    public String layerType() {
        return layerType;
    }
}
