package org.snn4j.conversion.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.conversion.AnnConverter;
import org.snn4j.conversion.Nets;
import org.snn4j.conversion.SpikingNetwork;
import org.snn4j.conversion.network.ConvertedNetwork;
import org.snn4j.conversion.norm.ApplyMode;
import org.snn4j.conversion.norm.Scales;
import org.snn4j.conversion.norm.Normalizer;
import org.snn4j.neurons.model.ResetMode;

/**
 * The hand-worked network of {@code HandWorkedScalesTest} with data-based λ = (1, 1.25), input
 * {@code x = [1, 1]} as a constant current, T = 8, reset by subtraction.
 * <pre>
 * layer 1: z1 = [1, 0.5] per step  -> neuron 0 fires every step (N = 8), neuron 1 at even steps (N = 4)
 * layer 2: W2' = W2/1.25 = [[0.8, 0.4], [0.2, −0.8]]
 *   neuron 0: z = 0.8 + 0.4·[t even]; v: 0.8, 2.0→1.0, 1.8→0.8, 2.0→1.0, … fires at t = 2..8: N = 7, V(8) = 1.0
 *   neuron 1: z = 0.2 − 0.8·[t even]; v stays below 1: N = 0, V(8) = 4·0.2 − 4·0.6 = −1.6
 * check (Rueckauer et al. 2017, subtraction reset): N = Σz − V(T): 0.8·8 + 0.4·4 − 1.0 = 7
 * </pre>
 */
class HandWorkedSimulationTest {
    private static final ConvertedNetwork NET = AnnConverter.convert(Nets.handWorked(), DataType.DOUBLE, 2);
    private static final Scales DATA = new Scales(java.util.List.of(new double[] {1.0}, new double[] {1.25}));
    private static final INDArray X = Nd4j.createFromArray(new double[][] {{1.0, 1.0}});

    private static IfSimulator.BatchRun run(ApplyMode mode, SimulationConfig cfg) {
        SpikingNetwork snn = Normalizer.apply(NET, DATA, mode, "hand");
        return IfSimulator.simulate(snn, X, cfg, new SplittableRandom(1));
    }

    @Test
    void weightNormalisedSpikeCountsMatchTheHandWorkedValues() {
        IfSimulator.BatchRun r = run(ApplyMode.WEIGHTS, SimulationConfig.defaults(8));
        assertArrayEquals(new double[] {8, 4}, r.finalCounts().get(0).reshape(2).toDoubleVector(), 0);
        assertArrayEquals(new double[] {7, 0}, r.finalCounts().get(1).reshape(2).toDoubleVector(), 0);
        assertArrayEquals(new double[] {1.0, -1.6}, r.finalMembranes().get(1).reshape(2).toDoubleVector(), 1e-12);
        assertEquals(0, r.predictions()[0][0]);
    }

    @Test
    void thresholdBalancingGivesTheSameCountsAndLambdaTimesTheMembrane() {
        IfSimulator.BatchRun r = run(ApplyMode.THRESHOLD, SimulationConfig.defaults(8));
        assertArrayEquals(new double[] {7, 0}, r.finalCounts().get(1).reshape(2).toDoubleVector(), 0);
        assertArrayEquals(new double[] {1.25, -2.0}, r.finalMembranes().get(1).reshape(2).toDoubleVector(), 1e-12);
    }

    @Test
    void diagnosticsReportRateErrorAndResidualOfRueckauer2017() {
        SpikingNetwork snn = Normalizer.apply(NET, DATA, ApplyMode.WEIGHTS, "hand");
        SimulationResult r = IfSimulator.run(snn, Nets.source(X.castTo(DataType.FLOAT), new int[] {0}, 1),
                SimulationConfig.defaults(8));
        LayerDiagnostics l2 = r.diagnostics().get(0).get(1);
        // rates [7/8, 0], â = a2/λ2 = [1, −0.2]: |r − â| = [1/8, 0.2] -> mean 0.1625
        assertEquals(7.0 / 16, l2.meanRate(), 1e-6);
        assertEquals(0.1625, l2.rateError(), 1e-6);
        // residual V(T)/T = [1/8, −0.2] -> mean −0.0375
        assertEquals(-0.0375, l2.residual(), 1e-6);
        // layer 1 is exact: rates [1, 0.5] equal â, residual 0
        assertEquals(0, r.diagnostics().get(0).get(0).rateError(), 1e-6);
        assertEquals(1.0, r.accuracy()[0], 0);
    }

    @Test
    void resetToZeroLosesTheOvershoot() {
        // layer 2 neuron 0 with reset to zero: v 0.8, 2.0→0, 0.8, 2.0→0, ... fires at even t only: N = 4
        IfSimulator.BatchRun r = run(ApplyMode.WEIGHTS, SimulationConfig.defaults(8).withReset(ResetMode.TO_VALUE));
        assertArrayEquals(new double[] {4, 0}, r.finalCounts().get(1).reshape(2).toDoubleVector(), 0);
    }
}
