package org.snn4j.conversion.sim;

import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.DynamicCustomOp;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.conversion.network.ConvOp;
import org.snn4j.conversion.network.DenseOp;
import org.snn4j.conversion.network.FlattenOp;
import org.snn4j.conversion.network.MaxPoolGateOp;
import org.snn4j.conversion.network.SynapseOp;

/**
 * The synapse ops of one layer, prepared for a fixed batch size so that a time step allocates
 * nothing: convolutions run libnd4j's {@code conv2d} op (oneDNN) into a preallocated output,
 * dense layers run the {@code matmul} op (oneDNN, {@code z = x·Wᵀ}, no transposed copy) into a
 * preallocated output and add the bias in place, and flattening is a view built once. The native
 * op objects are rebuilt only when the input array changes identity (the previous layer writes
 * its spikes into the same array every step). Other ops (average pooling after the weighted op,
 * the max-pool gate) run through {@link SynapseOp#apply} as before. Results are those of
 * {@link SynapseOp#apply}: same kernels, same arguments.
 */
final class PreparedSynapses {
    private static final int PADDING_EXPLICIT = 0;
    private static final int FORMAT_NCHW = 0;
    private static final int WEIGHTS_OIHW = 1;

    private final SynapseOp[] ops;
    private final INDArray[] outputs;
    private final INDArray[] lastInputs;
    private final DynamicCustomOp[] convs;
    private final INDArray[] gateCounts;

    /**
     * @param ops   the ops to run, in order
     * @param batch the batch size
     * @param in    the per-sample input shape of the first op
     * @param type  the network's data type
     */
    PreparedSynapses(List<SynapseOp> ops, int batch, long[] in, DataType type) {
        this.ops = ops.toArray(new SynapseOp[0]);
        outputs = new INDArray[this.ops.length];
        lastInputs = new INDArray[this.ops.length];
        convs = new DynamicCustomOp[this.ops.length];
        gateCounts = new INDArray[this.ops.length];
        long[] s = in;
        for (int i = 0; i < this.ops.length; i++) {
            s = this.ops[i].outputShape(s);
            if (this.ops[i] instanceof ConvOp || this.ops[i] instanceof DenseOp) {
                outputs[i] = Nd4j.create(type, batchShape(batch, s));
            }
        }
    }

    private static long[] batchShape(int batch, long[] perSample) {
        long[] full = new long[perSample.length + 1];
        full[0] = batch;
        System.arraycopy(perSample, 0, full, 1, perSample.length);
        return full;
    }

    /** The current {@code z = ops(in)}; the returned array may be overwritten by the next call. */
    INDArray apply(INDArray in) {
        INDArray y = in;
        for (int i = 0; i < ops.length; i++) {
            y = applyOne(i, y);
        }
        return y;
    }

    private INDArray applyOne(int i, INDArray x) {
        SynapseOp op = ops[i];
        boolean same = x == lastInputs[i];
        lastInputs[i] = x;
        if (op instanceof ConvOp c && x.dataType() == outputs[i].dataType() && x.ordering() == 'c') {
            if (!same || convs[i] == null) {
                convs[i] = convOp(c, x, outputs[i]);
            }
            return exec(convs[i], c, x, outputs[i]);
        }
        if (op instanceof DenseOp d && x.dataType() == outputs[i].dataType() && x.rank() == 2) {
            Nd4j.matmul(x, d.weight(), outputs[i], false, true, false);
            return d.bias() == null ? outputs[i] : outputs[i].addiRowVector(d.bias());
        }
        if (op instanceof FlattenOp) {
            if (!same || outputs[i] == null) {
                outputs[i] = op.apply(x);
            }
            return outputs[i];
        }
        if (op instanceof MaxPoolGateOp g) {
            if (gateCounts[i] == null) {
                gateCounts[i] = Nd4j.zeros(x.dataType(), x.shape());
            }
            return g.gate(x, gateCounts[i]);
        }
        INDArray y = op.apply(x);
        if (outputs[i] != null) {
            outputs[i].assign(y);
            return outputs[i];
        }
        return y;
    }

    private static DynamicCustomOp convOp(ConvOp c, INDArray x, INDArray z) {
        INDArray w = c.weight();
        int[] iArgs = {(int) w.size(2), (int) w.size(3), c.stride(), c.stride(), c.padding(), c.padding(),
            c.dilation(), c.dilation(), PADDING_EXPLICIT, FORMAT_NCHW, WEIGHTS_OIHW};
        INDArray[] in = c.bias() == null ? new INDArray[] {x, w} : new INDArray[] {x, w, c.bias()};
        return DynamicCustomOp.builder("conv2d").addInputs(in).addOutputs(z).addIntegerArguments(iArgs).build();
    }

    /** Runs the prepared convolution; where the native helper rejects it, the op's own path (same result). */
    private static INDArray exec(DynamicCustomOp op, ConvOp c, INDArray x, INDArray z) {
        try {
            Nd4j.exec(op);
        } catch (RuntimeException e) {
            z.assign(c.apply(x));
        }
        return z;
    }
}
