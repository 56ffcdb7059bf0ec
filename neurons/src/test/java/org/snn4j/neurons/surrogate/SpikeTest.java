package org.snn4j.neurons.surrogate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.check.GradientChecker;

/** The spike primitive: Heaviside forward (H(0) = 1), g·σ'(x) backward, for every surrogate. */
class SpikeTest {

    static Stream<Surrogate> surrogates() {
        return Surrogates.all().stream();
    }

    /** Points clear of every surrogate's kinks (0, ±width/2, ±width for the defaults). */
    private static INDArray points() {
        return Nd4j.createFromArray(-2.83, -1.37, -0.71, -0.23, 0.13, 0.37, 0.61, 0.87, 1.41, 2.2).reshape(2, 5);
    }

    @Test
    void forwardIsTheHeavisideStepWithHOfZeroEqualToOne() {
        Tensor x = Tensor.constant(Nd4j.createFromArray(-1.0, -1e-300, 0.0, 1e-300, 2.0, Double.NaN));
        assertArrayEquals(new double[] {0, 0, 1, 1, 1, 0}, Spike.apply(x, new ATan()).value().toDoubleVector(), 0.0);
        Tensor f = Tensor.constant(Nd4j.createFromArray(-0.5f, 0f, 0.5f));
        Tensor s = Spike.apply(f, new ATan());
        assertEquals(DataType.FLOAT, s.dataType());
        assertArrayEquals(new double[] {0, 1, 1}, s.value().toDoubleVector(), 0.0);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("surrogates")
    void backwardIsTheUpstreamGradientTimesTheSurrogateDerivative(Surrogate s) {
        INDArray v = points();
        Tensor x = Tensor.variable(v.dup());
        INDArray g = Nd4j.linspace(DataType.DOUBLE, 0.5, 0.25, 10).reshape(2, 5);
        Spike.apply(x, s).backward(g, false);
        double[] vs = v.dup('c').data().asDouble();
        double[] gs = g.dup('c').data().asDouble();
        double[] expected = new double[vs.length];
        for (int i = 0; i < vs.length; i++) {
            expected[i] = gs[i] * s.derivative(vs[i]);
        }
        assertArrayEquals(expected, x.grad().dup('c').data().asDouble(), 1e-15);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("surrogates")
    void theSharedBackwardRuleIsTheDerivativeOfTheSurrogatePrimitive(Surrogate s) {
        // Spike.smooth has forward σ(x) and the spike's backward rule: the checker's central
        // differences of σ must match the rule (c, f and strided-view layouts).
        GradientChecker.check(in -> Spike.smooth(in[0], s), points()).assertOk();
    }

    @Test
    void atanBackwardAtZeroIsHalfAlpha() {
        Tensor x = Tensor.variable(Nd4j.createFromArray(0.0));
        Spike.apply(x, new ATan(3.0)).sum().backward();
        assertEquals(1.5, x.grad().getDouble(0), 1e-15);
    }
}
