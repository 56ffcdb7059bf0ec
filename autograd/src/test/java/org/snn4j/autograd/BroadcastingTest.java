package org.snn4j.autograd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * {@link Broadcasting#reduceTo} sums exactly the stretched dimensions, whichever path it takes: the
 * row pass for leading axes of a dense array, ND4J's reduction otherwise ('f' order, views, inner axes).
 */
class BroadcastingTest {

    static Stream<Arguments> cases() {
        return Stream.of(DataType.FLOAT, DataType.DOUBLE).flatMap(t -> Stream.of(
                Arguments.of(t, 'c', new long[] {6, 4}, new long[] {4}, new int[] {0}),
                Arguments.of(t, 'c', new long[] {6, 4}, new long[] {1, 4}, new int[] {0}),
                Arguments.of(t, 'c', new long[] {2, 3, 4}, new long[] {4}, new int[] {0, 1}),
                Arguments.of(t, 'c', new long[] {2, 3, 4}, new long[] {3, 1}, new int[] {0, 2}),
                Arguments.of(t, 'c', new long[] {5, 3}, new long[] {}, new int[] {0, 1}),
                Arguments.of(t, 'f', new long[] {6, 4}, new long[] {4}, new int[] {0})));
    }

    @ParameterizedTest(name = "{0} {1} {2} -> {3}")
    @MethodSource("cases")
    void sumsTheStretchedDimensions(DataType type, char order, long[] from, long[] to, int[] axes) {
        INDArray g = Nd4j.create(type, from, order);
        for (long i = 0; i < g.length(); i++) {
            g.putScalar(i, (i * 37 % 11) - 5.25);
        }
        INDArray r = Broadcasting.reduceTo(g, to);
        assertArrayEquals(to, r.shape());
        assertEquals(type, r.dataType());
        assertArrayEquals(g.sum(axes).data().asDouble(), r.dup('c').data().asDouble(), 1e-9);
    }
}
