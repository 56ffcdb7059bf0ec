package org.snn4j.conversion.norm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;
import org.junit.jupiter.api.Test;
import org.snn4j.conversion.AnnConverter;
import org.snn4j.conversion.Nets;
import org.snn4j.conversion.network.ConvertedNetwork;

/**
 * λ of the hand-worked network 2 → 2 → 2 (no biases),
 * {@code W1 = [[0.5, 0.5], [−0.25, 0.75]]}, {@code W2 = [[1, 0.5], [0.25, −1]]}, calibrated on
 * {@code x_a = [1, 1]} and {@code x_b = [0.5, 0]}:
 * <pre>
 * a1(x_a) = [1, 0.5]      a1(x_b) = [0.25, 0]       (ReLU of [0.25, −0.125])
 * a2(x_a) = [1.25, −0.25] a2(x_b) = [0.25, 0.0625]
 * </pre>
 */
class HandWorkedScalesTest {
    private static final ConvertedNetwork NET = AnnConverter.convert(Nets.handWorked(), DataType.DOUBLE, 2);

    private static ActivationStatistics stats() {
        ActivationStatistics s = new ActivationStatistics(NET, true);
        s.add(NET.analog(Nd4j.createFromArray(new double[][] {{1.0, 1.0}, {0.5, 0.0}})));
        return s;
    }

    @Test
    void modelBasedIsTheLargestPositiveInputSum() {
        // λ1 = max(0.5 + 0.5, 0.75) = 1;  λ2 = max((1 + 0.5)·λ1, 0.25·λ1) = 1.5
        Scales s = Normalizer.scales(NET, Normalization.model(), null);
        assertArrayEquals(new double[] {1.0, 1.5}, s.summary(), 1e-12);
        // channel-wise: per neuron
        Scales c = Normalizer.scales(NET, Normalization.model().withChannelWise(true), null);
        assertArrayEquals(new double[] {1.0, 0.75}, c.perLayer().get(0), 1e-12);
        // output layer keeps one λ: row sums with λ1 = [1, 0.75] are 1·1 + 0.5·0.75 = 1.375 and 0.25·1
        assertArrayEquals(new double[] {1.375}, c.perLayer().get(1), 1e-12);
    }

    @Test
    void dataBasedIsTheMaximumOfWeightsAndActivations() {
        // λ1 = max(max W1 = 0.75, max a1 = 1) = 1;  λ2 = max(max W2 = 1, max a2 = 1.25) = 1.25
        assertArrayEquals(new double[] {1.0, 1.25}, Normalizer.scales(NET, Normalization.data(), stats()).summary(),
                1e-12);
        // channel-wise: layer 1 [max(0.5, 1), max(0.75, 0.5)]; the output layer keeps max(1, 1.25)
        Scales c = Normalizer.scales(NET, Normalization.data().withChannelWise(true), stats());
        assertArrayEquals(new double[] {1.0, 0.75}, c.perLayer().get(0), 1e-12);
        assertArrayEquals(new double[] {1.25}, c.perLayer().get(1), 1e-12);
    }

    @Test
    void percentileUsesThePositiveActivationsOnly() {
        // positive a1 = {1, 0.5, 0.25} -> median 0.5; positive a2 = {1.25, 0.25, 0.0625} -> median 0.25
        assertArrayEquals(new double[] {0.5, 0.25}, Normalizer.scales(NET, Normalization.percentile(50), stats())
                .summary(), 1e-12);
        // p = 75 on {0.25, 0.5, 1}: rank 1.5 -> 0.5 + 0.5·(1 − 0.5) = 0.75
        assertEquals(0.75, Normalizer.scales(NET, Normalization.percentile(75), stats()).max(0), 1e-12);
        // p = 100 is the maximum, as for data-based without the weight term
        assertArrayEquals(new double[] {1.0, 1.25}, Normalizer.scales(NET, Normalization.percentile(100), stats())
                .summary(), 1e-12);
    }

    @Test
    void weightNormalisationScalesByPreviousOverCurrentLambda() {
        // W2' = W2·λ1/λ2 = W2/1.25
        var snn = Normalizer.apply(NET, Normalizer.scales(NET, Normalization.data(), stats()), ApplyMode.WEIGHTS, "t");
        assertArrayEquals(new double[] {0.8, 0.4, 0.2, -0.8},
                snn.network().stages().get(1).weighted().weight().reshape(4).toDoubleVector(), 1e-12);
        assertArrayEquals(new double[] {1, 1}, snn.thresholds().get(1), 0);
        var balanced = Normalizer.apply(NET, Normalizer.scales(NET, Normalization.data(), stats()), ApplyMode.THRESHOLD,
                "t");
        assertArrayEquals(new double[] {1.0, 0.5, 0.25, -1.0},
                balanced.network().stages().get(1).weighted().weight().reshape(4).toDoubleVector(), 1e-12);
        assertArrayEquals(new double[] {1.25, 1.25}, balanced.thresholds().get(1), 0);
    }

    @Test
    void parsesNormalisationNames() {
        assertEquals(Normalization.percentile(99.9), Normalization.parse("percentile:99.9"));
        assertEquals(Normalization.data().withChannelWise(true), Normalization.parse("channel-data"));
        assertEquals("percentile:99.99", Normalization.parse("percentile:99.99").label());
        var e = assertThrows(IllegalArgumentException.class, () -> Normalization.parse("percentile:200"));
        assertEquals("Normalization.percentile must be in (0, 100], got 200.0", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Normalization.parse("l2"));
    }
}
