package org.snn4j.neurons.model;

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
import org.snn4j.autograd.GradMode;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.check.GradientChecker;
import org.snn4j.autograd.check.RandomArrays;
import org.snn4j.neurons.surrogate.ATan;

/**
 * The fused path against finite differences. With a membrane readout and a detached reset, no
 * surrogate term enters the gradient, so the fused node's gradient is the true derivative of
 * its (piecewise smooth) output wherever no membrane sits at the threshold: the shared gradient
 * checker applies, w.r.t. the input sequence and the initial state, in 'c', 'f' and strided-view
 * layouts. Learnable threshold and PLIF's w are checked by central differences of the same loss.
 */
class FusedGradientCheckTest {
    private static final long[] SHAPE = {5, 2, 2, 3};
    private static final long[] STEP = {2, 2, 3};

    static Stream<Arguments> cases() {
        List<Firing> firings = new ArrayList<>();
        for (ResetMode reset : ResetMode.values()) {
            firings.add(new Firing(1.0, reset, 0.1, true, new ATan(), true));
        }
        List<Arguments> out = new ArrayList<>();
        for (NeuronParameters p : FusedVsReferenceTest.models()) {
            for (Firing f : ModelCase.firings(p, firings)) {
                // ALIF's SUBTRACT removes the adapted threshold, which feeds the attached spike back: not smooth
                if (!(p instanceof AlifParameters && f.reset() == ResetMode.SUBTRACT)) {
                    out.add(Arguments.of(p, f));
                }
            }
        }
        return out.stream();
    }

    /** The cases with learnable tensors: SRM has none (its θ is fixed, see {@link ModelCase#firings}). */
    static Stream<Arguments> learnableCases() {
        return cases().filter(a -> !model((NeuronParameters) a.get()[0], (Firing) a.get()[1]).learnable().isEmpty());
    }

    private static ModelCase model(NeuronParameters p, Firing f) {
        return ModelCase.of(p.withFiring(f), 2, DataType.DOUBLE).set(NeuronTensors.THRESHOLD, 0.95, 1.05);
    }

    private static INDArray[] inputs(ModelCase m) {
        List<long[]> shapes = m.stateShapes(STEP);
        List<INDArray> in = new ArrayList<>(List.of(RandomArrays.uniform(21, -0.3, 2.0, SHAPE),
                RandomArrays.uniform(22, -0.2, 0.8, shapes.get(0))));
        for (int k = 1; k < shapes.size(); k++) {
            in.add(RandomArrays.uniform(22 + k, 0.0, 0.5, shapes.get(k)));
        }
        return in.toArray(new INDArray[0]);
    }

    private static Tensor membrane(ModelCase m, Tensor[] in) {
        NeuronState s0 = m.state(List.of(in).subList(1, in.length));
        return m.run(in[0], s0, ExecutionPath.FUSED, Readout.MEMBRANE).output();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void inputAndInitialStateGradientsMatchFiniteDifferences(NeuronParameters p, Firing f) {
        ModelCase m = model(p, f);
        GradientChecker.check(in -> membrane(m, in), inputs(m)).assertOk();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("learnableCases")
    @SuppressWarnings("try")
    void learnableParameterGradientsMatchFiniteDifferences(NeuronParameters p, Firing f) {
        ModelCase m = model(p, f);
        INDArray[] in = inputs(m);
        Tensor[] fixed = new Tensor[in.length];
        for (int i = 0; i < in.length; i++) {
            fixed[i] = Tensor.constant(in[i]);
        }
        INDArray r = RandomArrays.uniform(24, -1, 1, SHAPE);
        membrane(m, fixed).backward(r, false);
        double eps = 1e-6;
        for (Map.Entry<String, Tensor> e : m.learnable().entrySet()) {
            INDArray value = e.getValue().value();
            for (int j = 0; j < value.length(); j++) {
                double v0 = value.getDouble(j);
                double[] loss = new double[2];
                for (int side = 0; side < 2; side++) {
                    value.putScalar(j, v0 + (side == 0 ? eps : -eps));
                    try (GradMode.Scope s = GradMode.noGrad()) {
                        loss[side] = membrane(m, fixed).value().mul(r).sumNumber().doubleValue();
                    }
                }
                value.putScalar(j, v0);
                double numeric = (loss[0] - loss[1]) / (2 * eps);
                double analytic = e.getValue().grad().getDouble(j);
                double err = Math.abs(numeric - analytic);
                assertTrue(err <= 1e-8 || err <= 1e-5 * Math.max(Math.abs(numeric), Math.abs(analytic)),
                        e.getKey() + "[" + j + "]: analytic " + analytic + " vs numeric " + numeric);
            }
        }
    }
}
