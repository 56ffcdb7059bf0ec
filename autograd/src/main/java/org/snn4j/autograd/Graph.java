package org.snn4j.autograd;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.snn4j.autograd.backend.NativeMemoryPressure;

/**
 * The tape: records operations and runs reverse-mode differentiation.
 *
 * <p>Every recorded operation gets a {@link Node} with a global execution index. {@link #backward}
 * gathers the nodes reachable from the root (an explicit stack, no recursion), orders them by
 * descending execution index, and walks that list once, calling each node's {@link VjpRule}. BPTT
 * tapes are thousands of nodes long, so nothing here recurses.
 *
 * <p>The engine owns the common concerns: an operation is recorded only when grad mode is on and
 * some input requires a gradient; rules are asked only for the gradients that are needed; each
 * gradient is reduced to its input's shape ({@link Broadcasting#reduceTo}); and gradients from
 * several uses of a tensor are summed. A node holds its inputs' nodes, not their values
 * ({@link Node}), so an intermediate array stays alive only while some rule captured it; after
 * {@code backward} (without {@code retainGraph}) every visited node drops its rule and links, so the
 * tape's buffers become garbage as soon as the caller drops the loss. Such a pass also frees each
 * input gradient it allocated once consumed, without waiting for a collection
 * ({@link PendingGradients}, {@link #setReleaseGradients}).
 */
public final class Graph {
    private Graph() {
    }

    /**
     * Wraps the result of an operation, recording a node when a gradient may flow.
     *
     * @param op     a short operation name, used in error messages
     * @param out    the forward result; never mutated afterwards
     * @param rule   the vector-Jacobian product
     * @param inputs the operation's tensor inputs (entries may be {@code null} for absent operands)
     */
    public static Tensor record(String op, INDArray out, VjpRule rule, Tensor... inputs) {
        NativeMemoryPressure.produced(out);
        if (!GradMode.isEnabled()) {
            return new Tensor(out, false);
        }
        for (Tensor t : inputs) {
            if (t != null && t.requiresGrad()) {
                Tensor r = new Tensor(out, true);
                r.node = new Node(op, inputs, rule);
                return r;
            }
        }
        return new Tensor(out, false);
    }

    /** True when any of {@code inputs} would make {@link #record} create a node. */
    public static boolean anyRequiresGrad(Tensor... inputs) {
        if (!GradMode.isEnabled()) {
            return false;
        }
        for (Tensor t : inputs) {
            if (t != null && t.requiresGrad()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Back-propagates {@code seed = ∂L/∂root} and accumulates into the {@code grad} of every
     * leaf that requires one (and of non-leaves marked with {@link Tensor#retainGrad()}).
     *
     * @param retainGraph keep the nodes so that backward may run through them again
     */
    public static void backward(Tensor root, INDArray seed, boolean retainGraph) {
        if (!root.requiresGrad()) {
            throw new IllegalStateException("backward() on a tensor that does not require grad");
        }
        if (!Arrays.equals(seed.shape(), root.shape())) {
            throw new IllegalArgumentException("seed shape " + Arrays.toString(seed.shape())
                    + " differs from root shape " + Arrays.toString(root.shape()));
        }
        if (root.node == null) {
            root.accumulateGrad(seed);
            return;
        }
        List<Node> order = reachable(root.node);
        try (PendingGradients pending = new PendingGradients(!retainGraph && PendingGradients.releasing())) {
            pending.seed(root.node, seed);
            for (Node node : order) {
                INDArray g = pending.take(node);
                if (g == null) {
                    continue;
                }
                if (node.retained != null) {
                    node.retained.accumulateGrad(g);
                }
                int inputs = node.shapes.length;
                boolean[] needs = new boolean[inputs];
                for (int i = 0; i < inputs; i++) {
                    needs[i] = node.needs(i);
                }
                INDArray[] grads = node.rule.apply(g, needs);
                for (int i = 0; i < inputs; i++) {
                    if (!needs[i] || grads[i] == null) {
                        continue;
                    }
                    NativeMemoryPressure.produced(grads[i]);
                    INDArray gi = Broadcasting.reduceTo(grads[i], node.shapes[i]);
                    if (gi != grads[i]) {
                        pending.consumed(grads[i]);
                    }
                    if (node.leaves[i] != null) {
                        node.leaves[i].accumulateGrad(gi);   // copies gi (or adds it in)
                        pending.consumed(gi);
                    } else {
                        pending.add(node.parents[i], gi);
                    }
                }
                pending.consumed(g);
                pending.release();
                if (!retainGraph) {
                    node.release();
                }
            }
        }
    }

    /**
     * Whether a {@link #backward} that drops its graph frees each gradient buffer it allocated as soon
     * as it has consumed it ({@link PendingGradients}); on unless the system property
     * {@code snn4j.releaseGradients} is {@code false}.
     */
    public static boolean releaseGradients() {
        return PendingGradients.releasing();
    }

    /** Sets {@link #releaseGradients()} for the passes that start from now on. */
    public static void setReleaseGradients(boolean on) {
        PendingGradients.setReleasing(on);
    }

    private static List<Node> reachable(Node root) {
        List<Node> out = new ArrayList<>();
        IdentityHashMap<Node, Boolean> seen = new IdentityHashMap<>();
        ArrayDeque<Node> stack = new ArrayDeque<>();
        stack.push(root);
        seen.put(root, Boolean.TRUE);
        while (!stack.isEmpty()) {
            Node n = stack.pop();
            if (n.released()) {
                throw new IllegalStateException("the graph through '" + n.op + "' was already used by"
                        + " backward(); call backward(seed, true) to keep it");
            }
            out.add(n);
            for (Node in : n.parents) {
                if (in != null && seen.put(in, Boolean.TRUE) == null) {
                    stack.push(in);
                }
            }
        }
        out.sort(Comparator.comparingLong((Node n) -> n.seq).reversed());
        return out;
    }
}
