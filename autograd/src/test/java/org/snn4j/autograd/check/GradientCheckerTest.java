package org.snn4j.autograd.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.Graph;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.ops.Arithmetic;
import org.snn4j.autograd.ops.Comparisons;

/** The checker accepts correct rules and catches wrong ones, with a message that locates the error. */
class GradientCheckerTest {

    /** z = x², with a deliberately wrong rule ∂x = g·x (the factor 2 is missing). */
    private static Tensor wrongSquare(Tensor x) {
        INDArray v = x.value();
        return Graph.record("wrongSquare", v.mul(v), (g, n) -> new INDArray[] {g.mul(v)}, x);
    }

    /** Copies the raw buffer in storage order: right only for a dense row-major input. */
    private static Tensor rawBufferCopy(Tensor x) {
        double[] raw = x.value().data().asDouble();
        INDArray z = Nd4j.createFromArray(java.util.Arrays.copyOf(raw, (int) x.value().length())).reshape(x.shape());
        return Graph.record("rawCopy", z, (g, n) -> new INDArray[] {g}, x);
    }

    @Test
    void correctRulePassesOnEveryLayout() {
        CheckResult r = GradientChecker.check(in -> Arithmetic.mul(in[0], in[1]),
                RandomArrays.uniform(1, -1, 1, 3, 4), RandomArrays.uniform(2, -1, 1, 4));
        r.assertOk();
        assertEquals(3 * (12 + 4), r.checked(), "3 layouts x (12 + 4) entries");
        assertTrue(r.maxRelError() < 1e-7, r.report());
    }

    @Test
    void wrongRuleIsCaughtWithInputIndexAndBothValues() {
        INDArray x = Nd4j.createFromArray(new double[][] {{1, 2}, {3, 4}});
        CheckResult r = GradientChecker.check(CheckOptions.defaults().withLayouts(Layout.C), in -> wrongSquare(in[0]), x);
        assertFalse(r.ok());
        assertEquals(4, r.mismatches().size());
        Mismatch m = r.mismatches().get(3);
        assertEquals(0, m.input());
        assertEquals(3, m.flatIndex());
        // analytic r·x against numeric r·2x: always half, relative error 1/2
        assertEquals(0.5, m.analytic() / m.numeric(), 1e-8);
        assertEquals(0.5, m.relError(), 1e-8);
        AssertionError e = assertThrows(AssertionError.class, r::assertOk);
        assertTrue(e.getMessage().contains("input 0 (layout C) flat index 3 [1, 1]: analytic"), e.getMessage());
    }

    @Test
    void opThatIgnoresStridesIsCaughtOnFAndViewLayouts() {
        CheckResult r = GradientChecker.check(in -> rawBufferCopy(in[0]), RandomArrays.uniform(3, -1, 1, 2, 3));
        assertEquals(2, r.problems().size(), r.report());
        assertTrue(r.problems().get(0).startsWith("layout F: forward output differs"), r.report());
    }

    @Test
    void viewLayoutIsAStridedViewAndFLayoutIsColumnMajor() {
        INDArray x = RandomArrays.uniform(4, -1, 1, 2, 3);
        INDArray v = Layout.VIEW.arrange(x);
        assertEquals(x, v);
        assertEquals(2, v.stride(1));
        assertEquals(2 * 7, v.stride(0));
        assertEquals('f', Layout.F.arrange(x).ordering());
        assertEquals(DataType.DOUBLE, Layout.C.arrange(x.castTo(DataType.FLOAT)).dataType());
    }

    @Test
    void nonDifferentiablePointIsTheCallersChoice() {
        INDArray atKink = Nd4j.createFromArray(0.0, 1.0);
        CheckResult r = GradientChecker.check(in -> Comparisons.relu(in[0]), atKink);
        // relu'(0) is defined as 0, the central difference sees 1/2: the checker reports entry 0
        assertEquals(List.of(0L, 0L, 0L), r.mismatches().stream().map(Mismatch::flatIndex).toList());
        GradientChecker.check(in -> Comparisons.relu(in[0]), RandomArrays.awayFromZero(5, 0.01, 1, 8)).assertOk();
    }

    @Test
    void constantInputsAreNeitherDifferentiatedNorChecked() {
        CheckOptions o = CheckOptions.defaults().withConstants(1).withLayouts(Layout.C);
        CheckResult r = GradientChecker.check(o, in -> {
            assertFalse(in[1].requiresGrad());
            return Arithmetic.mul(in[0], in[1]);
        }, RandomArrays.uniform(6, -1, 1, 5), RandomArrays.uniform(7, -1, 1, 5));
        r.assertOk();
        assertEquals(5, r.checked());
    }

    @Test
    void largeInputsAreCheckedOnASeededSubset() {
        INDArray big = RandomArrays.uniform(8, -1, 1, 40, 25);
        CheckOptions o = CheckOptions.defaults().withLayouts(Layout.C).withMaxEntries(10);
        CheckResult first = GradientChecker.check(o, in -> wrongSquare(in[0]), big);
        CheckResult again = GradientChecker.check(o, in -> wrongSquare(in[0]), big);
        CheckResult other = GradientChecker.check(o.withSeed(7), in -> wrongSquare(in[0]), big);
        assertEquals(10, first.checked());
        assertEquals(indices(first), indices(again));
        assertNotEquals(indices(first), indices(other));
    }

    @Test
    void mutatingAnInputOrReturningFloat32IsAProblem() {
        CheckOptions c = CheckOptions.defaults().withLayouts(Layout.C);
        INDArray x = RandomArrays.uniform(9, -1, 1, 3);
        CheckResult mutated = GradientChecker.check(c, in -> {
            Tensor y = Arithmetic.mul(in[0], 2.0);
            in[0].value().addi(1);
            return y;
        }, x);
        assertTrue(mutated.problems().get(0).contains("modified input 0"), mutated.report());
        CheckResult single = GradientChecker.check(c, in -> Tensor.constant(in[0].value().castTo(DataType.FLOAT)), x);
        assertTrue(single.problems().get(0).contains("output type FLOAT"), single.report());
    }

    @Test
    void optionsAreValidatedWithTheFieldName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CheckOptions.defaults().withEps(0));
        assertTrue(e.getMessage().startsWith("eps must be in (0, 1e-2]"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CheckOptions.defaults().withMaxEntries(0));
        assertThrows(IllegalArgumentException.class, () -> CheckOptions.defaults().withLayouts());
    }

    private static List<Long> indices(CheckResult r) {
        return r.mismatches().stream().map(Mismatch::flatIndex).toList();
    }
}
