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

    static Stream<Arguments> expansions() {
        return Stream.of(DataType.FLOAT, DataType.DOUBLE).flatMap(t -> Stream.of(
                Arguments.of(t, new long[] {4}, new long[] {3, 4}),
                Arguments.of(t, new long[] {1, 2, 4}, new long[] {5, 2, 4}),
                Arguments.of(t, new long[] {2, 4}, new long[] {3, 5, 2, 4}),
                Arguments.of(t, new long[] {2, 1}, new long[] {3, 2, 4}),
                Arguments.of(t, new long[] {3, 1}, new long[] {3, 5}),
                Arguments.of(t, new long[] {1, 1}, new long[] {2, 3}),
                Arguments.of(t, new long[] {4, 1, 3}, new long[] {2, 4, 5, 3})));
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @MethodSource("expansions")
    void expandRepeatsEveryElementAlongTheStretchedAxes(DataType type, long[] from, long[] to) {
        INDArray a = Nd4j.create(type, from);
        for (long i = 0; i < a.length(); i++) {
            a.putScalar(i, i * 1.5 - 2);
        }
        INDArray e = Broadcasting.expand(a, to);
        assertArrayEquals(to, e.shape());
        INDArray reference = a.reshape(Broadcasting.alignRank(a, to.length).shape()).broadcast(to);
        assertArrayEquals(reference.dup('c').data().asDouble(), e.dup('c').data().asDouble(), 0.0);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("rowAdds")
    void addRowInPlaceAddsTheRowToEveryRow(DataType type, char order) {
        INDArray z = Nd4j.create(type, new long[] {3, 4}, order);
        for (long i = 0; i < z.length(); i++) {
            z.putScalar(i, i * 0.5);
        }
        INDArray row = Nd4j.createFromArray(1.0, -2.0, 3.5, 0.25).castTo(type);
        INDArray expected = z.dup('c').addiRowVector(row);
        INDArray r = Broadcasting.addRowInPlace(z, row);
        assertEquals(z, r);
        assertArrayEquals(expected.data().asDouble(), z.dup('c').data().asDouble(), 0.0);
    }

    static Stream<Arguments> rowAdds() {
        return Stream.of(Arguments.of(DataType.FLOAT, 'c'), Arguments.of(DataType.DOUBLE, 'c'),
                Arguments.of(DataType.FLOAT, 'f'));
    }
}
