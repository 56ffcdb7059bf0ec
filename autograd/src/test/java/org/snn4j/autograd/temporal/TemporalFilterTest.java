package org.snn4j.autograd.temporal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.backend.BlockScratch;
import org.snn4j.autograd.check.CheckOptions;
import org.snn4j.autograd.check.GradientChecker;
import org.snn4j.autograd.check.RandomArrays;

/** The causal filter: literal values, every method = the Toeplitz definition, and its gradient. */
class TemporalFilterTest {

    @ParameterizedTest
    @EnumSource(value = FilterMethod.class, names = {"DIRECT", "FFT"})
    void filtersEachColumnCausallyByHand(FilterMethod method) {
        // two columns, T = 5, h = [1, 2, 3]: column 0 = impulse at t=1, column 1 = step of 1 from t=0
        INDArray x = Nd4j.createFromArray(new double[][] {{0, 1}, {1, 1}, {0, 1}, {0, 1}, {0, 1}}).reshape(5, 1, 2);
        INDArray y = TemporalFilter.apply(Tensor.constant(x), new double[] {1, 2, 3}, method).value();
        assertArrayEquals(new double[] {0, 1, 2, 3, 0}, y.reshape(5, 2).getColumn(0).dup().toDoubleVector(), 1e-12);
        assertArrayEquals(new double[] {1, 3, 6, 6, 6}, y.reshape(5, 2).getColumn(1).dup().toDoubleVector(), 1e-12);
    }

    @ParameterizedTest
    @EnumSource(value = FilterMethod.class, names = {"DIRECT", "FFT"})
    void equalsTheToeplitzMatmulForLongAndShortKernels(FilterMethod method) {
        INDArray x = RandomArrays.uniform(7, -1, 1, 45, 3, 50);   // 150 columns: two blocks
        for (double[] h : new double[][] {new SrmAlphaKernel(10, 1, 1, 0.01, 300).taps(), {0.5},
            {0, 1, -0.25, 0.125}}) {
            INDArray expected = TemporalFilter.reference(Tensor.constant(x), h).value();
            INDArray got = TemporalFilter.apply(Tensor.constant(x), h, method).value();
            assertEquals(0.0, expected.sub(got).amaxNumber().doubleValue(), 1e-12, "K=" + h.length);
        }
    }

    @Test
    void recycledScratchArraysLeaveNoTrace() {
        double[] eps = new SrmAlphaKernel(10, 1, 1, 0.01, 300).taps();
        int steps = 40;
        BlockFilter[] filters = {new FftFir(eps, steps), new DirectFir(eps), AlphaRecursion.infer(eps)};
        for (BlockFilter f : filters) {
            // one block of width 2 with large values, then blocks of width 1 (the same pooled arrays)
            BlockScratch pool = BlockScratch.current();
            double[] big = new double[2 * steps];
            java.util.Arrays.fill(big, 1e3);
            double[] x = new double[steps];
            for (int t = 0; t < steps; t++) {
                x[t] = Math.sin(t);
            }
            double[] expected = new double[steps];
            new DirectFir(eps).convolve(x, expected, steps, 1);
            for (boolean correlate : new boolean[] {false, true}) {
                int mark = pool.enter();
                double[] out = new double[2 * steps];
                f.convolve(big, out, steps, 2);
                pool.leave(mark);
                mark = pool.enter();
                double[] y = new double[steps];
                if (correlate) {
                    f.correlate(x, y, steps, 1);
                    new DirectFir(eps).correlate(x, expected, steps, 1);
                } else {
                    f.convolve(x, y, steps, 1);
                }
                pool.leave(mark);
                assertArrayEquals(expected, y, 1e-11, f + (correlate ? " correlate" : " convolve"));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(FilterMethod.class)
    void alphaKernelsAgreeWithTheToeplitzMatmulForEveryMethod(FilterMethod method) {
        INDArray x = RandomArrays.uniform(8, -1, 1, 300, 2, 70);
        for (SrmAlphaKernel p : new SrmAlphaKernel[] {new SrmAlphaKernel(10, 1, 1, 0.01, 300),
            new SrmAlphaKernel(3, 0.5, 1, 0.01, 300), new SrmAlphaKernel(10, 1, 1, 0.01, 40)}) {
            double[] eps = p.taps();
            INDArray expected = TemporalFilter.reference(Tensor.constant(x), eps).value();
            INDArray got = TemporalFilter.apply(Tensor.constant(x), eps, method).value();
            assertEquals(0.0, expected.sub(got).amaxNumber().doubleValue(), 1e-11, p + " K=" + eps.length);
        }
    }

    @Test
    void recursionIsRefusedForKernelsThatAreNotAlpha() {
        Tensor x = Tensor.constant(Nd4j.zeros(DataType.DOUBLE, 5, 1, 1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TemporalFilter.apply(x, new double[] {0, 1, 2, 3}, FilterMethod.RECURSIVE));
        assertEquals(true, e.getMessage().contains("RECURSIVE"), e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(value = FilterMethod.class, names = {"DIRECT", "FFT", "RECURSIVE"})
    void gradientPassesTheChecker(FilterMethod method) {
        double[] h = new SrmAlphaKernel(3, 1).taps();
        GradientChecker.check(CheckOptions.defaults(), in -> TemporalFilter.apply(in[0], h, method),
                RandomArrays.uniform(3, -1, 1, 20, 2, 3)).assertOk();
    }

    @Test
    void keepsFloat32AndTheShape() {
        INDArray x = Nd4j.rand(DataType.FLOAT, 30, 2, 3, 4);
        Tensor y = TemporalFilter.apply(Tensor.constant(x), new double[] {0, 1});
        assertEquals(DataType.FLOAT, y.dataType());
        assertArrayEquals(x.shape(), y.shape());
    }

    @Test
    void autoChoosesDirectForShortKernelsAndFftForLongOnes() {
        assertEquals(FilterMethod.DIRECT, FilterMethod.AUTO.resolve(300, 8));
        assertEquals(FilterMethod.FFT, FilterMethod.AUTO.resolve(3000, 3000));
        assertEquals(FilterMethod.DIRECT, FilterMethod.DIRECT.resolve(3000, 3000));
    }

    @Test
    void rejectsAnEmptyKernelAndARankOneInput() {
        Tensor x = Tensor.constant(Nd4j.zeros(DataType.FLOAT, 5, 2));
        assertThrows(IllegalArgumentException.class, () -> TemporalFilter.apply(x, new double[0]));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TemporalFilter.apply(Tensor.constant(Nd4j.zeros(DataType.FLOAT, 5)), new double[] {1}));
        assertEquals(true, e.getMessage().contains("[T, B, ...]"), e.getMessage());
    }
}
