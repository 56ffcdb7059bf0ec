package org.snn4j.autograd.temporal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.check.GradientChecker;
import org.snn4j.autograd.check.RandomArrays;

/** Kernel taps (SLAYER's ε and ν, van Rossum's exponential), truncation, the Toeplitz matrix, and the filter against its recurrence. */
class TemporalKernelTest {

    @Test
    void exponentialTapsStopBelowTheTolerance() {
        // e^(−n/2): 1, .607, .368, .223, .135, then .082 < 0.1
        double[] h = new ExponentialKernel(2, 1, 0.1).taps();
        assertArrayEquals(new double[] {1, Math.exp(-0.5), Math.exp(-1), Math.exp(-1.5), Math.exp(-2)}, h, 1e-15);
        assertArrayEquals(h, new ExponentialKernel(4, 2, 0.1).taps(), 1e-15, "only Ts/τ matters");
    }

    @Test
    void srmAlphaTapsMatchSlayer() {
        double[] h = new SrmAlphaKernel(10, 1).taps();
        assertEquals(77, h.length, "slayerPytorch / the bench: 77 taps for τ_sr = 10 ms at Ts = 1 ms");
        assertEquals(0, h[0], 0);
        assertEquals(1, h[10], 1e-15);
        assertEquals(0.8243606353500641, h[5], 1e-15);
        assertEquals(7.6 * Math.exp(-6.6), h[76], 1e-15);
    }

    @Test
    void refractoryKernelOfTheNmnistNeuronHasElevenTapsAndPeakMinusTwoTheta() {
        double[] nu = new SrmAlphaKernel(1, 1, -20, 0.01, 300).taps();   // ν: τ_ref = 1 ms, −scaleRef·θ = −20
        double[] expected = {0.0, -20.0, -14.715177646857693, -8.120116994196762, -3.9829654694291157,
            -1.8315638888734178, -0.8085536398902561, -0.3470253047332902, -0.1459011144887226,
            -0.06038327302245213, -0.024681960817335914};
        assertArrayEquals(expected, nu, 1e-12);   // ν(11) = −220·e^-10 ≈ −0.00999 is cut
    }

    @Test
    void srmAlphaSamplesBetweenStepsAndNeverExceedsMaxTaps() {
        double[] half = new SrmAlphaKernel(10, 0.5).taps();
        assertEquals(153, half.length);
        assertEquals(0.12928548296579231, half[1], 1e-12);   // t = 0.5 ms: 0.05·e^0.95
        assertEquals(0.245960311115695, half[2], 1e-12);     // t = 1 ms
        assertEquals(50, new SrmAlphaKernel(10, 1, 1, 0.01, 50).taps().length);
        for (double v : new SrmAlphaKernel(1, 1, -0.0, 0.01, 300).taps()) {
            assertEquals(0.0, v, 0.0);
        }
    }

    @Test
    void srmAlphaPeaksAtTauSr() {
        double[] h = new SrmAlphaKernel(1.5, 0.5).taps();
        assertEquals(1, h[3], 1e-15);
        assertEquals(1.0 / 3 * Math.exp(2.0 / 3), h[1], 1e-15);
    }

    @Test
    void toeplitzByHand() {
        INDArray m = TemporalKernel.ofTaps(1, 0.5, 0.25).toeplitz(4, DataType.DOUBLE);
        INDArray expected = Nd4j.createFromArray(new double[][] {
            {1, 0, 0, 0}, {0.5, 1, 0, 0}, {0.25, 0.5, 1, 0}, {0, 0.25, 0.5, 1}});
        assertEquals(expected, m);
    }

    @Test
    void exponentialFilterIsTheLeakyTraceRecurrence() {
        INDArray x = RandomArrays.uniform(5, 0, 1, 20, 2, 3).lt(0.3).castTo(DataType.DOUBLE);
        double a = Math.exp(-1 / 3.0);
        INDArray f = new ExponentialKernel(3, 1, 1e-12).filter(Tensor.constant(x)).value();
        for (int b = 0; b < 2; b++) {
            for (int c = 0; c < 3; c++) {
                double trace = 0;
                for (int t = 0; t < 20; t++) {
                    trace = a * trace + x.getDouble(t, b, c);
                    assertEquals(trace, f.getDouble(t, b, c), 1e-12);
                }
            }
        }
    }

    @Test
    void fastFilterEqualsThePrimitiveCompositionForEveryMethod() {
        INDArray x = RandomArrays.uniform(6, -1, 1, 40, 2, 3);
        for (TemporalKernel k : new TemporalKernel[] {new ExponentialKernel(3, 1), new SrmAlphaKernel(4, 1)}) {
            INDArray expected = k.filter(Tensor.constant(x)).value();
            for (FilterMethod m : new FilterMethod[] {FilterMethod.DIRECT, FilterMethod.FFT, FilterMethod.AUTO}) {
                INDArray got = k.filter(Tensor.constant(x), m).value();
                assertEquals(0.0, expected.sub(got).amaxNumber().doubleValue(), 1e-12, k + " " + m);
            }
        }
    }

    @Test
    void deltaFilterIsTheIdentityAndFloatStaysFloat() {
        INDArray x = RandomArrays.uniform(2, -1, 1, 4, 2, 2).castTo(DataType.FLOAT);
        Tensor f = TemporalKernel.delta().filter(Tensor.constant(x));
        assertEquals(DataType.FLOAT, f.dataType());
        assertEquals(x, f.value());
    }

    @Test
    void filterGradientIsTheCorrelation() {
        GradientChecker.check(in -> new SrmAlphaKernel(3, 1).filter(in[0]), RandomArrays.uniform(4, -1, 1, 12, 2, 3)).assertOk();
        GradientChecker.check(in -> TemporalKernel.ofTaps(0, 1, -0.5).filter(in[0]), RandomArrays.uniform(5, -1, 1, 6, 4)).assertOk();
    }

    @Test
    void badParametersAreNamed() {
        assertEquals("tauMs must be in (0, inf) ms, got 0.0",
                assertThrows(IllegalArgumentException.class, () -> new ExponentialKernel(0, 1)).getMessage());
        assertEquals("tsMs must be in (0, inf), got -1.0",
                assertThrows(IllegalArgumentException.class, () -> new SrmAlphaKernel(1, -1)).getMessage());
        assertEquals("tolerance must be in (0, inf), got 0.0",
                assertThrows(IllegalArgumentException.class, () -> new SrmAlphaKernel(1, 1, 0)).getMessage());
        assertEquals("amplitude must be finite, got NaN", assertThrows(IllegalArgumentException.class,
                () -> new SrmAlphaKernel(1, 1, Double.NaN, 0.01, 10)).getMessage());
        assertEquals("maxTaps must be in [1, 1048576], got 0", assertThrows(IllegalArgumentException.class,
                () -> new SrmAlphaKernel(1, 1, 1, 0.01, 0)).getMessage());
        assertEquals("taps must hold at least one value",
                assertThrows(IllegalArgumentException.class, TemporalKernel::ofTaps).getMessage());
        assertEquals("taps[1] must be finite, got NaN",
                assertThrows(IllegalArgumentException.class, () -> TemporalKernel.ofTaps(1, Double.NaN)).getMessage());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ExponentialKernel(1e9, 1));
        assertEquals(true, e.getMessage().startsWith("tauMs / tsMs = 1.0E9 needs more than 1048576 taps"), e.getMessage());
    }

    @Test
    void kernelsAreValues() {
        assertEquals(TemporalKernel.ofTaps(1, 2), TemporalKernel.ofTaps(1, 2));
        assertEquals(TemporalKernel.delta(), TemporalKernel.ofTaps(1));
        assertEquals(new SrmAlphaKernel(10, 1), new SrmAlphaKernel(10, 1, 0.01));
    }
}
