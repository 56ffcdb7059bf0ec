package org.snn4j.autograd;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataBuffer;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.snn4j.autograd.backend.BackwardBuffers;
import org.snn4j.autograd.backend.NativeMemoryPressure;

/**
 * The gradients of one reverse pass that wait for their node ({@link Graph#backward}), with what it
 * takes to free each gradient's memory as soon as the pass is done with it.
 *
 * <p>Every pending gradient holds the buffer its memory lives in ({@link NativeMemoryPressure#root}:
 * a reshaped view holds its original's). A node's gradient is consumed when its rule has run, a
 * gradient handed to a leaf when the leaf has copied it ({@code Tensor.accumulateGrad}), a partial
 * sum when it is added into the next one, an unreduced gradient when {@code Broadcasting.reduceTo}
 * has summed it. Each of these is {@link #consumed}; once a node's outputs are all placed,
 * {@link #release} frees every consumed buffer that no pending gradient still holds and that was
 * allocated during this pass ({@link BackwardBuffers}: a rule's output, never a value kept from the
 * forward pass or the caller's seed). The releases wait for the end of the node because a rule may
 * return one array for two inputs, or a view of its own input gradient.
 *
 * <p>Only a pass that drops its graph frees anything ({@code retainGraph} false): a rule then runs
 * once, so no rule can hand out the same array again.
 */
final class PendingGradients implements AutoCloseable {
    /** Whether passes that drop their graph free their gradients: system property {@code snn4j.releaseGradients} (default true). */
    private static volatile boolean release = !"false".equalsIgnoreCase(System.getProperty("snn4j.releaseGradients"));

    private final Map<Node, INDArray> pending = new IdentityHashMap<>();
    /** Buffer → how many pending gradients lie in it. */
    private final Map<DataBuffer, Integer> holds = new IdentityHashMap<>();
    private final List<INDArray> consumed = new ArrayList<>();
    /** The record of this pass's allocations, or null when nothing is freed. */
    private final BackwardBuffers born;

    /** {@link Graph#releaseGradients()}. */
    static boolean releasing() {
        return release;
    }

    /** {@link Graph#setReleaseGradients}. */
    static void setReleasing(boolean on) {
        release = on;
    }

    PendingGradients(boolean free) {
        born = free ? BackwardBuffers.open() : null;
    }

    /** Sets {@code g} as {@code node}'s gradient (the seed, or the first contribution). */
    private void put(Node node, INDArray g) {
        pending.put(node, g);
        hold(g, 1);
    }

    /** Starts the pass at {@code root} with {@code seed}. */
    void seed(Node root, INDArray seed) {
        put(root, seed);
    }

    /** Removes and returns {@code node}'s gradient (null if none reached it); it is {@link #consumed} once the node has run. */
    INDArray take(Node node) {
        INDArray g = pending.remove(node);
        if (g != null) {
            hold(g, -1);
        }
        return g;
    }

    /** Adds {@code g} to what {@code parent} receives: the first contribution is kept as is, later ones are summed. */
    void add(Node parent, INDArray g) {
        INDArray prev = pending.get(parent);
        if (prev == null) {
            put(parent, g);
            return;
        }
        INDArray sum = prev.add(g);
        hold(prev, -1);
        put(parent, sum);
        consumed(prev);
        consumed(g);
    }

    /** Marks {@code g} as used up by the node that is running; freed at {@link #release} unless still pending. */
    void consumed(INDArray g) {
        if (born != null && g != null) {
            consumed.add(g);
        }
    }

    /** Frees the memory of every consumed gradient that no pending gradient holds and that this pass allocated. */
    void release() {
        if (born == null) {
            return;
        }
        for (INDArray g : consumed) {
            DataBuffer r = NativeMemoryPressure.root(g.data());
            if (!holds.containsKey(r)) {
                born.free(r);
            }
        }
        consumed.clear();
    }

    /** Bytes freed so far by this pass (0 when it frees nothing). */
    long freedBytes() {
        return born == null ? 0 : born.freedBytes();
    }

    private void hold(INDArray g, int delta) {
        holds.merge(NativeMemoryPressure.root(g.data()), delta, (a, b) -> a + b == 0 ? null : a + b);
    }

    @Override
    public void close() {
        if (born != null) {
            born.close();
        }
    }
}
