package org.snn4j.autograd.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.check.GradientChecker;

/**
 * Every primitive and composite: gradients agree with central differences on 'c', 'f' and view
 * inputs; float32 stays float32; outputs never alias inputs (except the reshape views
 * {@link Shapes} documents).
 */
class OpGradientTest {

    static Stream<OpCase> cases() {
        return Stream.concat(PrimitiveCases.all().stream(), CompositeCases.all().stream());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void gradientMatchesCentralDifferences(OpCase c) {
        GradientChecker.check(c.options(), c.f(), c.inputs()).assertOk();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void float32InputsGiveFloat32ValuesAndGradients(OpCase c) {
        Tensor[] ts = new Tensor[c.inputs().length];
        for (int i = 0; i < ts.length; i++) {
            ts[i] = Tensor.variable(c.inputs()[i].castTo(DataType.FLOAT));
        }
        Tensor out = c.f().apply(ts);
        assertEquals(DataType.FLOAT, out.dataType());
        out.backward(Nd4j.onesLike(out.value()), false);
        for (Tensor t : ts) {
            assertEquals(DataType.FLOAT, t.grad().dataType());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void outputSharesNoMemoryWithInputs(OpCase c) {
        if (c.name().startsWith("reshape")) {
            return; // a row-major reshape is a view by design (Shapes; ShapesViewTest)
        }
        INDArray[] xs = new INDArray[c.inputs().length];
        Tensor[] ts = new Tensor[xs.length];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = c.inputs()[i].dup('c');
            ts[i] = Tensor.variable(xs[i]);
        }
        INDArray out = c.f().apply(ts).value();
        INDArray before = out.dup();
        for (INDArray x : xs) {
            x.addi(100);
        }
        assertEquals(before, out, "an in-place update of an input changed the output");
        out.addi(1000);
        for (int i = 0; i < xs.length; i++) {
            assertTrue(xs[i].equalsWithEps(c.inputs()[i].add(100), 1e-9), "an in-place update of the output changed input " + i);
        }
    }
}
