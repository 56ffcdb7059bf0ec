package org.snn4j.neurons.layers;

import java.util.Arrays;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.nn.Module;
import org.snn4j.autograd.ops.Shapes;

/**
 * Runs a stateless module once over all time steps (SpikingJelly's {@code SeqToANNContainer}):
 *
 * <pre>
 * x [T, B, d…]  →  reshape [T·B, d…]  →  inner  →  [T·B, e…]  →  reshape [T, B, e…]
 * </pre>
 * One GEMM or convolution over {@code T·B} samples instead of T small ones. Needed for modules
 * that read their first dimension as the batch ({@code BatchNorm1d}, {@code Flatten(1)}, user
 * modules); Linear, Conv2d, pooling and BatchNorm2d already merge leading dimensions. The inner
 * module is the child {@code "inner"}, so its parameters are named {@code inner.weight}, ...
 * A module that keeps state over time (a neuron layer) cannot be wrapped.
 */
public class TimeDistributed extends Module {
    private final TimeDistributedSpec spec;
    private final Module inner;

    public TimeDistributed(TimeDistributedSpec spec, Module inner) {
        inner.namedModules().forEach((path, m) -> {
            if (m instanceof StatefulLayer) {
                throw new IllegalArgumentException("TimeDistributed runs a stateless module over [T·B, ...], but "
                        + spec.inner().getClass().getSimpleName() + " contains the stateful layer "
                        + (path.isEmpty() ? m.getClass().getSimpleName() : "'" + path + "'"));
            }
        });
        this.spec = spec;
        this.inner = registerModule("inner", inner);
    }

    /** The wrapped module. */
    public Module inner() {
        return inner;
    }

    @Override
    public Tensor forward(Tensor x) {
        long[] s = x.shape();
        if (s.length < 2) {
            throw new IllegalArgumentException("TimeDistributed expects [T, B, ...], got " + Arrays.toString(s));
        }
        long[] merged = new long[s.length - 1];
        merged[0] = s[0] * s[1];
        System.arraycopy(s, 2, merged, 1, s.length - 2);
        Tensor y = inner.forward(Shapes.reshape(x, merged));
        long[] ys = y.shape();
        long[] out = new long[ys.length + 1];
        out[0] = s[0];
        out[1] = s[1];
        System.arraycopy(ys, 1, out, 2, ys.length - 1);
        return Shapes.reshape(y, out);
    }

    @Override
    public TimeDistributedSpec spec() {
        return spec;
    }
}
