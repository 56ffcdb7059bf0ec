package org.snn4j.autograd.ops.sparse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.snn4j.autograd.TapeMemory;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.check.RandomArrays;
import org.snn4j.autograd.ops.LinearAlgebra;
import org.snn4j.autograd.ops.sparse.SparsePolicy.Forced;
import org.snn4j.autograd.ops.sparse.SparsePolicy.Mode;

/**
 * What the backward rule of a dense layer keeps, as {@link TapeMemory} counts it: for a binary input
 * {@code [R, K]} exactly the column bit set, {@code K·⌈R/64⌉} longs, on the event path, and the row
 * bit set ({@link SpikeBits}), {@code R·⌈K/64⌉} longs, on the dense path, besides the output itself.
 */
class EventTapeMemoryTest {

    @Test
    void binaryInputIsKeptAsColumnBits() {
        int rows = 200;
        int cols = 100;
        int out = 12;
        INDArray x = EventSynapseTest.events(31, rows, cols, 0.13, true, DataType.FLOAT);
        Tensor w = Tensor.variable(RandomArrays.uniform(32, -1, 1, out, cols).castTo(DataType.FLOAT));
        Tensor b = Tensor.variable(RandomArrays.uniform(33, -1, 1, out).castTo(DataType.FLOAT));
        long output = 4L * rows * out;
        long bits = 8L * cols * ((rows + 63) / 64);
        long rowBits = 8L * rows * ((cols + 63) / 64);
        for (Mode mode : new Mode[] {Mode.ON, Mode.OFF}) {
            try (Forced f = SparsePolicy.force(mode)) {
                Tensor y = LinearAlgebra.affine(Tensor.constant(x), w, b);
                TapeMemory.Retained kept = TapeMemory.retained(y, List.of(x, w.value(), b.value()));
                // dense path: the rule keeps x as row bits (SpikeBits), not x itself
                assertEquals(output + (mode == Mode.ON ? bits : rowBits), kept.bytes(), "mode " + mode);
            }
        }
    }
}
