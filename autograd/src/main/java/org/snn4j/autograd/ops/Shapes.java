package org.snn4j.autograd.ops;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.snn4j.autograd.Graph;
import org.snn4j.autograd.Tensor;

/**
 * Shape primitives. Their rules only move gradient elements around.
 *
 * <pre>
 * reshape: ∂a = reshape(g, shape(a))
 * permute: ∂a = permute(g, inverse(dims))
 * </pre>
 */
public final class Shapes {
    private Shapes() {
    }

    public static Tensor reshape(Tensor a, long... shape) {
        INDArray x = a.value();
        long[] orig = x.shape();
        INDArray z = x.reshape('c', shape);
        return Graph.record("reshape", z, (g, n) -> new INDArray[] {g.reshape('c', orig)}, a);
    }

    public static Tensor permute(Tensor a, int... dims) {
        int[] inv = new int[dims.length];
        for (int i = 0; i < dims.length; i++) {
            inv[dims[i]] = i;
        }
        return Graph.record("permute", a.value().permute(dims), (g, n) -> new INDArray[] {g.permute(inv)}, a);
    }
}
