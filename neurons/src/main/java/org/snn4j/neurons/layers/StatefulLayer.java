package org.snn4j.neurons.layers;

import java.util.Arrays;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.ops.Shapes;

/**
 * A layer whose output depends on earlier time steps (neurons, recurrent layers) or that must
 * keep something fixed across steps (a shared dropout mask, the time index of BNTT).
 *
 * <p>{@code forward(input)} of such a layer always starts from the initial state and keeps
 * nothing afterwards. To continue across calls (streaming, online inference, truncated BPTT) the
 * state lives in a {@link NetworkState} created for one network instance, never in the layer.
 */
public interface StatefulLayer {

    /**
     * Runs {@code input [T, B, ...]} from the state {@code state} holds for this layer (the
     * initial state when it holds none, or when {@code state} is null) and stores the state after
     * the last step back in {@code state}.
     */
    Tensor forward(Tensor input, NetworkState state);

    /** One time step: {@code input [B, ...]} gives {@code [B, ...]}, continuing from {@code state}. */
    default Tensor step(Tensor input, NetworkState state) {
        Tensor out = forward(Shapes.reshape(input, withLeadingOne(input.shape())), state);
        return Shapes.reshape(out, Arrays.copyOfRange(out.shape(), 1, out.rank()));
    }

    /** {@code [d0, …]} → {@code [1, d0, …]}. */
    static long[] withLeadingOne(long[] shape) {
        long[] out = new long[shape.length + 1];
        out[0] = 1;
        System.arraycopy(shape, 0, out, 1, shape.length);
        return out;
    }
}
