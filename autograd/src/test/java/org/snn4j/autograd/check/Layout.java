package org.snn4j.autograd.check;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.INDArrayIndex;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * How the gradient checker lays out each input array in memory before calling the function.
 * Ops must give the same values and gradients for every layout.
 */
public enum Layout {
    /** A fresh row-major ({@code 'c'}) copy. */
    C,
    /** A fresh column-major ({@code 'f'}) copy. */
    F,
    /**
     * A strided view: the values sit at offset 1 and stride 2 along every axis of a larger row-major
     * array whose other cells hold NaN, so an op that ignores offsets or strides produces NaN.
     */
    VIEW;

    /** A float64 copy of {@code x} in this layout (a new array; {@code x} is not modified). */
    public INDArray arrange(INDArray x) {
        INDArray d = x.castTo(org.nd4j.linalg.api.buffer.DataType.DOUBLE);
        switch (this) {
            case C:
                return d.dup('c');
            case F:
                return d.dup('f');
            default:
                return stridedView(d);
        }
    }

    private static INDArray stridedView(INDArray x) {
        if (x.rank() == 0) {
            return x.dup('c');
        }
        long[] s = x.shape();
        long[] big = new long[s.length];
        INDArrayIndex[] idx = new INDArrayIndex[s.length];
        for (int d = 0; d < s.length; d++) {
            big[d] = 2 * s[d] + 1;
            idx[d] = NDArrayIndex.interval(1, 2, 2 * s[d] + 1);
        }
        INDArray base = Nd4j.valueArrayOf(big, Double.NaN, x.dataType());
        INDArray view = base.get(idx);
        view.assign(x);
        return view;
    }
}
