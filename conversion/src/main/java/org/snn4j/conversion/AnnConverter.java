package org.snn4j.conversion;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.snn4j.autograd.nn.AvgPool2d;
import org.snn4j.autograd.nn.AvgPool2dSpec;
import org.snn4j.autograd.nn.BatchNorm;
import org.snn4j.autograd.nn.BatchNorm1dSpec;
import org.snn4j.autograd.nn.BatchNorm2dSpec;
import org.snn4j.autograd.nn.Conv2d;
import org.snn4j.autograd.nn.Dropout;
import org.snn4j.autograd.nn.Flatten;
import org.snn4j.autograd.nn.Linear;
import org.snn4j.autograd.nn.MaxPool2d;
import org.snn4j.autograd.nn.MaxPool2dSpec;
import org.snn4j.autograd.nn.Module;
import org.snn4j.autograd.nn.ReLU;
import org.snn4j.autograd.nn.Sequential;
import org.snn4j.conversion.network.AvgPoolOp;
import org.snn4j.conversion.network.ConvOp;
import org.snn4j.conversion.network.ConvertedNetwork;
import org.snn4j.conversion.network.DenseOp;
import org.snn4j.conversion.network.FlattenOp;
import org.snn4j.conversion.network.MaxPoolGateOp;
import org.snn4j.conversion.network.SynapseOp;
import org.snn4j.conversion.network.WeightedOp;

/**
 * Step 1 of ANN-to-SNN conversion: reads a trained {@link Sequential} of snn4j nn layers into a
 * {@link ConvertedNetwork} of stages, one per population of ReLU neurons (Diehl et al. 2015;
 * Rueckauer et al. 2017).
 *
 * <ul>
 *   <li>Linear, Conv2d (with or without bias), AvgPool2d, Flatten and ReLU map directly.</li>
 *   <li>BatchNorm1d/2d directly after a Linear/Conv2d is folded into it ({@link BatchNormFolding}).</li>
 *   <li>Dropout is removed (it is the identity in evaluation mode).</li>
 *   <li>MaxPool2d becomes the spiking max-pool gate of Rueckauer et al. ({@link MaxPoolGateOp}).
 *       MaxPool2d and Flatten between a weighted layer and its ReLU are moved after the ReLU, which
 *       does not change the ANN because ReLU is monotone and elementwise.</li>
 *   <li>Nested Sequentials are read in order. Any other layer is an {@link UnsupportedLayerException}
 *       naming its position and type.</li>
 * </ul>
 * The ANN's parameters are copied (in the given data type); the model is not modified.
 */
public final class AnnConverter {
    static final String SUPPORTED = "supported layers are linear, conv2d, avgpool2d, maxpool2d (spiking gate), "
            + "flatten, relu, dropout (removed) and batchnorm1d/2d directly after a linear/conv2d (folded)";

    private AnnConverter() {
    }

    /** Converts {@code model} for inputs of per-sample shape {@code inputShape}, in float32. */
    public static ConvertedNetwork convert(Module model, long... inputShape) {
        return convert(model, DataType.FLOAT, inputShape);
    }

    /** Converts {@code model} with parameters cast to {@code type} (float64 for exact tests). */
    public static ConvertedNetwork convert(Module model, DataType type, long... inputShape) {
        List<Item> items = new ArrayList<>();
        collect("", model, items, type, true);
        List<Item> ordered = StageSplitter.moveCommutingOpsAfterRelu(items);
        return new ConvertedNetwork(inputShape, StageSplitter.split(ordered));
    }

    /** A layer read from the ANN: an op, a ReLU marker ({@code op == null}) or a BatchNorm fold. */
    record Item(String position, String type, SynapseOp op, boolean relu) {
    }

    private static void collect(String prefix, Module m, List<Item> out, DataType type, boolean root) {
        if (m instanceof Sequential) {
            for (Map.Entry<String, Module> c : m.namedChildren().entrySet()) {
                collect(prefix.isEmpty() ? c.getKey() : prefix + "." + c.getKey(), c.getValue(), out, type, false);
            }
            return;
        }
        String pos = root ? "0" : prefix;
        String name = typeName(m);
        if (m instanceof Linear l) {
            out.add(new Item(pos, name, new DenseOp(l.weight().value().castTo(type).dup('c'),
                    l.bias() == null ? null : l.bias().value().castTo(type).dup()), false));
        } else if (m instanceof Conv2d c) {
            var s = c.spec();
            out.add(new Item(pos, name, new ConvOp(c.weight().value().castTo(type).dup('c'),
                    c.bias() == null ? null : c.bias().value().castTo(type).dup(), s.stride(), s.padding(),
                    s.dilation()), false));
        } else if (m instanceof AvgPool2d p) {
            AvgPool2dSpec s = (AvgPool2dSpec) p.spec();
            out.add(new Item(pos, name, new AvgPoolOp(s.kernelSize(), s.stride(), s.padding()), false));
        } else if (m instanceof MaxPool2d p) {
            MaxPool2dSpec s = (MaxPool2dSpec) p.spec();
            out.add(new Item(pos, name, new MaxPoolGateOp(s.kernelSize(), s.stride(), s.padding()), false));
        } else if (m instanceof Flatten) {
            out.add(new Item(pos, name, new FlattenOp(), false));
        } else if (m instanceof ReLU) {
            out.add(new Item(pos, name, null, true));
        } else if (m instanceof Dropout) {
            return;
        } else if (m instanceof BatchNorm bn) {
            fold(pos, name, bn, out);
        } else {
            throw new UnsupportedLayerException(pos, name, "not supported by ANN-to-SNN conversion (" + m.getClass()
                    .getSimpleName() + "); " + SUPPORTED);
        }
    }

    private static void fold(String pos, String name, BatchNorm bn, List<Item> out) {
        Item prev = out.isEmpty() ? null : out.get(out.size() - 1);
        if (prev == null || !(prev.op() instanceof WeightedOp w)) {
            throw new UnsupportedLayerException(pos, name, "a BatchNorm can only be folded into a Linear/Conv2d "
                    + "directly before it, but it follows " + (prev == null ? "the input" : "layer " + prev.position()
                    + " ('" + prev.type() + "')"));
        }
        double eps = bn.spec() instanceof BatchNorm1dSpec s1 ? s1.eps() : ((BatchNorm2dSpec) bn.spec()).eps();
        boolean conv = w instanceof ConvOp;
        if (conv != bn.spec() instanceof BatchNorm2dSpec) {
            throw new UnsupportedLayerException(pos, name, "use batchnorm2d after a conv2d and batchnorm1d after a "
                    + "linear; got it after layer " + prev.position() + " ('" + prev.type() + "')");
        }
        WeightedOp folded = BatchNormFolding.fold(w, bn.weight().value(), bn.bias().value(), bn.runningMean(),
                bn.runningVar(), eps);
        out.set(out.size() - 1, new Item(prev.position() + "+" + pos, prev.type(), folded, false));
    }

    static String typeName(Module m) {
        try {
            return m.spec().typeName();
        } catch (IllegalArgumentException e) {
            return m.getClass().getSimpleName();
        }
    }
}
