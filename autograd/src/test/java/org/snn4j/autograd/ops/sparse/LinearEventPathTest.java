package org.snn4j.autograd.ops.sparse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.nn.Linear;
import org.snn4j.autograd.nn.LinearSpec;
import org.snn4j.autograd.ops.sparse.SparsePolicy.Forced;
import org.snn4j.autograd.ops.sparse.SparsePolicy.Mode;

/** {@link Linear} on a time-major {@code [T, B, in]} spike input: the event path equals the dense one. */
class LinearEventPathTest {

    @Test
    void timeMajorSpikesThroughLinear() {
        INDArray x = EventSynapseTest.events(21, 5 * 7, 33, 0.05, true, DataType.FLOAT).reshape(5, 7, 33);
        INDArray g = org.snn4j.autograd.check.RandomArrays.uniform(22, -1, 1, 5, 7, 12).castTo(DataType.FLOAT);
        INDArray[] ev = run(Mode.ON, x, g);
        INDArray[] dense = run(Mode.OFF, x, g);
        assertArrayEquals(new long[] {5, 7, 12}, ev[0].shape());
        for (int i = 0; i < ev.length; i++) {
            assertEquals(0.0, ev[i].sub(dense[i]).amaxNumber().doubleValue(), 1e-5, "result " + i);
        }
    }

    private static INDArray[] run(Mode mode, INDArray x, INDArray g) {
        try (Forced f = SparsePolicy.force(mode)) {
            long before = SparsePolicy.count("affine", true);
            Linear fc = new Linear(new LinearSpec(33, 12, true), new SplittableRandom(3));
            Tensor xt = Tensor.variable(x.dup());
            Tensor y = fc.forward(xt);
            y.backward(g, false);
            assertEquals(mode == Mode.ON, SparsePolicy.count("affine", true) > before);
            assertTrue(fc.weight().grad() != null);
            return new INDArray[] {y.value(), xt.grad(), fc.weight().grad(), fc.bias().grad()};
        }
    }
}
