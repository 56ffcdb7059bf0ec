package org.snn4j.conversion.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.snn4j.autograd.nn.AvgPool2dSpec;
import org.snn4j.autograd.nn.Conv2dSpec;
import org.snn4j.autograd.nn.FlattenSpec;
import org.snn4j.autograd.nn.LinearSpec;
import org.snn4j.autograd.nn.Module;
import org.snn4j.autograd.nn.ReLUSpec;
import org.snn4j.conversion.AnnConverter;
import org.snn4j.conversion.Nets;
import org.snn4j.conversion.SpikingNetwork;
import org.snn4j.conversion.network.ConvertedNetwork;
import org.snn4j.conversion.norm.ActivationStatistics;
import org.snn4j.conversion.norm.ApplyMode;
import org.snn4j.conversion.norm.Normalization;
import org.snn4j.conversion.norm.Normalizer;
import org.snn4j.conversion.norm.Scales;
import org.snn4j.neurons.model.Readout;

/**
 * Under reset by subtraction, weight normalisation (Diehl et al. 2015) and threshold balancing
 * (Sengupta et al. 2019; spikes that
 * carry V_thr^l = λ^l) are the same network up to a factor λ^l per layer. For the same input both
 * give identical spike counts in every layer, and every membrane, residual V(T) and accumulated
 * output of threshold balancing is λ^l times that of weight normalisation
 * ({@code "这里的 V_i^l(T) 是 (2) 式中的 V_thr 倍"}). Float64, random biased networks. The identity is
 * exact in real arithmetic; in floating point the two modes round differently, which decides a
 * spike only when a membrane lands exactly on the threshold.
 */
class EquivalenceTest {

    static Stream<Arguments> networks() {
        Module mlp = Nets.build(3, new FlattenSpec(), new LinearSpec(36, 24), new ReLUSpec(), new LinearSpec(24, 16),
                new ReLUSpec(), new LinearSpec(16, 5));
        Module cnn = Nets.build(4, new Conv2dSpec(1, 4, 3, 1, 1, 1, true), new ReLUSpec(), new AvgPool2dSpec(2),
                new Conv2dSpec(4, 6, 3), new ReLUSpec(), new FlattenSpec(), new LinearSpec(6 * 1 * 1, 5));
        return Stream.of(Arguments.of("mlp", mlp, Normalization.data()),
                Arguments.of("mlp", mlp, Normalization.percentile(90).withChannelWise(true)),
                Arguments.of("cnn", cnn, Normalization.percentile(99)),
                Arguments.of("cnn", cnn, Normalization.data().withChannelWise(true)));
    }

    @ParameterizedTest(name = "{0} {2}")
    @MethodSource("networks")
    void bothModesGiveIdenticalCountsAndOutputsScaledByLambda(String name, Module ann, Normalization norm) {
        ConvertedNetwork net = AnnConverter.convert(ann, DataType.DOUBLE, 1, 6, 6);
        INDArray x = Nets.uniform(7, 12, 1, 6, 6).castTo(DataType.DOUBLE);
        // calibrate on other samples: λ equal to a test activation would put a membrane exactly on
        // the threshold, where the two modes' different rounding decides the spike
        ActivationStatistics stats = new ActivationStatistics(net, true);
        stats.add(net.analog(Nets.uniform(70, 12, 1, 6, 6).castTo(DataType.DOUBLE)));
        Scales scales = Normalizer.scales(net, norm, stats);
        SpikingNetwork weights = Normalizer.apply(net, scales, ApplyMode.WEIGHTS, "w");
        SpikingNetwork threshold = Normalizer.apply(net, scales, ApplyMode.THRESHOLD, "t");
        SimulationConfig cfg = SimulationConfig.defaults(5, 40).withReadout(Readout.MEMBRANE);
        IfSimulator.BatchRun w = IfSimulator.simulate(weights, x, cfg, new SplittableRandom(1));
        IfSimulator.BatchRun t = IfSimulator.simulate(threshold, x, cfg, new SplittableRandom(1));
        long spikes = 0;
        for (int l = 0; l < net.stages().size(); l++) {
            double[] nw = w.finalCounts().get(l).reshape(-1).toDoubleVector();
            assertArrayEquals(nw, t.finalCounts().get(l).reshape(-1).toDoubleVector(), 0, "layer " + (l + 1) + " counts");
            spikes += (long) java.util.Arrays.stream(nw).sum();
            INDArray scaled = LayerState.broadcast(threshold.thresholds().get(l), w.finalMembranes().get(l).shape(),
                    DataType.DOUBLE).mul(w.finalMembranes().get(l));
            assertArrayEquals(scaled.reshape(-1).toDoubleVector(), t.finalMembranes().get(l).reshape(-1).toDoubleVector(),
                    1e-9, "layer " + (l + 1) + ": V_thr-balanced membrane = λ · weight-normalised membrane");
        }
        assertTrue(spikes > 0, "the test network must spike");
        assertArrayEquals(w.predictions()[1], t.predictions()[1]);
    }

    @ParameterizedTest(name = "{0} {2}")
    @MethodSource("networks")
    void ratesApproachTheNormalisedActivationsAsTGrows(String name, Module ann, Normalization norm) {
        ConvertedNetwork net = AnnConverter.convert(ann, DataType.DOUBLE, 1, 6, 6);
        INDArray x = Nets.uniform(8, 6, 1, 6, 6).castTo(DataType.DOUBLE);
        ActivationStatistics stats = new ActivationStatistics(net, true);
        stats.add(net.analog(x));
        SpikingNetwork snn = Normalizer.apply(net, Normalizer.scales(net, norm, stats), ApplyMode.WEIGHTS, "w");
        SimulationResult r = IfSimulator.run(snn, Nets.source(x, new int[6], 6), SimulationConfig.defaults(8, 128));
        List<LayerDiagnostics> early = r.diagnostics().get(0);
        List<LayerDiagnostics> late = r.diagnostics().get(1);
        // layer 1 gets a constant current z: r = z − V(T)/T with 0 <= V(T) < 1 while z <= 1, and r = â = 0 for z < 0
        assertTrue(late.get(0).rateError() < early.get(0).rateError());
        if (norm.method() == org.snn4j.conversion.norm.NormMethod.DATA) {
            assertTrue(late.get(0).rateError() <= 1.0 / 128, "no saturation under max-norm: error <= 1/T");
        }
        assertTrue(late.get(late.size() - 1).rateError() < early.get(early.size() - 1).rateError());
    }
}
