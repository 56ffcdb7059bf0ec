package org.snn4j.autograd.ops;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.check.RandomArrays;

/** conv2d against hand-worked values and against a plain-loop reference in PyTorch's layout. */
class ConvolutionTest {

    /** x = 1..9 as [1,1,3,3], w = [[1,2],[3,4]], b = 0.5. */
    private static Tensor conv(int stride, int pad, int dil) {
        Tensor x = Tensor.constant(Nd4j.linspace(DataType.DOUBLE, 1, 9, 1).reshape(1, 1, 3, 3));
        Tensor w = Tensor.constant(Nd4j.createFromArray(1.0, 2, 3, 4).reshape(1, 1, 2, 2));
        Tensor b = Tensor.constant(Nd4j.createFromArray(0.5));
        return Convolution.conv2d(x, w, b, new int[] {stride, stride}, new int[] {pad, pad}, new int[] {dil, dil});
    }

    private static double[] flat(Tensor t) {
        return t.value().dup('c').reshape(t.value().length()).toDoubleVector();
    }

    @Test
    void handWorkedValues() {
        // 1·1 + 2·2 + 4·3 + 5·4 = 37, plus the bias
        assertArrayEquals(new double[] {37.5, 47.5, 67.5, 77.5}, flat(conv(1, 0, 1)), 0);
        // stride 2, padding 1: only the in-image cells of each window count
        assertArrayEquals(new double[] {4.5, 18.5, 36.5, 77.5}, flat(conv(2, 1, 1)), 0);
        // dilation 2: the four corners 1·1 + 3·2 + 7·3 + 9·4
        assertArrayEquals(new double[] {64.5}, flat(conv(1, 0, 2)), 0);
    }

    @ParameterizedTest(name = "stride {0},{1} padding {2},{3} dilation {4},{5}")
    @CsvSource({"1,1,0,0,1,1", "2,1,1,0,1,1", "1,2,2,1,2,1", "3,3,1,1,1,2"})
    void matchesPlainLoopsInOihwLayout(int sh, int sw, int ph, int pw, int dh, int dw) {
        INDArray x = RandomArrays.uniform(1, -1, 1, 2, 3, 7, 6);
        INDArray w = RandomArrays.uniform(2, -1, 1, 4, 3, 3, 2);
        INDArray b = RandomArrays.uniform(3, -1, 1, 4);
        int[] s = {sh, sw};
        int[] p = {ph, pw};
        int[] d = {dh, dw};
        INDArray z = Convolution.conv2d(Tensor.constant(x), Tensor.constant(w), Tensor.constant(b), s, p, d).value();
        INDArray expected = reference(x, w, b, s, p, d);
        assertArrayEquals(expected.shape(), z.shape());
        assertTrue(expected.equalsWithEps(z, 1e-12));
    }

    @Test
    void badShapesAndArgumentsAreNamed() {
        Tensor x = Tensor.constant(Nd4j.zeros(DataType.DOUBLE, 1, 3, 5, 5));
        Tensor w = Tensor.constant(Nd4j.zeros(DataType.DOUBLE, 2, 4, 3, 3));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Convolution.conv2d(x, w, null, 1, 0));
        assertEquals("conv2d: need x [N,C,H,W] and w [OC,C,KH,KW], got x [1, 3, 5, 5] and w [2, 4, 3, 3]", e.getMessage());
        Tensor w3 = Tensor.constant(Nd4j.zeros(DataType.DOUBLE, 2, 3, 3, 3));
        e = assertThrows(IllegalArgumentException.class, () -> Convolution.conv2d(x, w3, null, 0, 0));
        assertEquals("conv2d: stride must be {h, w} with each >= 1, got [0, 0]", e.getMessage());
        Tensor wide = Tensor.constant(Nd4j.zeros(DataType.DOUBLE, 2, 3, 7, 7));
        assertThrows(IllegalArgumentException.class, () -> Convolution.conv2d(x, wide, null, 1, 0));
    }

    /** Direct evaluation of y[n,o,i,j] = b[o] + Σ w[o,c,p,q]·x[n,c,i·sH−pH+p·dH, j·sW−pW+q·dW]. */
    private static INDArray reference(INDArray x, INDArray w, INDArray b, int[] s, int[] p, int[] d) {
        long n = x.size(0);
        long c = x.size(1);
        long h = x.size(2);
        long wd = x.size(3);
        long oc = w.size(0);
        long kh = w.size(2);
        long kw = w.size(3);
        long oh = (h + 2 * p[0] - d[0] * (kh - 1) - 1) / s[0] + 1;
        long ow = (wd + 2 * p[1] - d[1] * (kw - 1) - 1) / s[1] + 1;
        INDArray y = Nd4j.zeros(DataType.DOUBLE, n, oc, oh, ow);
        for (long[] i = new long[4]; i[0] < n; increment(i, new long[] {n, oc, oh, ow})) {
            double acc = b.getDouble(i[1]);
            for (long ci = 0; ci < c; ci++) {
                for (long pi = 0; pi < kh; pi++) {
                    for (long qi = 0; qi < kw; qi++) {
                        long r = i[2] * s[0] - p[0] + pi * d[0];
                        long col = i[3] * s[1] - p[1] + qi * d[1];
                        if (r >= 0 && r < h && col >= 0 && col < wd) {
                            acc += w.getDouble(i[1], ci, pi, qi) * x.getDouble(i[0], ci, r, col);
                        }
                    }
                }
            }
            y.putScalar(i, acc);
        }
        return y;
    }

    private static void increment(long[] i, long[] shape) {
        for (int k = shape.length - 1; k >= 0; k--) {
            if (++i[k] < shape[k] || k == 0) {
                return;
            }
            i[k] = 0;
        }
    }
}
