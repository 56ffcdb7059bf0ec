package org.snn4j.autograd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.backend.NativeMemoryPressure;
import org.snn4j.autograd.backend.UnfilledArrays;

/**
 * {@link PendingGradients}: a gradient buffer made during the pass is freed once consumed and held by
 * no pending gradient (a view held elsewhere keeps it), a buffer from before the pass never is, a
 * summed pair frees both parts; and through {@link Graph#backward}, gradients that fan out, are
 * reshaped and are returned for two inputs at once come out right while the pass frees memory.
 */
class PendingGradientsTest {
    private static Node node() {
        return new Node("test", new Tensor[0], (g, needs) -> new INDArray[0]);
    }

    private static INDArray filled(long n, float v) {
        return UnfilledArrays.create(DataType.FLOAT, n).assign(v);
    }

    @Test
    void aBufferMadeInThePassIsFreedWhenTheLastViewOfItIsConsumed() {
        Node a = node();
        Node b = node();
        try (PendingGradients p = new PendingGradients(true)) {
            INDArray g = filled(1000, 1f);
            p.add(a, g);
            p.add(b, g.reshape(10, 100));
            p.consumed(p.take(a));
            p.release();
            assertEquals(0, p.freedBytes(), "b still waits for a view of the buffer");
            INDArray view = p.take(b);
            assertEquals(1000f, view.sumNumber().floatValue(), "the held buffer is intact");
            p.consumed(view);
            p.release();
            assertEquals(4000, p.freedBytes());
        }
    }

    /** {@code g} goes to {@code node} and is consumed there, as by a node that has run. */
    private static void passThrough(PendingGradients p, Node node, INDArray g) {
        p.add(node, g);
        p.consumed(p.take(node));
        p.release();
    }

    @Test
    void aBufferFromBeforeThePassIsNeverFreed() {
        INDArray kept = filled(1000, 2f);   // e.g. a forward value a rule hands back as a gradient
        Node a = node();
        try (PendingGradients p = new PendingGradients(true)) {
            passThrough(p, a, kept);
            assertEquals(0, p.freedBytes());
        }
        assertEquals(2000f, kept.sumNumber().floatValue());
    }

    @Test
    void summingTwoContributionsFreesBothParts() {
        Node a = node();
        try (PendingGradients p = new PendingGradients(true)) {
            p.add(a, filled(100, 1f));
            p.add(a, filled(100, 2f));
            p.release();
            assertEquals(800, p.freedBytes());
            INDArray sum = p.take(a);
            assertEquals(300f, sum.sumNumber().floatValue());
        }
    }

    @Test
    void nothingIsFreedWhenThePassKeepsItsGraph() {
        Node a = node();
        try (PendingGradients p = new PendingGradients(false)) {
            passThrough(p, a, filled(100, 1f));
            assertEquals(0, p.freedBytes());
        }
    }

    @Test
    void aFreedBufferLeavesTheNativeMemoryCount() {
        Node a = node();
        try (PendingGradients p = new PendingGradients(true)) {
            INDArray g = filled(1 << 16, 1f);
            NativeMemoryPressure.produced(g);
            NativeMemoryPressure.produced(g.reshape(256, 256));   // a view counts again, and leaves with it
            long counted = NativeMemoryPressure.outstandingBytes();
            passThrough(p, a, g);
            assertEquals(1 << 18, p.freedBytes());
            assertTrue(counted - NativeMemoryPressure.outstandingBytes() >= 2L << 18,
                    "both reports of the buffer leave the count");
        }
    }

    @Test
    void gradientsThatFanOutAndAreReshapedStayRightWhileThePassFreesThem() {
        // z = avgpool2(x) used twice, once reshaped: y = Σ z + Σ 2·reshape(z)·reshape(z); ∂y/∂z = 1 + 4z, and
        // ∂y/∂x = ∂y/∂z(window) / 4. The pooling's input gradient is a buffer the pass allocates and frees.
        float[] v = new float[16];
        for (int i = 0; i < 16; i++) {
            v[i] = 0.25f * i - 1;
        }
        Tensor x = Tensor.variable(Nd4j.create(v, new long[] {1, 1, 4, 4}, 'c'));
        Tensor z = org.snn4j.autograd.ops.Pooling.avgPool2d(x, 2, 2, 0);
        Tensor r = z.reshape(4);
        Tensor y = z.sum().add(r.mul(r).mul(2.0).sum());
        y.backward();
        float[] got = x.grad().data().asFloat();
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                int w = (i / 2) * 2 + j / 2;
                float zw = (v[(i / 2) * 8 + (j / 2) * 2] + v[(i / 2) * 8 + (j / 2) * 2 + 1]
                        + v[(i / 2) * 8 + (j / 2) * 2 + 4] + v[(i / 2) * 8 + (j / 2) * 2 + 5]) / 4;
                assertEquals((1 + 4 * zw) / 4, got[i * 4 + j], 1e-6, "x[" + i + "," + j + "] window " + w);
            }
        }
    }
}
