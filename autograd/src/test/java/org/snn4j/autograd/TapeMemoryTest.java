package org.snn4j.autograd;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/** {@link TapeMemory} counts each storage once, primitive arrays a rule keeps, and honours exclusions. */
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
}
