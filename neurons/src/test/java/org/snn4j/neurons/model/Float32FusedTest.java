package org.snn4j.neurons.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.snn4j.autograd.check.RandomArrays;
import org.snn4j.neurons.fused.FusedLinearCharge;
import org.snn4j.neurons.surrogate.Surrogate;
import org.snn4j.neurons.surrogate.Surrogates;

/**
 * The float32 fused path (the training fast path) agrees with the float64 fused path, which the
 * reference-vs-fused sweep ties to the tape: same spikes, and gradients within float32 round-off
 * element by element with the exact BPTT state (relative 10⁻⁴); with the compact one (the default)
 * each gradient within 10⁻³ of its L2 norm (at most 1.6·10⁻⁴ measured; σ′ is kept to 7.7·10⁻⁶ of
 * the surrogate's peak, and an element that is a difference of larger terms carries their
 * rounding, so it is judged against the whole gradient).
 */
class Float32FusedTest {
    private static final long[] SHAPE = {8, 3, 2, 5};
    private static final long[] STEP = {3, 2, 5};

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        List<Surrogate> surrogates = Surrogates.all();
        List<Firing> firings = new ArrayList<>();
        int i = 0;
        for (ResetMode reset : ResetMode.values()) {
            for (boolean detach : new boolean[] {false, true}) {
                for (boolean learnable : new boolean[] {false, true}) {
                    firings.add(new Firing(1.0, reset, -0.1, detach, surrogates.get(i++ % surrogates.size()),
                            learnable));
                }
            }
        }
        for (NeuronParameters p : FusedVsReferenceTest.models()) {
            for (Firing f : ModelCase.firings(p, firings)) {
                for (Readout readout : Readout.values()) {
                    out.add(Arguments.of(p, f, readout));
                }
            }
        }
        return out.stream();
    }

    private static ModelCase model(NeuronParameters p, Firing f, DataType type) {
        return ModelCase.of(p.withFiring(f), 2, type).set(NeuronTensors.THRESHOLD, 0.9, 1.1).set(Plif.W, 0.4, -0.2);
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("cases")
    void float32MatchesFloat64(NeuronParameters p, Firing f, Readout readout) {
        boolean before = FusedLinearCharge.compactState();
        try {
            FusedLinearCharge.setCompactState(false);
            compare(p, f, readout, false);
            FusedLinearCharge.setCompactState(true);
            compare(p, f, readout, true);
        } finally {
            FusedLinearCharge.setCompactState(before);
        }
    }

    private static void compare(NeuronParameters p, Firing f, Readout readout, boolean compact) {
        INDArray x32 = RandomArrays.uniform(31, -0.3, 2.0, SHAPE).castTo(DataType.FLOAT);
        INDArray r32 = RandomArrays.uniform(32, -1, 1, SHAPE).castTo(DataType.FLOAT);
        List<long[]> shapes = model(p, f, DataType.FLOAT).stateShapes(STEP);
        List<INDArray> init32 = new ArrayList<>(List.of(RandomArrays.uniform(33, -0.2, 0.8, shapes.get(0))
                .castTo(DataType.FLOAT)));
        for (int k = 1; k < shapes.size(); k++) {
            init32.add(RandomArrays.uniform(33 + k, 0.0, 0.4, shapes.get(k)).castTo(DataType.FLOAT));
        }
        List<INDArray> init64 = init32.stream().map(a -> a.castTo(DataType.DOUBLE)).toList();
        PathRun single = PathRun.of(model(p, f, DataType.FLOAT), x32, init32, ExecutionPath.FUSED, readout, r32);
        PathRun dbl = PathRun.of(model(p, f, DataType.DOUBLE), x32.castTo(DataType.DOUBLE), init64, ExecutionPath.FUSED,
                readout, r32.castTo(DataType.DOUBLE));
        assertEquals(DataType.FLOAT, single.output().dataType());
        double[] o32 = single.output().castTo(DataType.DOUBLE).data().asDouble();
        double[] o64 = dbl.output().data().asDouble();
        assertArrayEquals(o64, o32, readout == Readout.SPIKES ? 0.0 : 1e-5, "outputs");
        for (Map.Entry<String, INDArray> e : dbl.gradients().entrySet()) {
            INDArray g32 = single.gradients().get(e.getKey());
            assertEquals(DataType.FLOAT, g32.dataType(), e.getKey());
            double[] a = g32.castTo(DataType.DOUBLE).dup('c').data().asDouble();
            double[] b = e.getValue().dup('c').data().asDouble();
            if (compact) {
                double err = 0;
                double norm = 0;
                for (int i = 0; i < a.length; i++) {
                    err += (a[i] - b[i]) * (a[i] - b[i]);
                    norm += b[i] * b[i];
                }
                assertTrue(Math.sqrt(err) <= 1e-3 * Math.sqrt(norm) + 1e-6, e.getKey() + ": relative L2 difference "
                        + Math.sqrt(err / norm) + " with the compact state");
                continue;
            }
            for (int i = 0; i < a.length; i++) {
                assertTrue(Math.abs(a[i] - b[i]) <= 1e-4 * Math.max(Math.abs(a[i]), Math.abs(b[i])) + 1e-5,
                        e.getKey() + "[" + i + "]: float32 " + a[i] + " vs float64 " + b[i]);
            }
        }
    }
}
