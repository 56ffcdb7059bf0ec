package org.snn4j.conversion.network;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A synapse with weights {@code W [out, in, ...]} and optional bias {@code b [out]}: the thing
 * that normalisation rescales. Channels are the first two weight axes: output channel (a Linear's
 * output feature or a Conv2d's output map) and input channel.
 */
public sealed interface WeightedOp extends SynapseOp permits DenseOp, ConvOp {

    INDArray weight();

    /** The bias, or {@code null}. */
    INDArray bias();

    int outputChannels();

    int inputChannels();

    /** The same op with other parameters of the same shapes. */
    WeightedOp withParameters(INDArray weight, INDArray bias);

    @Override
    default boolean weighted() {
        return true;
    }

    /**
     * Rescales as {@code W'[o,c,…] = W[o,c,…] · inScale[c] / outScale[o]},
     * {@code b'[o] = b[o] / outScale[o]} (Diehl et al. 2015; Rueckauer et al. 2017, eq. 6).
     *
     * @param inScale  one factor per input channel (λ of the previous layer), length {@link #inputChannels()}
     * @param outScale one factor per output channel (λ of this layer), length {@link #outputChannels()}
     */
    default WeightedOp rescaled(double[] inScale, double[] outScale) {
        if (inScale.length != inputChannels() || outScale.length != outputChannels()) {
            throw new IllegalArgumentException(describe() + ": need " + inputChannels() + " input and "
                    + outputChannels() + " output scales, got " + inScale.length + " and " + outScale.length);
        }
        INDArray w = weight().dup('c');
        long[] shape = w.shape();
        int per = (int) (w.length() / (shape[0] * shape[1]));
        double[] inRow = new double[(int) shape[1] * per];
        for (int i = 0; i < inRow.length; i++) {
            inRow[i] = inScale[i / per];
        }
        INDArray flat = w.reshape(shape[0], shape[1] * per);
        flat.muliRowVector(Nd4j.createFromArray(inRow).castTo(w.dataType()));
        INDArray out = Nd4j.createFromArray(outScale).castTo(w.dataType());
        flat.diviColumnVector(out.reshape(shape[0], 1));
        INDArray b = bias() == null ? null : bias().div(out);
        return withParameters(flat.reshape(shape), b);
    }
}
