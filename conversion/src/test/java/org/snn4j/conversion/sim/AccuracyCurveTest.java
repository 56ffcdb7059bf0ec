package org.snn4j.conversion.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.snn4j.autograd.nn.Conv2dSpec;
import org.snn4j.autograd.nn.FlattenSpec;
import org.snn4j.autograd.nn.LinearSpec;
import org.snn4j.autograd.nn.MaxPool2dSpec;
import org.snn4j.autograd.nn.Module;
import org.snn4j.autograd.nn.ReLUSpec;
import org.snn4j.conversion.AnnConverter;
import org.snn4j.conversion.Conversion;
import org.snn4j.conversion.Nets;
import org.snn4j.conversion.SpikingNetwork;
import org.snn4j.conversion.norm.ApplyMode;
import org.snn4j.conversion.norm.Normalization;

/**
 * Accuracy against T on a tiny network whose labels are its own ANN predictions (ANN accuracy 1):
 * one simulation serves every T, accuracy rises with T and ends close to the ANN.
 */
class AccuracyCurveTest {

    @Test
    void accuracyRisesWithTTowardsTheAnn() {
        Module ann = Nets.build(21, new Conv2dSpec(1, 4, 3, 1, 1, 1, true), new ReLUSpec(), new MaxPool2dSpec(2),
                new FlattenSpec(), new LinearSpec(4 * 4 * 4, 16), new ReLUSpec(), new LinearSpec(16, 6));
        INDArray x = Nets.uniform(5, 200, 1, 8, 8);
        int[] labels = IfSimulator.argmax(AnnConverter.convert(ann, 1, 8, 8).output(x));
        SpikingNetwork snn = Conversion.convert(ann, new long[] {1, 8, 8}, Normalization.percentile(99.9),
                ApplyMode.WEIGHTS, Nets.source(Nets.uniform(6, 300, 1, 8, 8), new int[300], 100), 300);
        int[] ts = {1, 8, 32, 256};
        SimulationResult r = IfSimulator.run(snn, Nets.source(x, labels, 200),
                SimulationConfig.defaults(ts).withDiagnostics(false));
        double[] acc = r.accuracy();
        for (int k = 1; k < acc.length; k++) {
            assertTrue(acc[k] >= acc[k - 1] - 0.02, "accuracy should not fall with T: " + java.util.Arrays.toString(acc));
        }
        assertTrue(acc[0] < acc[acc.length - 1] && acc[acc.length - 1] >= 0.97, java.util.Arrays.toString(acc));
        assertEquals(acc[2], r.accuracyAt(32), 0);
        assertEquals(200, r.samples());
    }

    @Test
    void poissonInputIsSeededAndNeedsUnitRange() {
        Module ann = Nets.build(2, new FlattenSpec(), new LinearSpec(16, 8), new ReLUSpec(), new LinearSpec(8, 3));
        INDArray x = Nets.uniform(3, 40, 1, 4, 4);
        SpikingNetwork snn = Conversion.convert(ann, new long[] {1, 4, 4}, Normalization.model(), ApplyMode.WEIGHTS,
                null, 0);
        SimulationConfig poisson = SimulationConfig.defaults(16, 64).withInput(InputCoding.POISSON, 7);
        int[] labels = new int[40];
        double[] a = IfSimulator.run(snn, Nets.source(x, labels, 20), poisson).accuracy();
        double[] b = IfSimulator.run(snn, Nets.source(x, labels, 20), poisson).accuracy();
        assertEquals(a[0], b[0], 0);
        assertEquals(a[1], b[1], 0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> IfSimulator.run(snn, Nets.source(x.mul(2), labels, 20), poisson));
        assertTrue(e.getMessage().startsWith("Poisson input needs values in [0, 1]"), e.getMessage());
    }

    @Test
    void timestepsMustIncrease() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SimulationConfig.defaults(32, 16));
        assertEquals("SimulationConfig.timesteps must be strictly increasing values >= 1, got [32, 16]", e.getMessage());
    }
}
