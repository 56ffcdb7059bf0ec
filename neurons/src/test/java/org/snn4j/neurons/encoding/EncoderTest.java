package org.snn4j.neurons.encoding;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.check.GradientChecker;
import org.snn4j.autograd.check.RandomArrays;

/**
 * Encoders: statistics with a fixed seed (tolerances of 5 standard deviations of the estimator),
 * same seed → same spikes, literal latency values, direct repetition and input validation.
 */
class EncoderTest {

    static Stream<Encoder> stochastic() {
        return Stream.of(new PoissonEncoder(1.0), new PoissonProcessEncoder(1.0), new BernoulliEncoder());
    }

    /** Inputs valid for every stochastic encoder: 0.3 (a probability, or 0.3 Hz). */
    private static INDArray point(long... shape) {
        return Nd4j.valueArrayOf(shape, 0.3, DataType.FLOAT);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stochastic")
    void sameSeedSameSpikesOtherSeedOtherSpikes(Encoder e) {
        INDArray x = Nd4j.valueArrayOf(new long[] {8, 16}, 0.3, DataType.FLOAT).mul(e instanceof BernoulliEncoder ? 1 : 1000);
        INDArray a = e.encode(x, 20, new SplittableRandom(11));
        assertEquals(DataType.FLOAT, a.dataType());
        assertArrayEquals(new long[] {20, 8, 16}, a.shape());
        assertEquals(a, e.encode(x, 20, new SplittableRandom(11)));
        assertNotEquals(a, e.encode(x, 20, new SplittableRandom(12)));
        assertThrows(IllegalArgumentException.class, () -> e.encode(x, 20, null));
    }

    @Test
    void poissonFiresWithProbabilityRateTimesDt() {
        // 300 Hz at dt = 1 ms: p = 0.3 per step; 100 000 draws, σ(mean) = √(p(1−p)/n) ≈ 0.00145
        INDArray s = new PoissonEncoder(1.0).encode(Nd4j.valueArrayOf(new long[] {500, 20}, 300.0, DataType.FLOAT), 10,
                new SplittableRandom(1));
        double sigma = Math.sqrt(0.3 * 0.7 / s.length());
        assertEquals(0.3, s.meanNumber().doubleValue(), 5 * sigma);
    }

    @Test
    void poissonClampsAtOneSpikePerStepAndZeroRateNeverFires() {
        INDArray rates = Nd4j.createFromArray(0.0, 2000.0, 1000.0);
        INDArray s = new PoissonEncoder(1.0).encode(rates, 50, new SplittableRandom(2));
        assertEquals(0.0, s.getColumn(0).sumNumber().doubleValue());
        assertEquals(50.0, s.getColumn(1).sumNumber().doubleValue());
        assertEquals(50.0, s.getColumn(2).sumNumber().doubleValue(), "1000 Hz × 1 ms = probability 1");
        INDArray half = new PoissonEncoder(0.5).encodeIntensity(Nd4j.createFromArray(1.0, 0.0), 2000.0, 50,
                new SplittableRandom(3));
        assertEquals(50.0, half.getColumn(0).sumNumber().doubleValue(), "intensity 1 at 2000 Hz, 0.5 ms: p = 1");
    }

    @Test
    void poissonProcessCountsArePoissonDistributed() {
        // 100 Hz over 50 steps of 1 ms: count ~ Poisson(5) per input; 4000 inputs
        INDArray c = new PoissonProcessEncoder(1.0, false).encode(Nd4j.valueArrayOf(new long[] {4000}, 100.0,
                DataType.DOUBLE), 50, new SplittableRandom(4));
        INDArray counts = c.sum(0);
        int n = (int) counts.length();
        assertEquals(5.0, counts.meanNumber().doubleValue(), 5 * Math.sqrt(5.0 / n));
        PoissonDistribution poisson = new PoissonDistribution(5.0);
        for (int k : new int[] {2, 5, 8}) {
            double p = poisson.probability(k);
            double observed = counts.eq(k).castTo(DataType.DOUBLE).meanNumber().doubleValue();
            assertEquals(p, observed, 5 * Math.sqrt(p * (1 - p) / n), "P(count = " + k + ")");
        }
    }

    @Test
    void poissonProcessBinaryBinsFireWithOneMinusExpRateDt() {
        // 100 Hz, dt = 1 ms: P(spike in a bin) = 1 − e^−0.1 ≈ 0.0952
        INDArray s = new PoissonProcessEncoder(1.0).encode(Nd4j.valueArrayOf(new long[] {2000}, 100.0, DataType.DOUBLE),
                50, new SplittableRandom(5));
        double p = 1 - Math.exp(-0.1);
        assertEquals(p, s.meanNumber().doubleValue(), 5 * Math.sqrt(p * (1 - p) / s.length()));
        assertEquals(1.0, s.maxNumber().doubleValue());
    }

    @Test
    void bernoulliFiresWithTheIntensity() {
        INDArray s = new BernoulliEncoder().encode(Nd4j.valueArrayOf(new long[] {100, 100}, 0.7, DataType.FLOAT), 5,
                new SplittableRandom(6));
        assertEquals(0.7, s.meanNumber().doubleValue(), 5 * Math.sqrt(0.21 / s.length()));
        assertArrayEquals(new float[] {1, 0, 1, 0, 1, 0},
                new BernoulliEncoder().encode(Nd4j.createFromArray(1.0, 0.0), 3, new SplittableRandom(6)).data().asFloat());
    }

    @Test
    void latencyCodesHaveTheDocumentedSpikeSteps() {
        LatencyEncoder linear = LatencyEncoder.linear(0.01);
        INDArray s = linear.encode(Nd4j.createFromArray(1.0, 0.5, 0.02, 0.005), 5, null);
        assertArrayEquals(new int[] {0, 2, 4, -1}, firstSpikes(s));
        assertEquals(1.0, s.sum(0).maxNumber().doubleValue(), "at most one spike per input");
        LatencyEncoder log = LatencyEncoder.log(5.0, 0.2);
        assertArrayEquals(new int[] {1, 3, 5, -1, -1}, firstSpikes(log.encode(Nd4j.createFromArray(1.0, 0.5, 0.3, 0.25, 0.2), 8, null)));
    }

    private static int[] firstSpikes(INDArray s) {
        int[] out = new int[(int) s.size(1)];
        for (int i = 0; i < out.length; i++) {
            out[i] = -1;
            for (int t = (int) s.size(0) - 1; t >= 0; t--) {
                if (s.getDouble(t, i) == 1.0) {
                    out[i] = t;
                }
            }
        }
        return out;
    }

    @Test
    void directRepeatsTheInputAndSumsTheGradientOverTime() {
        INDArray x = Nd4j.createFromArray(new float[][] {{0.25f, -1f}});
        INDArray y = new DirectEncoder().encode(x, 3, null);
        assertArrayEquals(new long[] {3, 1, 2}, y.shape());
        assertArrayEquals(new float[] {0.25f, -1f, 0.25f, -1f, 0.25f, -1f}, y.data().asFloat());
        GradientChecker.check(in -> DirectEncoder.repeat(in[0], 4), RandomArrays.uniform(1, -1, 1, 2, 3)).assertOk();
        Tensor v = Tensor.variable(Nd4j.ones(DataType.DOUBLE, 2));
        DirectEncoder.repeat(v, 5).sum().backward();
        assertArrayEquals(new double[] {5, 5}, v.grad().data().asDouble());
    }

    @Test
    void invalidInputNamesTheElementAndRange() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new BernoulliEncoder().encode(Nd4j.createFromArray(0.5, 1.5), 3, new SplittableRandom(1)));
        assertTrue(e.getMessage().contains("probability[1] = 1.5") && e.getMessage().contains("[0.0, 1.0]"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new PoissonEncoder(1.0).encode(Nd4j.createFromArray(-1.0), 3, new SplittableRandom(1)));
        assertThrows(IllegalArgumentException.class, () -> new PoissonEncoder(0.0));
        assertThrows(IllegalArgumentException.class, () -> LatencyEncoder.linear(1.0));
        assertThrows(IllegalArgumentException.class, () -> new DirectEncoder().encode(point(2), 0, null));
    }
}
