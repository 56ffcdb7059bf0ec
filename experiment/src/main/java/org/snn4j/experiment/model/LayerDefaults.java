package org.snn4j.experiment.model;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import org.snn4j.autograd.nn.AvgPool2dSpec;
import org.snn4j.autograd.nn.BatchNorm1dSpec;
import org.snn4j.autograd.nn.BatchNorm2dSpec;
import org.snn4j.autograd.nn.Conv2dSpec;
import org.snn4j.autograd.nn.DropoutSpec;
import org.snn4j.autograd.nn.FlattenSpec;
import org.snn4j.autograd.nn.LayerJson;
import org.snn4j.autograd.nn.LayerSpec;
import org.snn4j.autograd.nn.LayerTypes;
import org.snn4j.autograd.nn.LinearSpec;
import org.snn4j.autograd.nn.MaxPool2dSpec;
import org.snn4j.autograd.nn.ReLUSpec;
import org.snn4j.experiment.ConfigException;
import org.snn4j.experiment.ConfigTree;
import org.snn4j.neurons.encoding.LearnableEncoderSpec;
import org.snn4j.neurons.layers.BnttSpec;
import org.snn4j.neurons.layers.NeuronLayerSpec;
import org.snn4j.neurons.layers.RecurrentLifSpec;
import org.snn4j.neurons.layers.SharedDropoutSpec;
import org.snn4j.neurons.layers.SpikingLayerTypes;
import org.snn4j.neurons.layers.TdBatchNormSpec;
import org.snn4j.neurons.model.Neurons;
import org.snn4j.neurons.plasticity.AdditiveHardBound;
import org.snn4j.neurons.plasticity.PlasticLayerSpec;
import org.snn4j.neurons.plasticity.StdpWindow;
import org.snn4j.neurons.plasticity.TraceStdp;
import org.snn4j.neurons.slayer.SrmParameters;
import org.snn4j.neurons.slayer.layer.SlayerConvSpec;
import org.snn4j.neurons.slayer.layer.SlayerDelaySpec;
import org.snn4j.neurons.slayer.layer.SlayerDenseSpec;
import org.snn4j.neurons.slayer.layer.SlayerFlattenSpec;
import org.snn4j.neurons.slayer.layer.SlayerPoolSpec;
import org.snn4j.neurons.slayer.layer.SlayerSrmSpec;

/**
 * The default of every field of a layer's short form, and the sizes inferred from the input shape.
 *
 * <p>Inferred from the per-sample input shape {@code [C, ...]}: {@code conv2d.inChannels},
 * {@code slayer-conv.inChannels}, {@code batchnorm2d/batchnorm1d/tdbn/bntt.numFeatures} = C;
 * {@code linear.in}, {@code slayer-dense.in}, {@code slayer-delay.size} = the product of the shape;
 * {@code bntt.timeSteps} = T; {@code flatten.startDim} = 2 for time-major input, else 1. Required
 * (no default): {@code linear.out}, {@code slayer-dense.out}, {@code conv2d/slayer-conv.outChannels}
 * and {@code kernelSize}, {@code recurrent-lif.size}. Every other field defaults to the spec's own
 * short constructor: pools {@code kernelSize} 2 and stride = kernel, convolutions stride 1, padding 0,
 * dilation 1, bias on; dropouts p = 0.5; batch norms eps 1e-5, momentum 0.1; neuron layers the
 * model's defaults ({@code Neurons.REGISTRY.get(name).defaults()}), 1 channel, fused path, spike
 * readout (so {@code srm}, SLAYER's spike response model, is {@link SrmParameters#defaults()}); SLAYER
 * layers and the legacy {@code slayer-srm} neuron layer {@link SrmParameters#defaults()}; {@code learnable-encoder}: steps = T, conv
 * 8 channels 3×3 padding 1 without bias (inChannels inferred), batch norm on, a default {@code lif};
 * {@code plastic} see {@link #template} (a {@code linear} or {@code conv2d} synapse without bias, sizes
 * inferred as above, a default {@code lif}, trace STDP after Song, Miller &amp; Abbott 2000).
 */
public final class LayerDefaults {
    private LayerDefaults() {
    }

    /**
     * The complete default layer for the user's short form {@code user} at {@code path}, with sizes
     * inferred from {@code in} (per-sample shape) and {@code steps} (T, 0 for none); null when the
     * type has no short form (the user must give every field).
     */
    public static LayerSpec template(String type, ObjectNode user, String path, long[] in, int steps) {
        String canonical = LayerTypes.REGISTRY.canonical(type);
        int c = (int) in[0];
        int features = (int) Arrays.stream(in).reduce(1, (a, b) -> a * b);
        return switch (canonical) {
            case "linear" -> new LinearSpec(features, ConfigTree.requiredInt(user, "out", path));
            case "conv2d" -> new Conv2dSpec(spatial(c, in, path), ConfigTree.requiredInt(user, "outChannels", path),
                    ConfigTree.requiredInt(user, "kernelSize", path));
            case "avgpool2d" -> new AvgPool2dSpec(ConfigTree.intOr(user, "kernelSize", path, 2));
            case "maxpool2d" -> new MaxPool2dSpec(ConfigTree.intOr(user, "kernelSize", path, 2));
            case "flatten" -> new FlattenSpec(steps > 0 ? 2 : 1);
            case "dropout" -> new DropoutSpec(0.5);
            case "shared-dropout" -> new SharedDropoutSpec(0.5);
            case "batchnorm1d" -> new BatchNorm1dSpec(c);
            case "batchnorm2d" -> new BatchNorm2dSpec(spatial(c, in, path));
            case "relu" -> new ReLUSpec();
            case "tdbn" -> new TdBatchNormSpec(c);
            case "bntt" -> new BnttSpec(c, Math.max(1, steps));
            case "recurrent-lif" -> new RecurrentLifSpec(ConfigTree.requiredInt(user, "size", path));
            case SpikingLayerTypes.NEURON -> NeuronLayerSpec.of(Neurons.REGISTRY.canonical(type));
            case "slayer-dense" -> new SlayerDenseSpec(features, ConfigTree.requiredInt(user, "out", path),
                    SrmParameters.defaults());
            case "slayer-conv" -> new SlayerConvSpec(spatial(c, in, path),
                    ConfigTree.requiredInt(user, "outChannels", path), ConfigTree.requiredInt(user, "kernelSize", path),
                    0, SrmParameters.defaults());
            case "slayer-pool" -> new SlayerPoolSpec(ConfigTree.intOr(user, "kernelSize", path, 2),
                    SrmParameters.defaults());
            case "slayer-srm" -> new SlayerSrmSpec(SrmParameters.defaults());
            case "slayer-delay" -> new SlayerDelaySpec(features, false, 0, 1, 1);
            case "slayer-flatten" -> new SlayerFlattenSpec();
            case "learnable-encoder" -> new LearnableEncoderSpec(Math.max(1, steps),
                    new Conv2dSpec(spatial(c, in, path), 8, 3, 1, 1, 1, false), true, NeuronLayerSpec.of("lif"));
            case "plastic" -> plastic(user, path, in, steps);
            default -> null;
        };
    }

    /**
     * {@code plastic}: the synapse's short form without bias ({@code linear} by default, {@code in} or
     * {@code inChannels} inferred, {@code out}/{@code outChannels}, {@code kernelSize} required), the
     * neuron's short form ({@code lif} by default), dtMs 1, and the rule {@code stdp-trace} with the
     * window of Song, Miller &amp; Abbott (2000): A+ = 0.005, A− = −1.05·A+, τ± = 20 ms, additive bounds
     * [−1, 1]. Fields the user gives replace these (objects field by field).
     */
    private static LayerSpec plastic(ObjectNode user, String path, long[] in, int steps) {
        ObjectNode synapse = user.has("synapse") ? ConfigTree.object(user.get("synapse"), path + ".synapse")
                : LayerJson.mapper().createObjectNode();
        ObjectNode neuron = user.has("neuron") ? ConfigTree.object(user.get("neuron"), path + ".neuron")
                : LayerJson.mapper().createObjectNode();
        String synapseType = ConfigTree.textOr(synapse, "type", path + ".synapse", "linear");
        LayerSpec s = switch (LayerTypes.REGISTRY.contains(synapseType) ? LayerTypes.REGISTRY.canonical(synapseType) : "") {
            case "linear" -> new LinearSpec((int) Arrays.stream(in).reduce(1, (a, b) -> a * b),
                    ConfigTree.requiredInt(synapse, "out", path + ".synapse"), false);
            case "conv2d" -> new Conv2dSpec(spatial((int) in[0], in, path), ConfigTree.requiredInt(synapse, "outChannels",
                    path + ".synapse"), ConfigTree.requiredInt(synapse, "kernelSize", path + ".synapse"), 1, 0, 1, false);
            default -> throw new ConfigException(path + ".synapse.type", "\"" + synapseType + "\" is not one of linear, conv2d");
        };
        String neuronType = ConfigTree.textOr(neuron, "type", path + ".neuron", "lif");
        LayerSpec n = LayerTypes.REGISTRY.contains(neuronType) ? template(neuronType, neuron, path + ".neuron", in, steps) : null;
        if (n == null) {
            throw new ConfigException(path + ".neuron.type", "\"" + neuronType + "\" is not a neuron layer type");
        }
        StdpWindow window = new StdpWindow(0.005, -0.00525, 20, 20);
        return new PlasticLayerSpec(s, n, new TraceStdp(window, new AdditiveHardBound(-1, 1)), 1.0);
    }

    private static int spatial(int c, long[] in, String path) {
        if (in.length != 3) {
            throw new ConfigException(path, "needs [C, H, W] input per sample, got " + Arrays.toString(in));
        }
        return c;
    }
}
