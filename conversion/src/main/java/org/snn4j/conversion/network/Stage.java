package org.snn4j.conversion.network;

import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * One layer of the converted network: the synapse ops that feed a population of neurons, i.e.
 * optional pooling/flattening of the previous layer's spikes, exactly one weighted op, optional
 * average pooling, and then the neurons.
 *
 * <pre>
 * ANN:  a^l = ReLU( post( W^l · pre(a^{l−1}) + b^l ) )        (no ReLU on the output layer)
 * SNN:  z^l(t) = post( W^l · pre(s^{l−1}(t)) + b^l )           fed to IF neurons
 * </pre>
 *
 * @param name   a readable name, e.g. {@code "layer 1 (conv2d 1->16 k3 s1 p1)"}
 * @param ops    the ops in order; exactly one is a {@link WeightedOp}, after which only
 *               {@link AvgPoolOp} may follow
 * @param relu   whether the ANN applies ReLU to this layer (all but usually the output layer)
 * @param source the positions of the original ANN layers merged into this stage (for messages)
 */
public record Stage(String name, List<SynapseOp> ops, boolean relu, List<Integer> source) {

    public Stage {
        ops = List.copyOf(ops);
        source = List.copyOf(source);
        int weighted = 0;
        boolean after = false;
        for (SynapseOp op : ops) {
            if (op.weighted()) {
                weighted++;
                after = true;
            } else if (after && !(op instanceof AvgPoolOp)) {
                throw new IllegalArgumentException(name + ": only average pooling may follow the weighted op, got "
                        + op.describe());
            }
        }
        if (weighted != 1) {
            throw new IllegalArgumentException(name + ": a stage needs exactly one Linear/Conv2d, got " + weighted);
        }
    }

    /** The index in {@link #ops()} of the weighted op. */
    public int weightedIndex() {
        for (int i = 0; i < ops.size(); i++) {
            if (ops.get(i).weighted()) {
                return i;
            }
        }
        throw new IllegalStateException("no weighted op");
    }

    public WeightedOp weighted() {
        return (WeightedOp) ops.get(weightedIndex());
    }

    /** This stage with the weighted op replaced. */
    public Stage withWeighted(WeightedOp op) {
        List<SynapseOp> copy = new ArrayList<>(ops);
        copy.set(weightedIndex(), op);
        return new Stage(name, copy, relu, source);
    }

    /** The ANN's analog forward pass of this stage: the ops, then ReLU if {@link #relu()}. */
    public INDArray analog(INDArray x) {
        INDArray y = x;
        for (SynapseOp op : ops) {
            y = op.apply(y);
        }
        return relu ? Transforms.relu(y, false) : y;
    }

    /** The per-sample output shape for a per-sample input shape. */
    public long[] outputShape(long[] in) {
        long[] s = in;
        for (SynapseOp op : ops) {
            s = op.outputShape(s);
        }
        return s;
    }
}
