package org.snn4j.autograd;

import java.util.concurrent.atomic.AtomicLong;

/**
 * One entry of the tape: the operation that produced a tensor.
 *
 * <p>{@link #seq} is a global, monotonically increasing execution index. Sorting the nodes
 * reachable from a loss by descending {@code seq} gives the reverse of execution order, which is a
 * valid reverse topological order; {@link Graph#backward} walks it with a plain loop.
 *
 * <p>A node links to its inputs' <em>nodes</em>, not to the input tensors: the tape keeps an
 * intermediate value alive only when a {@link VjpRule} captured it (as in PyTorch, whose graph
 * holds saved tensors, not outputs). Only leaf inputs that require a gradient (parameters) are held
 * as tensors, since their gradient is accumulated into them; they exist without a tape anyway.
 */
final class Node {
    private static final AtomicLong COUNTER = new AtomicLong();

    final long seq;
    final String op;
    /** {@code parents[i]}: the node of input {@code i} when it is a recorded tensor, else null. */
    Node[] parents;
    /** {@code leaves[i]}: input {@code i} when it is a leaf that requires a gradient, else null. */
    Tensor[] leaves;
    /** The shapes of the inputs (a gradient is reduced to its input's shape). */
    long[][] shapes;
    VjpRule rule;
    /** The tensor this node produced when it asked to keep its gradient ({@link Tensor#retainGrad}). */
    Tensor retained;

    Node(String op, Tensor[] inputs, VjpRule rule) {
        this.seq = COUNTER.incrementAndGet();
        this.op = op;
        this.rule = rule;
        int n = inputs.length;
        parents = new Node[n];
        leaves = new Tensor[n];
        shapes = new long[n][];
        for (int i = 0; i < n; i++) {
            Tensor t = inputs[i];
            if (t == null || !t.requiresGrad()) {
                continue;
            }
            shapes[i] = t.shape();
            if (t.node != null) {
                parents[i] = t.node;
            } else {
                leaves[i] = t;
            }
        }
    }

    /** Whether input {@code i} takes a gradient. */
    boolean needs(int i) {
        return parents[i] != null || leaves[i] != null;
    }

    /** Drops references so that a consumed graph can be collected early; the rule releases what it kept. */
    void release() {
        if (rule != null) {
            rule.release();
        }
        parents = null;
        leaves = null;
        shapes = null;
        rule = null;
    }

    boolean released() {
        return rule == null;
    }
}
