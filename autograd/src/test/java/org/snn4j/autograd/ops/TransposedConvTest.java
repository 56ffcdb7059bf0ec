package org.snn4j.autograd.ops;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.DynamicCustomOp;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.check.RandomArrays;

/**
 * The vector-API transposed convolution ({@link TransposedConv}) against ND4J's {@code deconv2d}
 * (what {@link Convolution} runs without the vector API, {@code -Dsnn4j.vector=off}, or with
 * {@code -Dsnn4j.convInputGrad=onednn}) and against the ∂x of {@code conv2d_bp}: odd sizes, padding,
 * channel counts that are not a multiple of the register block, rows wider than one vector;
 * determinism; which configurations it takes.
 */
class TransposedConvTest {

    /** n, c, h, w, oc, kh, kw, ph, pw. */
    @ParameterizedTest(name = "x [{0},{1},{2},{3}] w [{4},{1},{5},{6}] padding {7},{8}")
    @CsvSource({
        "3, 12, 15, 15, 64, 5, 5, 0, 0",
        "2, 5, 7, 20, 4, 3, 3, 1, 1",
        "2, 17, 9, 33, 6, 3, 2, 2, 1",
        "1, 2, 12, 16, 12, 3, 3, 1, 1",
        "2, 3, 6, 5, 7, 1, 1, 0, 0",
        "2, 29, 4, 40, 3, 4, 5, 3, 0",
        "1, 16, 1, 1, 2, 1, 1, 0, 0"})
    void equalsDeconv2d(int n, int c, int h, int w, int oc, int kh, int kw, int ph, int pw) {
        long oh = h + 2L * ph - kh + 1;
        long ow = w + 2L * pw - kw + 1;
        INDArray wt = RandomArrays.uniform(1, -1, 1, oc, c, kh, kw).castTo(DataType.FLOAT);
        INDArray g = RandomArrays.uniform(2, -1, 1, n, oc, oh, ow).castTo(DataType.FLOAT);
        int[] iArgs = {kh, kw, 1, 1, ph, pw, 1, 1, 0, 0, 1};
        long[] xShape = {n, c, h, w};
        assertTrue(TransposedConv.applies(DataType.FLOAT, xShape, wt.shape(), g.shape(), iArgs));
        INDArray expected = Nd4j.create(DataType.FLOAT, xShape);
        Nd4j.exec(DynamicCustomOp.builder("deconv2d").addInputs(g, wt).addOutputs(expected)
                .addIntegerArguments(iArgs).build());
        INDArray got = TransposedConv.inputGrad(xShape, wt, g, new int[] {ph, pw});
        assertArrayEquals(xShape, got.shape());
        assertClose(expected, got, 1e-5);
    }

    /** Through {@link Convolution#conv2d}: ∂x equals that of the full {@code conv2d_bp} (run when ∂w is needed). */
    @Test
    void convolutionInputGradEqualsConv2dBp() {
        INDArray x = RandomArrays.uniform(3, -1, 1, 4, 12, 15, 16).castTo(DataType.FLOAT);
        INDArray w = RandomArrays.uniform(4, -1, 1, 20, 12, 5, 3).castTo(DataType.FLOAT);
        INDArray g = RandomArrays.uniform(5, -1, 1, 4, 20, 13, 16).castTo(DataType.FLOAT);
        Tensor[] inputOnly = run(x, w, g, false);
        Tensor[] both = run(x, w, g, true);
        assertClose(both[0].grad(), inputOnly[0].grad(), 1e-5);
    }

    /**
     * The switch {@value Convolution#INPUT_GRAD_PROPERTY}{@code =onednn} (what {@code -Dsnn4j.vector=off}
     * or a JVM without the vector module also gives) takes {@code deconv2d}; both agree, through
     * {@link Convolution#conv2d}, with padding and an odd width.
     */
    @Test
    void onednnSwitchGivesTheSameInputGrad() {
        INDArray x = RandomArrays.uniform(8, -1, 1, 3, 13, 9, 15).castTo(DataType.FLOAT);
        INDArray w = RandomArrays.uniform(9, -1, 1, 7, 13, 3, 3).castTo(DataType.FLOAT);
        INDArray g = RandomArrays.uniform(10, -1, 1, 3, 7, 9, 15).castTo(DataType.FLOAT);
        assumeTrue(Convolution.javaInputGrad(), "the run has -Dsnn4j.vector=off or no vector module");
        assumeTrue(TransposedConv.faster(x.shape()), "vectors narrower than 512 bits: Convolution runs oneDNN");
        Tensor[] java = run(x, w, g, false);
        // the vector kernel ran: bit-equal to a direct call
        assertArrayEquals(FloatBits.of(TransposedConv.inputGrad(x.shape(), w, g, new int[] {1, 1})), FloatBits.of(java[0].grad()));
        String before = System.getProperty(Convolution.INPUT_GRAD_PROPERTY);
        System.setProperty(Convolution.INPUT_GRAD_PROPERTY, "onednn");
        try {
            assertFalse(Convolution.javaInputGrad());
            assertClose(run(x, w, g, false)[0].grad(), java[0].grad(), 1e-5);
        } finally {
            if (before == null) {
                System.clearProperty(Convolution.INPUT_GRAD_PROPERTY);
            } else {
                System.setProperty(Convolution.INPUT_GRAD_PROPERTY, before);
            }
        }
    }

    /** {@code deconv2d} writes every element of its output, so {@link Convolution} need not zero it first. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"FLOAT", "DOUBLE"})
    void deconv2dWritesEveryElement(DataType type) {
        INDArray w = RandomArrays.uniform(11, -1, 1, 6, 5, 3, 3).castTo(type);
        INDArray g = RandomArrays.uniform(12, -1, 1, 2, 6, 8, 9).castTo(type);
        INDArray out = org.snn4j.autograd.backend.UnfilledArrays.create(type, 2, 5, 8, 9).assign(Double.NaN);
        Nd4j.exec(DynamicCustomOp.builder("deconv2d").addInputs(g, w).addOutputs(out)
                .addIntegerArguments(3, 3, 1, 1, 1, 1, 1, 1, 0, 0, 1).build());
        assertEquals(0, out.isNaN().castTo(DataType.INT32).sumNumber().intValue());
    }

    private static Tensor[] run(INDArray x, INDArray w, INDArray g, boolean weightGrad) {
        Tensor xt = Tensor.variable(x.dup());
        Tensor wt = weightGrad ? Tensor.variable(w.dup()) : Tensor.constant(w.dup());
        Convolution.conv2d(xt, wt, null, new int[] {1, 1}, new int[] {1, 1}, new int[] {1, 1}).backward(g, false);
        return new Tensor[] {xt, wt};
    }

    @Test
    void sameInputGivesBitIdenticalResultsTwice() {
        INDArray w = RandomArrays.uniform(6, -1, 1, 64, 12, 5, 5).castTo(DataType.FLOAT);
        INDArray g = RandomArrays.uniform(7, -1, 1, 70, 64, 11, 11).castTo(DataType.FLOAT);
        long[] xShape = {70, 12, 15, 15};
        INDArray first = TransposedConv.inputGrad(xShape, w, g, new int[] {0, 0});
        INDArray second = TransposedConv.inputGrad(xShape, w, g, new int[] {0, 0});
        assertArrayEquals(FloatBits.of(first), FloatBits.of(second));
    }

    @Test
    void appliesOnlyToFloatStrideOneDilationOneWithSmallPadding() {
        long[] x = {2, 3, 8, 8};
        long[] w = {4, 3, 3, 3};
        long[] g = {2, 4, 8, 8};
        int[] ok = {3, 3, 1, 1, 1, 1, 1, 1, 0, 0, 1};
        assertTrue(TransposedConv.applies(DataType.FLOAT, x, w, g, ok));
        assertFalse(TransposedConv.applies(DataType.DOUBLE, x, w, g, ok));
        assertFalse(TransposedConv.applies(DataType.FLOAT, x, w, g, new int[] {3, 3, 2, 1, 1, 1, 1, 1, 0, 0, 1}));
        assertFalse(TransposedConv.applies(DataType.FLOAT, x, w, g, new int[] {3, 3, 1, 1, 1, 1, 1, 2, 0, 0, 1}));
        assertFalse(TransposedConv.applies(DataType.FLOAT, x, w, g, new int[] {3, 3, 1, 1, 3, 1, 1, 1, 0, 0, 1}));
    }

    /** The speed rule: 512-bit vectors, and rows that fill at least 3/4 of the vector lanes covering them. */
    @Test
    void fasterForRowsThatFillTheVectors() {
        int l = 16;
        assertTrue(TransposedConv.faster(new long[] {1, 1, 1, l}, l));
        assertTrue(TransposedConv.faster(new long[] {1, 1, 1, 3 * l / 4}, l));
        assertFalse(TransposedConv.faster(new long[] {1, 1, 1, 3 * l / 4 - 1}, l));
        assertTrue(TransposedConv.faster(new long[] {1, 1, 1, 2 * l}, l));
        assertFalse(TransposedConv.faster(new long[] {1, 1, 1, l + 1}, l));
    }

    /** With 8 lanes (AVX2) oneDNN's {@code deconv2d} is faster at every width, so the rule never picks this kernel. */
    @Test
    void neverFasterOnAvx2Vectors() {
        for (int w = 1; w <= 64; w++) {
            assertFalse(TransposedConv.faster(new long[] {1, 1, 1, w}, 8), "W = " + w);
        }
        assertEquals(TransposedConv.faster(new long[] {1, 1, 1, 15}), TransposedConv.faster(new long[] {1, 1, 1, 15},
                TransposedConvGemm.L));
    }

    /** |a − b| ≤ tol · max(1, max |a|) elementwise. */
    private static void assertClose(INDArray expected, INDArray got, double tol) {
        assertEquals(expected.length(), got.length());
        double[] e = expected.dup('c').reshape(expected.length()).toDoubleVector();
        double[] a = got.dup('c').reshape(got.length()).toDoubleVector();
        double scale = 1;
        for (double v : e) {
            scale = Math.max(scale, Math.abs(v));
        }
        for (int i = 0; i < e.length; i++) {
            assertEquals(e[i], a[i], tol * scale, "element " + i);
        }
    }
}
