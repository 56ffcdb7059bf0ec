package org.snn4j.neurons.layers;

import java.util.ArrayList;
import java.util.List;
import org.snn4j.autograd.nn.BatchNorm2dSpec;
import org.snn4j.autograd.nn.Conv2dSpec;
import org.snn4j.autograd.nn.FlattenSpec;
import org.snn4j.autograd.nn.LayerSpec;
import org.snn4j.autograd.nn.LinearSpec;
import org.snn4j.autograd.nn.MaxPool2dSpec;
import org.snn4j.autograd.nn.SequentialSpec;

/**
 * Builds the spec of a spiking convolutional network over {@code [T, B, C, H, W]} in the common
 * SpikingJelly shape: per stage
 *
 * <pre>
 * Conv2d(c_in, c, 3, padding 1, no bias) → BatchNorm2d(c) over T·B·H·W → neuron → MaxPool2d(2)
 * </pre>
 * then {@code Flatten(2) → [Linear → neuron]} per hidden size {@code → Linear(…, classes) → output neuron}.
 * Each pooling halves H and W (rounding down).
 *
 * <pre>{@code
 * // 28×28 MNIST: 1×28×28 → 32×14×14 → 32×7×7 → 800 → 10
 * SequentialSpec cnn = SnnConvNet.spec(1, 28, 28, new int[] {32, 32}, new int[] {800}, 10, NeuronLayerSpec.of("lif"), NeuronLayerSpec.of("lif"));
 * }</pre>
 */
public final class SnnConvNet {
    private SnnConvNet() {
    }

    /**
     * @param inChannels input channels C
     * @param height     input height H
     * @param width      input width W
     * @param channels   output channels of each conv stage (at least one)
     * @param hidden     sizes of the hidden fully connected layers (may be empty)
     * @param classes    output size
     * @param neuron     the neuron after every conv stage and hidden Linear
     * @param output     the neuron after the last Linear
     */
    public static SequentialSpec spec(int inChannels, int height, int width, int[] channels, int[] hidden, int classes,
                                      NeuronLayerSpec neuron, NeuronLayerSpec output) {
        if (channels.length == 0) {
            throw new IllegalArgumentException("SnnConvNet needs at least one conv stage");
        }
        List<LayerSpec> layers = new ArrayList<>();
        int c = inChannels;
        int h = height;
        int w = width;
        for (int out : channels) {
            if (h < 2 || w < 2) {
                throw new IllegalArgumentException("SnnConvNet: a " + h + "×" + w + " map cannot be pooled again; "
                        + "use fewer conv stages for a " + height + "×" + width + " input");
            }
            layers.add(new Conv2dSpec(c, out, 3, 1, 1, 1, false));
            layers.add(new BatchNorm2dSpec(out));
            layers.add(neuron);
            layers.add(new MaxPool2dSpec(2));
            c = out;
            h /= 2;
            w /= 2;
        }
        layers.add(new FlattenSpec(2));
        int features = c * h * w;
        for (int size : hidden) {
            layers.add(new LinearSpec(features, size));
            layers.add(neuron);
            features = size;
        }
        layers.add(new LinearSpec(features, classes));
        layers.add(output);
        return new SequentialSpec(layers);
    }
}
