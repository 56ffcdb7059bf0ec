package org.snn4j.autograd;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * {@link TapeMemory} counts each storage once, primitive arrays a rule keeps, and honours exclusions;
 * the tape keeps an intermediate value only when a rule captured it.
 */
class TapeMemoryTest {

    @Test
    void countsStoragesOnceAndWhatRulesCapture() {
        Tensor w = Tensor.variable(Nd4j.ones(DataType.FLOAT, 3));
        INDArray base = Nd4j.zeros(DataType.FLOAT, 10, 10);
        INDArray view = base.get(NDArrayIndex.interval(0, 5), NDArrayIndex.all());
        float[] kept = new float[25];
        Tensor y = Graph.record("test", base, (g, n) -> new INDArray[] {view.sum().add(kept[0])}, w);
        Tensor z = Graph.record("test2", Nd4j.zeros(DataType.DOUBLE, 2), (g, n) -> new INDArray[] {g}, y);

        TapeMemory.Retained all = TapeMemory.retained(z, List.of(w.value()));
        assertEquals(16 + 400 + 100, all.bytes());
        assertEquals(3, all.storages());
        assertEquals(16 + 100, TapeMemory.retained(z, List.of(w.value(), base)).bytes());
        assertEquals(16 + 400 + 100 + 12, TapeMemory.retained(z, List.of()).bytes());
    }

    @Test
    void theTapeKeepsNoIntermediateValueThatNoRuleCaptured() {
        Tensor w = Tensor.variable(Nd4j.ones(DataType.FLOAT, 100));
        // mul by a constant and sum capture nothing of size: the two [100] intermediates are not kept
        Tensor loss = w.mul(2.0).mul(3.0).sum();
        long none = TapeMemory.retained(loss, List.of(w.value())).bytes();
        org.junit.jupiter.api.Assertions.assertTrue(none < 400, none + " B kept");
        // exp captures its output: one [100] float array
        Tensor l2 = w.mul(2.0).exp().mul(3.0).sum();
        assertEquals(none + 400, TapeMemory.retained(l2, List.of(w.value())).bytes());
    }

    @Test
    void retainGradStillReachesAnIntermediate() {
        Tensor w = Tensor.variable(Nd4j.ones(DataType.DOUBLE, 3));
        Tensor mid = w.mul(2.0).retainGrad();
        mid.mul(5.0).sum().backward();
        org.junit.jupiter.api.Assertions.assertArrayEquals(new double[] {5, 5, 5}, mid.grad().toDoubleVector(), 0);
        org.junit.jupiter.api.Assertions.assertArrayEquals(new double[] {10, 10, 10}, w.grad().toDoubleVector(), 0);
    }
}
