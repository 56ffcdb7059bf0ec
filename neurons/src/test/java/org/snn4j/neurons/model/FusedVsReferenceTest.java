package org.snn4j.neurons.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.check.RandomArrays;
import org.snn4j.neurons.model.Readout;
import org.snn4j.neurons.slayer.SrmParameters;
import org.snn4j.neurons.surrogate.ATan;
import org.snn4j.neurons.surrogate.Surrogate;
import org.snn4j.neurons.surrogate.Surrogates;

/**
 * The fused path gives the reference path's spikes exactly, its final state and gradients to 1e-5
 * relative error (float64), for every registered model × reset mode × detachReset × surrogate, with a
 * learnable per-channel threshold, a random differentiable initial state and (PLIF) per-channel
 * τ. A model without a fused kernel runs its reference path on both sides (the comparison is
 * then trivially exact). SRM runs once per model variant with its own firing
 * ({@link ModelCase#firings}), with a random initial history.
 */
class FusedVsReferenceTest {
    private static final long[] SHAPE = {5, 2, 2, 3};   // [T, B, C, 3]
    private static final int CHANNELS = 2;
    private static int savedThreads;
    private static int savedMasterThreads;

    /**
     * The reference path runs hundreds of ND4J ops on a few dozen elements per case; an OpenMP
     * parallel region per op costs far more than it saves there (the sweep takes ~6× longer on
     * two busy cores), so the sweep runs ND4J single-threaded and restores the setting after.
     */
    @BeforeAll
    static void singleThreadedNd4j() {
        savedThreads = Nd4j.getEnvironment().maxThreads();
        savedMasterThreads = Nd4j.getEnvironment().maxMasterThreads();
        Nd4j.getEnvironment().setMaxThreads(1);
        Nd4j.getEnvironment().setMaxMasterThreads(1);
    }

    @AfterAll
    static void restoreNd4jThreads() {
        Nd4j.getEnvironment().setMaxThreads(savedThreads);
        Nd4j.getEnvironment().setMaxMasterThreads(savedMasterThreads);
    }

    /**
     * Every registered model's defaults, plus the decay-input-off variants of the charge-form
     * models and an SRM whose short kernels keep less history (H = 2) than a test sequence is long.
     */
    static List<NeuronParameters> models() {
        List<NeuronParameters> m = new ArrayList<>();
        Neurons.all().forEach(n -> m.add(n.defaults()));
        m.add(new LifParameters(3.0, 1.0, false, Firing.defaults()));
        m.add(new PlifParameters(2.5, 1.0, false, Firing.defaults()));
        m.add(new SrmParameters(1.0, 2.0, 1.0, 1.0, 0.5, 1.0, 1.0, 3));
        return m;
    }

    /** (p, firing) for every model and every firing setting it takes ({@link ModelCase#firings}). */
    static List<Arguments> cases(List<Firing> firings) {
        List<Arguments> out = new ArrayList<>();
        for (NeuronParameters p : models()) {
            for (Firing f : ModelCase.firings(p, firings)) {
                out.add(Arguments.of(p, f));
            }
        }
        return out;
    }

    static Stream<Arguments> sweep() {
        List<Firing> firings = new ArrayList<>();
        for (ResetMode reset : ResetMode.values()) {
            for (boolean detach : new boolean[] {false, true}) {
                for (Surrogate s : Surrogates.all()) {
                    firings.add(new Firing(1.0, reset, -0.1, detach, s, true));
                }
            }
        }
        return cases(firings).stream();
    }

    static Stream<Arguments> membraneReadout() {
        List<Firing> firings = new ArrayList<>();
        for (ResetMode reset : ResetMode.values()) {
            for (boolean detach : new boolean[] {false, true}) {
                firings.add(new Firing(0.8, reset, 0.2, detach, new ATan(), false));
            }
        }
        return cases(firings).stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("sweep")
    void fusedEqualsReference(NeuronParameters p, Firing f) {
        ModelCase model = ModelCase.of(p.withFiring(f), CHANNELS, DataType.DOUBLE)
                .set(NeuronTensors.THRESHOLD, 0.9, 1.1).set(Plif.W, 0.3, -0.7);
        compare(model, Readout.SPIKES, 11);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("membraneReadout")
    void fusedEqualsReferenceForMembraneReadoutWithPerLayerThreshold(NeuronParameters p, Firing f) {
        compare(ModelCase.of(p.withFiring(f), 1, DataType.DOUBLE), Readout.MEMBRANE, 12);
    }

    private static void compare(ModelCase model, Readout readout, long seed) {
        INDArray x = RandomArrays.uniform(seed, -0.3, 2.0, SHAPE);
        long[] step = {SHAPE[1], SHAPE[2], SHAPE[3]};
        List<long[]> shapes = model.stateShapes(step);
        List<INDArray> init = new ArrayList<>();
        init.add(RandomArrays.uniform(seed + 1, -0.3, 0.9, shapes.get(0)));
        for (int k = 1; k < shapes.size(); k++) {
            init.add(RandomArrays.uniform(seed + 1 + k, 0.0, 0.4, shapes.get(k)));
        }
        INDArray r = RandomArrays.uniform(seed + 3, -1, 1, SHAPE);
        PathRun ref = PathRun.of(model, x, init, ExecutionPath.REFERENCE, readout, r);
        PathRun fused = PathRun.of(model, x, init, ExecutionPath.FUSED, readout, r);
        if (readout == Readout.SPIKES) {
            assertArrayEquals(ref.output().data().asDouble(), fused.output().data().asDouble(), 0.0, "spikes");
            double rate = ref.output().meanNumber().doubleValue();
            assertTrue(rate > 0.05 && rate < 0.95, "the test input should make some neurons fire, rate " + rate);
        } else {
            assertClose("membrane", ref.output(), fused.output());
        }
        assertEquals(ref.finalState().size(), fused.finalState().size());
        for (int k = 0; k < ref.finalState().size(); k++) {
            assertClose("final state " + k, ref.finalState().get(k), fused.finalState().get(k));
        }
        assertEquals(ref.gradients().keySet(), fused.gradients().keySet());
        for (Map.Entry<String, INDArray> e : ref.gradients().entrySet()) {
            assertClose(e.getKey(), e.getValue(), fused.gradients().get(e.getKey()));
        }
    }

    /** Relative error ≤ 1e-5 per entry; a gradient the tape never reached counts as zeros. */
    static void assertClose(String what, INDArray expected, INDArray actual) {
        assertTrue(expected != null || actual != null, what + ": no gradient on either path");
        expected = expected != null ? expected : Nd4j.zerosLike(actual);
        actual = actual != null ? actual : Nd4j.zerosLike(expected);
        assertArrayEquals(expected.shape(), actual.shape(), what + " shape");
        double[] e = expected.dup('c').data().asDouble();
        double[] a = actual.dup('c').data().asDouble();
        for (int i = 0; i < e.length; i++) {
            double tol = 1e-5 * Math.max(Math.abs(e[i]), Math.abs(a[i])) + 1e-12;
            assertTrue(Math.abs(e[i] - a[i]) <= tol, what + "[" + i + "]: reference " + e[i] + " vs fused " + a[i]);
        }
    }
}
