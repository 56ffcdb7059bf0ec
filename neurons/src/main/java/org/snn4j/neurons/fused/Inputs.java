package org.snn4j.neurons.fused;

import java.util.Arrays;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.backend.NativeArrays;

/** Shared checks and conversions of the fused nodes' inputs and parameter gradients. */
final class Inputs {
    private Inputs() {
    }

    static DataType checkType(INDArray a, String what) {
        DataType t = a.dataType();
        if (t != DataType.FLOAT && t != DataType.DOUBLE) {
            throw new IllegalArgumentException("fused neuron kernels take FLOAT or DOUBLE; " + what + " is " + t);
        }
        return t;
    }

    /** The state array as a 'c'-contiguous array of {@code type}, shaped {@code seqShape} without T. */
    static INDArray state(INDArray s, long[] seqShape, DataType type, String what) {
        long[] expected = Arrays.copyOfRange(seqShape, 1, seqShape.length);
        if (!Arrays.equals(s.shape(), expected)) {
            throw new IllegalArgumentException(what + " has shape " + Arrays.toString(s.shape())
                    + "; the sequence " + Arrays.toString(seqShape) + " needs " + Arrays.toString(expected));
        }
        return NativeArrays.contiguous(s.dataType() == type ? s : s.castTo(type));
    }

    /** The elements of a small parameter array as doubles, in 'c' order. */
    static double[] values(INDArray a) {
        return a.castTo(DataType.DOUBLE).dup('c').data().asDouble();
    }

    /** Sums partial {@code k} of every block into per-channel values shaped {@code shape}. */
    static INDArray fold(SequenceLayout layout, double[][][] partials, int k, long[] shape, DataType type) {
        long len = 1;
        for (long d : shape) {
            len *= d;
        }
        double[] sums = new double[(int) len];
        for (int blk = 0; blk < partials.length; blk++) {
            layout.foldInto(partials[blk][k], layout.firstNeuron(blk), layout.width(blk), sums);
        }
        return Nd4j.create(sums, shape, 'c').castTo(type);
    }
}
