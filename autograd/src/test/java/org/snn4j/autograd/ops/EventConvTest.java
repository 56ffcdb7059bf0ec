package org.snn4j.autograd.ops;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.check.CheckOptions;
import org.snn4j.autograd.check.GradientChecker;
import org.snn4j.autograd.check.RandomArrays;
import org.snn4j.autograd.ops.sparse.SparsePolicy;
import org.snn4j.autograd.ops.sparse.SparsePolicy.Mode;

/**
 * The event-driven convolution ({@link EventConv}, forced with {@code snn4j.sparse=on}) against
 * the dense ND4J path ({@code off}): values and ∂x, ∂w, ∂b for binary and average-pooled sparse
 * inputs at 0 %, 3 %, 30 % and 100 % density; the float64 gradient checker on the event path; the
 * automatic choice; determinism; the conv N-MNIST conv2 width.
 */
class EventConvTest {

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (DataType t : new DataType[] {DataType.FLOAT, DataType.DOUBLE}) {
            for (double d : new double[] {0, 0.03, 0.3, 1}) {
                for (boolean pooled : new boolean[] {false, true}) {
                    for (int[] sp : new int[][] {{1, 1, 0}, {2, 2, 0}, {1, 1, 2}, {2, 2, 2}, {1, 2, 1}, {3, 3, 2}}) {
                        out.add(Arguments.of(t, d, pooled, sp[0], sp[1], sp[2]));
                    }
                }
            }
        }
        return out.stream();
    }

    /** {@code [N, C, H, W]} with about {@code density} non-zeros: ones, or multiples of ¼ (an average-pooled spike map). */
    static INDArray sparse(long seed, double density, boolean pooled, DataType type, long... shape) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] v = new double[(int) (shape[0] * shape[1] * shape[2] * shape[3])];
        for (int i = 0; i < v.length; i++) {
            if (rng.nextDouble() < density) {
                v[i] = pooled ? (1 + rng.nextInt(4)) / 4.0 : 1.0;
            }
        }
        return Nd4j.create(v, shape, 'c').castTo(type);
    }

    /** conv2d with the switch forced to {@code mode}, then backward from {@code g}. */
    static Tensor conv(Mode mode, Tensor x, Tensor w, Tensor b, int sh, int sw, int p) {
        try (SparsePolicy.Forced f = SparsePolicy.force(mode)) {
            return Convolution.conv2d(x, w, b, new int[] {sh, sw}, new int[] {p, p}, new int[] {1, 1});
        }
    }

    private static Tensor[] run(Mode mode, INDArray x, INDArray w, INDArray b, INDArray g, int sh, int sw, int p) {
        Tensor xt = Tensor.variable(x.dup());
        Tensor wt = Tensor.variable(w.dup());
        Tensor bt = Tensor.variable(b.dup());
        Tensor y = conv(mode, xt, wt, bt, sh, sw, p);
        y.backward(g, false);
        return new Tensor[] {y, xt, wt, bt};
    }

    @ParameterizedTest(name = "{0} density {1} pooled {2} stride {3},{4} padding {5}")
    @MethodSource("cases")
    void eventPathEqualsDensePath(DataType type, double density, boolean pooled, int sh, int sw, int p) {
        long[] shape = {3, 3, 11, 10};
        INDArray x = sparse(7, density, pooled, type, shape);
        INDArray w = RandomArrays.uniform(2, -1, 1, 5, 3, 5, 4).castTo(type);
        INDArray b = RandomArrays.uniform(3, -1, 1, 5).castTo(type);
        long oh = (11 + 2 * p - 5) / sh + 1;
        long ow = (10 + 2 * p - 4) / sw + 1;
        INDArray g = RandomArrays.uniform(4, -1, 1, 3, 5, oh, ow).castTo(type);
        Tensor[] dense = run(Mode.OFF, x, w, b, g, sh, sw, p);
        Tensor[] event = run(Mode.ON, x, w, b, g, sh, sw, p);
        double tol = type == DataType.DOUBLE ? 1e-12 : 1e-4;
        assertClose("y", dense[0].value(), event[0].value(), tol);
        assertClose("dx", dense[1].grad(), event[1].grad(), tol);
        assertClose("dw", dense[2].grad(), event[2].grad(), tol);
        assertClose("db", dense[3].grad(), event[3].grad(), tol);
        assertEquals(type, event[0].dataType());
        assertEquals(type, event[2].grad().dataType());
    }

    /**
     * At the conv N-MNIST conv2 width (64 output channels: output and kernel runs of up to 320 floats, so
     * the gather's 8-, 4- and 1-register blocks and its scalar tail all run) the event path equals
     * the dense one.
     */
    @ParameterizedTest(name = "stride {0} padding {1}")
    @CsvSource({"1,0", "1,2", "2,1"})
    void wideOutputEqualsDensePath(int s, int p) {
        INDArray x = sparse(71, 0.2, true, DataType.FLOAT, 3, 12, 15, 15);
        INDArray w = RandomArrays.uniform(72, -1, 1, 64, 12, 5, 5).castTo(DataType.FLOAT);
        INDArray b = RandomArrays.uniform(73, -1, 1, 64).castTo(DataType.FLOAT);
        long o = (15 + 2 * p - 5) / s + 1;
        INDArray g = RandomArrays.uniform(74, -1, 1, 3, 64, o, o).castTo(DataType.FLOAT);
        Tensor[] dense = run(Mode.OFF, x, w, b, g, s, s, p);
        Tensor[] event = run(Mode.ON, x, w, b, g, s, s, p);
        assertClose("y", dense[0].value(), event[0].value(), 1e-5);
        assertClose("dw", dense[2].grad(), event[2].grad(), 1e-5);
        assertClose("db", dense[3].grad(), event[3].grad(), 1e-5);
    }

    /** Max |a − b| ≤ tol · max(1, max |a|). */
    static void assertClose(String what, INDArray a, INDArray b, double tol) {
        assertArrayEquals(a.shape(), b.shape(), what + " shape");
        double scale = Math.max(1, a.amaxNumber().doubleValue());
        double diff = a.castTo(DataType.DOUBLE).sub(b.castTo(DataType.DOUBLE)).amaxNumber().doubleValue();
        assertTrue(diff <= tol * scale, what + ": max abs difference " + diff + " (scale " + scale + ")");
    }

    @Test
    void weightGradientWithoutInputGradient() {
        INDArray x = sparse(11, 0.05, false, DataType.FLOAT, 4, 2, 12, 12);
        INDArray w = RandomArrays.uniform(12, -1, 1, 6, 2, 5, 5).castTo(DataType.FLOAT);
        INDArray g = RandomArrays.uniform(13, -1, 1, 4, 6, 8, 8).castTo(DataType.FLOAT);
        Tensor[] grads = new Tensor[2];
        for (int i = 0; i < 2; i++) {
            grads[i] = Tensor.variable(w.dup());
            Tensor y = conv(i == 0 ? Mode.OFF : Mode.ON, Tensor.constant(x), grads[i], null, 1, 1, 0);
            y.backward(g, false);
        }
        assertClose("dw", grads[0].grad(), grads[1].grad(), 1e-4);
    }

    @ParameterizedTest(name = "stride {0} padding {1}")
    @CsvSource({"1,0", "2,2", "3,2"})
    void inputGradientAloneEqualsTheFullBackward(int s, int p) {
        INDArray x = RandomArrays.uniform(61, -1, 1, 2, 3, 11, 10);
        INDArray w = RandomArrays.uniform(62, -1, 1, 4, 3, 5, 4);
        INDArray g = RandomArrays.uniform(63, -1, 1, 2, 4, (11 + 2 * p - 5) / s + 1, (10 + 2 * p - 4) / s + 1);
        INDArray[] dx = new INDArray[2];
        for (int i = 0; i < 2; i++) {
            Tensor xt = Tensor.variable(x.dup());
            Tensor wt = i == 0 ? Tensor.variable(w.dup()) : Tensor.constant(w.dup());
            conv(Mode.OFF, xt, wt, null, s, s, p).backward(g, false);
            dx[i] = xt.grad();
        }
        assertClose("dx", dx[0], dx[1], 1e-12);
    }

    @Test
    void gradientCheckerPassesOnTheEventPath() {
        INDArray x = sparse(21, 0.3, true, DataType.DOUBLE, 2, 2, 7, 6);
        INDArray w = RandomArrays.uniform(22, -1, 1, 3, 2, 3, 3);
        INDArray b = RandomArrays.uniform(23, -1, 1, 3);
        for (int[] sp : new int[][] {{1, 0}, {2, 1}}) {
            long before = SparsePolicy.count("conv2d", true);
            GradientChecker.check(CheckOptions.defaults(), t -> conv(Mode.ON, t[0], t[1], t[2], sp[0], sp[0], sp[1]), x, w, b)
                    .assertOk();
            assertTrue(SparsePolicy.count("conv2d", true) > before, "the event path ran");
        }
    }

    @Test
    void autoPicksEventsAtThreePercentAndDenseAtFull() {
        INDArray spikes = sparse(31, 0.03, false, DataType.FLOAT, 8, 2, 34, 34);
        INDArray full = Nd4j.ones(DataType.FLOAT, 2, 2, 5, 5);
        try (SparsePolicy.Forced f = SparsePolicy.force(Mode.AUTO)) {
            ConvEvents e = ConvEvents.scan(spikes, SparsePolicy.limit(Convolution.CROSSOVER));
            assertNotNull(e);
            assertTrue(e.binary());
            assertEquals(spikes.sumNumber().intValue(), e.count());
            assertNull(ConvEvents.scan(full, SparsePolicy.limit(Convolution.CROSSOVER)));
            assertTrue(Convolution.path(spikes).startsWith("event (density 0.0"), Convolution.path(spikes));
            assertEquals("dense (density 1.0000, binary)", Convolution.path(full));
            long events = SparsePolicy.count("conv2d", true);
            long dense = SparsePolicy.count("conv2d", false);
            Tensor w = Tensor.variable(RandomArrays.uniform(32, -1, 1, 3, 2, 5, 5).castTo(DataType.FLOAT));
            Convolution.conv2d(Tensor.constant(spikes), w, null, 1, 0);
            Convolution.conv2d(Tensor.constant(full), w, null, 1, 0);
            assertEquals(events + 1, SparsePolicy.count("conv2d", true));
            assertEquals(dense + 1, SparsePolicy.count("conv2d", false));
        }
        try (SparsePolicy.Forced f = SparsePolicy.force(Mode.OFF)) {
            assertNull(ConvEvents.scan(spikes, SparsePolicy.limit(Convolution.CROSSOVER)));
            assertTrue(Convolution.path(spikes).startsWith("dense (density 0.0"), Convolution.path(spikes));
        }
        try (SparsePolicy.Forced f = SparsePolicy.force(Mode.ON)) {
            assertNotNull(ConvEvents.scan(full, SparsePolicy.limit(Convolution.CROSSOVER)));
        }
    }

    @Test
    void sameInputGivesBitIdenticalResultsTwice() {
        INDArray x = sparse(41, 0.2, true, DataType.FLOAT, 70, 3, 15, 15);
        INDArray w = RandomArrays.uniform(42, -1, 1, 16, 3, 5, 5).castTo(DataType.FLOAT);
        INDArray b = RandomArrays.uniform(43, -1, 1, 16).castTo(DataType.FLOAT);
        INDArray g = RandomArrays.uniform(44, -1, 1, 70, 16, 11, 11).castTo(DataType.FLOAT);
        Tensor[] first = run(Mode.ON, x, w, b, g, 1, 1, 0);
        Tensor[] second = run(Mode.ON, x, w, b, g, 1, 1, 0);
        assertArrayEquals(FloatBits.of(first[0].value()), FloatBits.of(second[0].value()));
        assertArrayEquals(FloatBits.of(first[2].grad()), FloatBits.of(second[2].grad()));
        assertArrayEquals(FloatBits.of(first[3].grad()), FloatBits.of(second[3].grad()));
    }

    /**
     * Average-pooled events gathered as binary ones through their value levels give the bits of the
     * valued gather, forward and weight gradient (the conv N-MNIST conv2 shape first, then output
     * channel counts that are not whole vectors).
     */
    @ParameterizedTest(name = "{0} output channels, stride {1} padding {2}")
    @CsvSource({"64,1,0", "64,2,2", "12,1,1", "5,3,2"})
    void valueLevelsGiveTheValuedGathersBits(int oc, int s, int p) {
        INDArray x = sparse(61, 0.2, true, DataType.FLOAT, 9, 12, 15, 15);
        INDArray w = RandomArrays.uniform(62, -1, 1, oc, 12, 5, 5).castTo(DataType.FLOAT);
        INDArray b = RandomArrays.uniform(63, -1, 1, oc).castTo(DataType.FLOAT);
        long o = (15 + 2 * p - 5) / s + 1;
        INDArray g = RandomArrays.uniform(64, -1, 1, 9, oc, o, o).castTo(DataType.FLOAT);
        ConvEvents levelled = ConvEvents.scan(x, 1);
        ConvEvents valued = ConvEvents.scan(x, 1, 0);
        float[] levels = levelled.levels().clone();
        Arrays.sort(levels);
        assertArrayEquals(new float[] {0.25f, 0.5f, 0.75f, 1f}, levels);
        assertNull(valued.levels());
        assertLevelsGiveTheValuedBits(levelled, valued, w, b, g, s, p);
    }

    /** The convolution over {@code levelled} events gives the bits of the one over {@code valued} ones: y, ∂w, ∂b. */
    private static void assertLevelsGiveTheValuedBits(ConvEvents levelled, ConvEvents valued, INDArray w, INDArray b,
                                                      INDArray g, int s, int p) {
        long[] out = g.shape();
        int[] stride = {s, s};
        int[] padding = {p, p};
        EventConv a = new EventConv(levelled, w.shape(), stride, padding, out);
        EventConv c = new EventConv(valued, w.shape(), stride, padding, out);
        assertArrayEquals(FloatBits.of(c.forward(w, b)), FloatBits.of(a.forward(w, b)), "y");
        INDArray[] ga = a.weightGrad(g);
        INDArray[] gc = c.weightGrad(g);
        assertArrayEquals(FloatBits.of(gc[0]), FloatBits.of(ga[0]), "dw");
        assertArrayEquals(FloatBits.of(gc[1]), FloatBits.of(ga[1]), "db");
    }

    /** Levels only for float32 lists of at most eight positive finite values. */
    @Test
    void levelsOnlyForFewPositiveFloatValues() {
        assertNull(ConvEvents.scan(sparse(71, 0.1, false, DataType.FLOAT, 2, 2, 8, 8), 1).levels(), "binary");
        assertNull(ConvEvents.scan(sparse(72, 0.1, true, DataType.DOUBLE, 2, 2, 8, 8), 1).levels(), "float64");
        double[] v = new double[2 * 2 * 8 * 8];
        for (int i = 0; i < 8; i++) {
            v[3 * i] = (i + 1) / 8.0;
        }
        INDArray eight = Nd4j.create(v, new long[] {2, 2, 8, 8}, 'c').castTo(DataType.FLOAT);
        assertEquals(8, ConvEvents.scan(eight, 1).levels().length);
        v[40] = 9 / 8.0;
        INDArray nine = Nd4j.create(v, new long[] {2, 2, 8, 8}, 'c').castTo(DataType.FLOAT);
        assertNull(ConvEvents.scan(nine, 1).levels(), "nine values");
        v[40] = -0.5;
        INDArray negative = Nd4j.create(v, new long[] {2, 2, 8, 8}, 'c').castTo(DataType.FLOAT);
        assertNull(ConvEvents.scan(negative, 1).levels(), "a negative value");
    }

    /**
     * Levels found in parallel pieces of events are numbered in the order one pass would meet them
     * (the second piece meets ¼ before ½ here), and the event path through them still gives the bits
     * of the valued gather.
     */
    @Test
    void levelsAcrossPiecesKeepTheirOrder() {
        double[] v = new double[2 * 2 * 150 * 150];
        for (int i = 0; i < v.length; i++) {
            v[i] = i < 40_000 ? 0.5 : (i % 3 == 0 ? 0.75 : 0.25);
        }
        INDArray x = Nd4j.create(v, new long[] {2, 2, 150, 150}, 'c').castTo(DataType.FLOAT);
        INDArray w = RandomArrays.uniform(81, -1, 1, 3, 2, 3, 3).castTo(DataType.FLOAT);
        INDArray g = RandomArrays.uniform(82, -1, 1, 2, 3, 148, 148).castTo(DataType.FLOAT);
        ConvEvents levelled = ConvEvents.scan(x, 1);
        assertArrayEquals(new float[] {0.5f, 0.25f, 0.75f}, levelled.levels());
        assertLevelsGiveTheValuedBits(levelled, ConvEvents.scan(x, 1, 0), w, null, g, 1, 0);
    }

    /**
     * 17/64 and 22/64 share a slot of the value → level table (the first one found keeps it; the
     * other is searched): every event still gathers from the copy of its own level.
     */
    @Test
    void levelsThatShareATableSlot() {
        double[] v = new double[3 * 4 * 12 * 12];
        SplittableRandom rng = new SplittableRandom(91);
        double[] values = {17 / 64.0, 22 / 64.0, 0.5};
        for (int i = 0; i < v.length; i++) {
            v[i] = rng.nextDouble() < 0.3 ? values[rng.nextInt(3)] : 0;
        }
        INDArray x = Nd4j.create(v, new long[] {3, 4, 12, 12}, 'c').castTo(DataType.FLOAT);
        INDArray w = RandomArrays.uniform(92, -1, 1, 16, 4, 3, 3).castTo(DataType.FLOAT);
        INDArray g = RandomArrays.uniform(93, -1, 1, 3, 16, 10, 10).castTo(DataType.FLOAT);
        ConvEvents levelled = ConvEvents.scan(x, 1);
        assertEquals(3, levelled.levels().length);
        assertLevelsGiveTheValuedBits(levelled, ConvEvents.scan(x, 1, 0), w, null, g, 1, 0);
    }

    @Test
    void eventListIsCompact() {
        INDArray spikes = sparse(51, 0.03, false, DataType.FLOAT, 16, 2, 34, 34);
        ConvEvents e = ConvEvents.scan(spikes, 1);
        assertEquals(e.count(), e.pos.length);
        assertTrue(e.binary());
        INDArray pooled = sparse(52, 0.03, true, DataType.FLOAT, 16, 2, 34, 34);
        assertTrue(!ConvEvents.scan(pooled, 1).binary());
    }
}
