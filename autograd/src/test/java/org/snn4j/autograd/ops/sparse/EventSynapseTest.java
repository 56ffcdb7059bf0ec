package org.snn4j.autograd.ops.sparse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.Broadcasting;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.check.CheckOptions;
import org.snn4j.autograd.check.GradientChecker;
import org.snn4j.autograd.check.RandomArrays;
import org.snn4j.autograd.ops.LinearAlgebra;
import org.snn4j.autograd.ops.sparse.SparsePolicy.Forced;
import org.snn4j.autograd.ops.sparse.SparsePolicy.Mode;

/** The event path of {@link LinearAlgebra#affine} equals the dense GEMM path in values and gradients. */
class EventSynapseTest {

    /** A [rows, cols] matrix with about {@code density} non-zeros: ones, or (not binary) multiples of ¼. */
    static INDArray events(long seed, int rows, int cols, double density, boolean binary, DataType type) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] v = new double[rows * cols];
        for (int i = 0; i < v.length; i++) {
            if (r.nextDouble() < density) {
                v[i] = binary ? 1.0 : 0.25 * (1 + r.nextInt(4)) * (r.nextBoolean() ? 1 : -1);
            }
        }
        return Nd4j.create(v, new long[] {rows, cols}, 'c').castTo(type);
    }

    /** Output, ∂X, ∂W, ∂b of {@code affine} (or {@code matmulTransposed} without bias) under {@code mode}. */
    static INDArray[] run(Mode mode, INDArray x, INDArray w, INDArray b, INDArray g) {
        try (Forced f = SparsePolicy.force(mode)) {
            Tensor xt = Tensor.variable(x.dup());
            Tensor wt = Tensor.variable(w.dup());
            Tensor bt = b == null ? null : Tensor.variable(b.dup());
            Tensor y = LinearAlgebra.affine(xt, wt, bt);
            y.backward(g, false);
            return new INDArray[] {y.value(), xt.grad(), wt.grad(), bt == null ? null : bt.grad()};
        }
    }

    @Test
    void handWorkedProduct() {
        INDArray x = Nd4j.createFromArray(new double[][] {{0, 1, 0, 0}, {0, 0, 0, 0}, {1, 0, 0, 1}});
        INDArray w = Nd4j.createFromArray(new double[][] {{1, 2, 3, 4}, {-1, 0.5, 0, 2}});
        INDArray b = Nd4j.createFromArray(10.0, 20.0);
        SpikeEvents e = SpikeEvents.scan(x, 1);
        assertEquals(3, e.nonZeros());
        assertTrue(e.binary());
        assertArrayEquals(new double[][] {{12, 20.5}, {10, 20}, {15, 21}}, EventSynapse.forward(e, w, b).toDoubleMatrix());
        INDArray g = Nd4j.createFromArray(new double[][] {{1, 2}, {5, 5}, {3, -1}});
        assertArrayEquals(new double[][] {{3, 1, 0, 3}, {-1, 2, 0, -1}}, EventSynapse.weightGradient(e, g).toDoubleMatrix());
    }

    @ParameterizedTest(name = "{0} density {1}, binary {2}, bias {3}")
    @CsvSource({
        "DOUBLE, 0, true, true", "DOUBLE, 0.03, true, true", "DOUBLE, 0.13, true, false", "DOUBLE, 1, true, true",
        "DOUBLE, 0.13, false, true",
        "FLOAT, 0, true, true", "FLOAT, 0.03, true, false", "FLOAT, 0.13, true, true", "FLOAT, 1, true, true",
        "FLOAT, 0.03, false, true"})
    void eventPathEqualsDensePath(DataType type, double density, boolean binary, boolean bias) {
        INDArray x = events(1, 150, 70, density, binary, type);      // 150 rows: several row tasks and scan chunks
        INDArray w = RandomArrays.uniform(2, -1, 1, 130, 70).castTo(type); // 70 inputs: five column tasks
        INDArray b = bias ? RandomArrays.uniform(3, -1, 1, 130).castTo(type) : null;
        INDArray g = RandomArrays.uniform(4, -1, 1, 150, 130).castTo(type);
        INDArray[] ev = run(Mode.ON, x, w, b, g);
        INDArray[] dense = run(Mode.OFF, x, w, b, g);
        double tol = type == DataType.DOUBLE ? 1e-12 : 2e-5;
        for (int i = 0; i < ev.length; i++) {
            if (ev[i] == null) {
                assertNull(dense[i]);
                continue;
            }
            assertEquals(type, ev[i].dataType());
            assertArrayEquals(dense[i].shape(), ev[i].shape());
            double scale = Math.max(1, dense[i].amaxNumber().doubleValue());
            assertEquals(0.0, ev[i].sub(dense[i]).amaxNumber().doubleValue() / scale, tol, "output " + i);
        }
    }

    @Test
    void gradientCheckerPassesThroughTheEventPath() {
        INDArray x = events(6, 40, 30, 0.1, true, DataType.DOUBLE);
        try (Forced f = SparsePolicy.force(Mode.ON)) {
            long before = SparsePolicy.count("affine", true);
            GradientChecker.check(CheckOptions.defaults(), in -> LinearAlgebra.affine(in[0], in[1], in[2]),
                    x, RandomArrays.uniform(7, -1, 1, 9, 30), RandomArrays.uniform(8, -1, 1, 9)).assertOk();
            GradientChecker.check(CheckOptions.defaults().withConstants(0),
                    in -> LinearAlgebra.matmulTransposed(in[0], in[1]), x, RandomArrays.uniform(9, -1, 1, 9, 30)).assertOk();
            assertTrue(SparsePolicy.count("affine", true) > before, "the event path ran");
        }
    }

    @Test
    void autoPicksEventsWhenSparseAndGemmWhenDense() {
        INDArray w = RandomArrays.uniform(2, -1, 1, 200, 100).castTo(DataType.FLOAT);
        try (Forced f = SparsePolicy.force(Mode.AUTO)) {
            for (double density : new double[] {0.03, 0.5}) {
                INDArray x = events(3, 200, 100, density, true, DataType.FLOAT);
                long ev = SparsePolicy.count("matmulT", true);
                long dense = SparsePolicy.count("matmulT", false);
                LinearAlgebra.matmulTransposed(Tensor.constant(x), Tensor.variable(w));
                boolean sparse = density < EventSynapse.crossover();
                assertEquals(ev + (sparse ? 1 : 0), SparsePolicy.count("matmulT", true), "density " + density);
                assertEquals(dense + (sparse ? 0 : 1), SparsePolicy.count("matmulT", false), "density " + density);
            }
        }
        try (Forced f = SparsePolicy.force(Mode.OFF)) {
            assertNull(SpikeEvents.scan(Nd4j.zeros(DataType.FLOAT, 3, 4), SparsePolicy.limit(EventSynapse.crossover())));
        }
    }

    /** A layer of at most {@link EventSynapse#NARROW} outputs takes the event path at any density under auto (vector loops on). */
    @Test
    void narrowLayersTakeEventsAtAnyDensity() {
        INDArray x = events(5, 200, 100, 0.6, true, DataType.FLOAT);
        for (int n : new int[] {10, EventSynapse.NARROW, EventSynapse.NARROW + 1}) {
            INDArray w = RandomArrays.uniform(6, -1, 1, n, 100).castTo(DataType.FLOAT);
            try (Forced f = SparsePolicy.force(Mode.AUTO)) {
                long ev = SparsePolicy.count("matmulT", true);
                LinearAlgebra.matmulTransposed(Tensor.constant(x), Tensor.variable(w));
                boolean events = EventSynapse.vectorised() && n <= EventSynapse.NARROW;
                assertEquals(ev + (events ? 1 : 0), SparsePolicy.count("matmulT", true), "outputs " + n);
                assertEquals(events ? 1.0 : EventSynapse.crossover(), EventSynapse.crossover(n), 0);
            }
        }
    }

    /** The bias gradient summed during the weight gradient's copies is the row pass's, bit for bit. */
    @Test
    void theFusedBiasGradientEqualsTheRowPassBitForBit() {
        INDArray x = events(21, 700, 300, 0.13, true, DataType.FLOAT);
        INDArray g = RandomArrays.uniform(22, -1, 1, 700, 200).castTo(DataType.FLOAT);
        SpikeColumns cols = SpikeEvents.scan(x, 1).byColumn();
        INDArray[] wb = EventSynapse.weightGradients(cols, g, true);
        float[] expected = Broadcasting.reduceTo(g, new long[] {200}).toFloatVector();
        float[] got = wb[1].toFloatVector();
        assertEquals(expected.length, got.length);
        for (int o = 0; o < got.length; o++) {
            assertEquals(Float.floatToRawIntBits(expected[o]), Float.floatToRawIntBits(got[o]), "column " + o);
        }
        assertArrayEquals(EventSynapse.weightGradient(cols, g).toFloatMatrix(), wb[0].toFloatMatrix());
        assertNull(EventSynapse.weightGradients(cols, g, false)[1]);
        assertNull(EventSynapse.weightGradients(cols, g.castTo(DataType.DOUBLE), true)[1]);
    }

    @Test
    void sameInputSameThreadsGiveBitIdenticalResults() {
        INDArray x = events(11, 700, 300, 0.13, true, DataType.FLOAT);
        INDArray w = RandomArrays.uniform(12, -1, 1, 200, 300).castTo(DataType.FLOAT);
        INDArray b = RandomArrays.uniform(13, -1, 1, 200).castTo(DataType.FLOAT);
        INDArray g = RandomArrays.uniform(14, -1, 1, 700, 200).castTo(DataType.FLOAT);
        INDArray[] first = run(Mode.ON, x, w, b, g);
        INDArray[] second = run(Mode.ON, x, w, b, g);
        for (int i = 0; i < first.length; i++) {
            assertEquals(first[i], second[i], "result " + i);
        }
    }

    @Test
    void scanFindsValuesDensityAndGivesUpAboveTheLimit() {
        INDArray x = Nd4j.createFromArray(new float[][] {{0, 0.5f, 0}, {-0.0f, 0, 2}});
        SpikeEvents e = SpikeEvents.scan(x, 1);
        assertNotNull(e);
        assertEquals(3, e.nonZeros());            // −0.0 counts
        assertTrue(!e.binary());
        assertEquals(0.5, e.density(), 1e-12);
        assertNull(SpikeEvents.scan(x, 0.4));
        assertNull(SpikeEvents.scan(x, -1));
        assertNotNull(SpikeEvents.scan(x.transpose(), 0.5)); // a view: read through a copy
    }

    @Test
    void badSwitchValueIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SparsePolicy.parse("maybe"));
        assertEquals("snn4j.sparse: expected auto, on or off, got 'maybe'", e.getMessage());
        assertEquals(Mode.ON, SparsePolicy.parse(" On "));
    }

    @Test
    void mismatchedShapesAreNamed() {
        SpikeEvents e = SpikeEvents.scan(Nd4j.zeros(3, 4), 1);
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
                () -> EventSynapse.forward(e, Nd4j.zeros(2, 5), null));
        assertTrue(ex.getMessage().contains("[3, 4]") && ex.getMessage().contains("[2, 5]"), ex.getMessage());
    }
}
