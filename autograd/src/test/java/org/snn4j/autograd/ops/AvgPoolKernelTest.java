package org.snn4j.autograd.ops;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.ops.sparse.EventSynapse;

/**
 * The 2×2, stride-2 fast path of {@link AvgPoolKernel} against the window equation written out in
 * float64 ({@code y = (float) (((double) a + b + c + d)·0.25)}, {@code ∂x = (float) (g·0.25)} on the
 * four cells of its window, 0 on cells no window covers), bit for bit, on the vector path (when the
 * JVM has it) and on the scalar loops, for even and odd sizes, one and many planes, and inputs full of
 * special values (±0, subnormals, ±∞, NaN, the largest floats); NaN compares as NaN, whatever its payload.
 */
class AvgPoolKernelTest {
    private static final int[] TWO = {2, 2};
    private static final int[] ZERO = {0, 0};

    /** Seeded floats, about one in four a special value. */
    private static float[] values(Random r, int n) {
        float[] special = {0f, -0f, Float.MIN_VALUE, -Float.MIN_VALUE, Float.MIN_NORMAL, 0x1p-140f, -0x1.8p-130f,
            Float.MAX_VALUE, -Float.MAX_VALUE, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.NaN,
            Float.intBitsToFloat(0x7fc00123), Float.intBitsToFloat(0xffa00001)};
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            int kind = r.nextInt(8);
            v[i] = kind == 0 ? special[r.nextInt(special.length)]
                    : kind == 1 ? Float.intBitsToFloat(r.nextInt() & 0x807fffff) // subnormal or ±0
                    : kind == 2 ? Float.intBitsToFloat(r.nextInt()) // any bits
                    : (float) r.nextGaussian();
        }
        return v;
    }

    private static AvgPoolKernel[] kernels(int h, int w) {
        AvgPoolKernel scalar = new AvgPoolKernel(h, w, h / 2, w / 2, TWO, TWO, ZERO, false);
        return EventSynapse.vectorised()
                ? new AvgPoolKernel[] {scalar, new AvgPoolKernel(h, w, h / 2, w / 2, TWO, TWO, ZERO, true)}
                : new AvgPoolKernel[] {scalar};
    }

    @ParameterizedTest(name = "{0} planes of {1}x{2}")
    @CsvSource({"1,2,2", "1,4,4", "3,5,5", "2,4,5", "2,5,4", "1,3,2", "4,30,30", "200,11,11", "70,15,14",
        "3,2,40", "2,7,67", "5,6,33"})
    void vjpEqualsTheWindowEquationBitForBit(int planes, int h, int w) {
        int oh = h / 2;
        int ow = w / 2;
        float[] g = values(new Random(31L * h + w), planes * oh * ow);
        float[] expected = new float[planes * h * w];
        for (int p = 0; p < planes; p++) {
            for (int i = 0; i < oh; i++) {
                for (int j = 0; j < ow; j++) {
                    float v = (float) (g[(p * oh + i) * ow + j] * 0.25);
                    for (int q = 0; q < 4; q++) {
                        expected[(p * h + 2 * i + q / 2) * w + 2 * j + q % 2] = v;
                    }
                }
            }
        }
        INDArray ga = Nd4j.createFromArray(g).reshape(planes, 1, oh, ow);
        for (AvgPoolKernel k : kernels(h, w)) {
            INDArray gx = k.grad(ga, new long[] {planes, 1, h, w});
            assertArrayEquals(bits(expected), bits(gx));
        }
    }

    @ParameterizedTest(name = "{0} planes of {1}x{2}")
    @CsvSource({"1,2,2", "3,5,5", "2,4,5", "2,5,4", "4,30,30", "200,11,11", "3,2,40"})
    void forwardEqualsTheWindowEquationBitForBit(int planes, int h, int w) {
        int oh = h / 2;
        int ow = w / 2;
        float[] x = values(new Random(17L * h + w), planes * h * w);
        float[] expected = new float[planes * oh * ow];
        for (int p = 0; p < planes; p++) {
            for (int i = 0; i < oh; i++) {
                for (int j = 0; j < ow; j++) {
                    int c = (p * h + 2 * i) * w + 2 * j;
                    double s = (double) x[c] + x[c + 1] + x[c + w] + x[c + w + 1];
                    expected[(p * oh + i) * ow + j] = (float) (s * 0.25);
                }
            }
        }
        INDArray xa = Nd4j.createFromArray(x).reshape(planes, 1, h, w);
        for (AvgPoolKernel k : kernels(h, w)) {
            assertArrayEquals(bits(expected), bits(k.forward(xa)));
        }
    }

    /** The inputs above do hold the special values the comparison is about. */
    @Test
    void inputsHoldSpecialValues() {
        float[] v = values(new Random(1), 2000);
        boolean nan = false;
        boolean inf = false;
        boolean sub = false;
        boolean negZero = false;
        for (float f : v) {
            nan |= Float.isNaN(f);
            inf |= Float.isInfinite(f);
            sub |= f != 0 && Math.abs(f) < Float.MIN_NORMAL;
            negZero |= Float.floatToRawIntBits(f) == 0x80000000;
        }
        assertTrue(nan && inf && sub && negZero);
    }

    /**
     * Raw bits, except that every NaN counts as one: which NaN payload survives the float ↔ double
     * conversions depends on the JIT tier that ran them (seen here: the same scalar expression kept a
     * payload in one tier and gave the default NaN in another), so no path promises more.
     */
    private static int[] bits(float[] f) {
        int[] b = new int[f.length];
        for (int i = 0; i < f.length; i++) {
            b[i] = Float.isNaN(f[i]) ? 0x7fc00000 : Float.floatToRawIntBits(f[i]);
        }
        return b;
    }

    private static int[] bits(INDArray a) {
        return bits(a.dup('c').reshape(a.length()).toFloatVector());
    }
}
