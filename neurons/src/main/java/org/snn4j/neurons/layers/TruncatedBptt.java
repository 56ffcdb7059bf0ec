package org.snn4j.neurons.layers;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ObjIntConsumer;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.ops.Joining;

/**
 * Truncated back-propagation through time over a {@link NetworkState}.
 *
 * <p><b>What is truncated.</b> The sequence is cut into windows of {@code window} steps
 * {@code [0, k), [k, 2k), …}. Each window starts from the state the previous window left, taken
 * as a constant: the loss of any step in window w reaches inputs and parameters only through the
 * steps of window w (and through the layers within each step); nothing flows back across a window
 * boundary. Forward values are exactly those of the untruncated run.
 *
 * <p><b>How, per path.</b> On the reference path (and when stepping) the state tensors are
 * detached at each boundary ({@link NetworkState#detach()}). On the fused path each window is one
 * fused node per layer whose final state is already detached; the next window differentiates
 * from that constant. Both give the same gradients (tested).
 */
public final class TruncatedBptt {
    private TruncatedBptt() {
    }

    /**
     * Runs {@code input [T, B, ...]} window by window and joins the outputs into one
     * {@code [T, B, ...]} tensor, whose graph has no edge across window boundaries; one
     * {@code backward()} of a loss over it is truncated BPTT with memory for the whole sequence.
     */
    public static Tensor forward(NetworkState state, Tensor input, int window) {
        List<Tensor> outs = new ArrayList<>();
        windows(state, input, window, (out, start) -> outs.add(out));
        return outs.size() == 1 ? outs.get(0) : Joining.concat(0, outs.toArray(new Tensor[0]));
    }

    /**
     * Runs {@code input [T, B, ...]} window by window and hands each window's output
     * {@code [k, B, ...]} and its first step to {@code perWindow}, which typically computes a loss,
     * calls {@code backward()} and steps the optimiser (memory for one window only).
     */
    public static void windows(NetworkState state, Tensor input, int window, ObjIntConsumer<Tensor> perWindow) {
        checkWindow(window);
        if (input.rank() < 2) {
            throw new IllegalArgumentException("truncated BPTT expects [T, B, ...], got rank " + input.rank());
        }
        long steps = input.size(0);
        for (long start = 0; start < steps; start += window) {
            state.detach();
            long end = Math.min(steps, start + window);
            Tensor chunk = start == 0 && end == steps ? input : input.slice(0, start, end);
            perWindow.accept(state.forward(chunk), (int) start);
        }
        state.detach();
    }

    /**
     * One streamed step {@code input [B, ...]} with the graph cut every {@code window} steps: when
     * {@code state.steps()} is a multiple of {@code window} the state is detached first.
     */
    public static Tensor step(NetworkState state, Tensor input, int window) {
        checkWindow(window);
        if (state.steps() % window == 0) {
            state.detach();
        }
        return state.step(input);
    }

    private static void checkWindow(int window) {
        if (window < 1) {
            throw new IllegalArgumentException("truncated BPTT window must be >= 1 step, got " + window);
        }
    }
}
