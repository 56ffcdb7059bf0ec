package org.snn4j.autograd.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.function.BiConsumer;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.nn.init.FanMode;
import org.snn4j.autograd.nn.init.Init;
import org.snn4j.autograd.nn.init.Nonlinearity;

class InitTest {
    /** A weight [out=200, in=100, 3, 3]: fanIn = 900, fanOut = 1800. */
    private static final long[] SHAPE = {200, 100, 3, 3};

    static Stream<Arguments> initialisers() {
        double relu = Nonlinearity.RELU.gain();
        return Stream.of(
                Arguments.of("kaimingUniform fanIn relu", (BiConsumer<INDArray, RandomGenerator>)
                        (w, r) -> Init.kaimingUniform(w, FanMode.FAN_IN, relu, r), Math.sqrt(2.0 / 900), true),
                Arguments.of("kaimingUniform fanOut relu", (BiConsumer<INDArray, RandomGenerator>)
                        (w, r) -> Init.kaimingUniform(w, FanMode.FAN_OUT, relu, r), Math.sqrt(2.0 / 1800), true),
                Arguments.of("kaimingNormal fanIn relu", (BiConsumer<INDArray, RandomGenerator>)
                        (w, r) -> Init.kaimingNormal(w, FanMode.FAN_IN, relu, r), Math.sqrt(2.0 / 900), false),
                Arguments.of("xavierUniform", (BiConsumer<INDArray, RandomGenerator>)
                        (w, r) -> Init.xavierUniform(w, 1.0, r), Math.sqrt(2.0 / 2700), true),
                Arguments.of("xavierNormal tanh", (BiConsumer<INDArray, RandomGenerator>)
                        (w, r) -> Init.xavierNormal(w, Nonlinearity.TANH.gain(), r), 5.0 / 3 * Math.sqrt(2.0 / 2700), false),
                Arguments.of("pytorchDefault", (BiConsumer<INDArray, RandomGenerator>)
                        (w, r) -> Init.pytorchDefault(w, null, r), Math.sqrt(1.0 / 3 / 900), true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("initialisers")
    void standardDeviationMatchesTheFormulaAndSeedDeterminesValues(String name, BiConsumer<INDArray, RandomGenerator> init,
                                                                   double std, boolean uniform) {
        INDArray a = Nd4j.zeros(DataType.FLOAT, SHAPE);
        INDArray b = Nd4j.zeros(DataType.FLOAT, SHAPE);
        INDArray c = Nd4j.zeros(DataType.FLOAT, SHAPE);
        init.accept(a, new SplittableRandom(5));
        init.accept(b, new SplittableRandom(5));
        init.accept(c, new SplittableRandom(6));
        assertEquals(a, b, "same seed, same weights");
        assertNotEquals(a, c, "another seed, other weights");
        assertEquals(std, a.stdNumber().doubleValue(), 0.01 * std, "std of 180000 draws");
        assertEquals(0.0, a.meanNumber().doubleValue(), 0.01 * std);
        if (uniform) {
            double bound = std * Math.sqrt(3);
            assertTrue(a.amaxNumber().doubleValue() <= bound * (1 + 1e-6));
            assertTrue(a.amaxNumber().doubleValue() > 0.999 * bound);
        }
    }

    @Test
    void fansOfConvAndLinearWeights() {
        assertEquals(900, Init.fanIn(SHAPE));
        assertEquals(1800, Init.fanOut(SHAPE));
        assertEquals(784, Init.fanIn(new long[] {100, 784}));
        assertEquals(100, Init.fanOut(new long[] {100, 784}));
        assertEquals("fan needs a weight of rank >= 2 ([out, in, k...]), got shape [5]",
                assertThrows(IllegalArgumentException.class, () -> Init.fanIn(new long[] {5})).getMessage());
    }

    @Test
    void gains() {
        assertEquals(Math.sqrt(2), Nonlinearity.RELU.gain(), 1e-15);
        assertEquals(5.0 / 3, Nonlinearity.TANH.gain(), 1e-15);
        assertEquals(Math.sqrt(1.0 / 3), Nonlinearity.leakyReluGain(Math.sqrt(5)), 1e-15);
    }

    @Test
    void valuesAreDrawnInRowMajorOrderWhateverTheMemoryOrder() {
        INDArray c = Nd4j.create(DataType.DOUBLE, new long[] {3, 4}, 'c');
        INDArray f = Nd4j.create(DataType.DOUBLE, new long[] {3, 4}, 'f');
        Init.uniform(c, -1, 1, new SplittableRandom(9));
        Init.uniform(f, -1, 1, new SplittableRandom(9));
        assertEquals(c, f);
        SplittableRandom r = new SplittableRandom(9);
        assertEquals(-1 + 2 * r.nextDouble(), c.getDouble(0, 0), 1e-15);
        assertEquals(-1 + 2 * r.nextDouble(), c.getDouble(0, 1), 1e-15);
    }
}
