package org.snn4j.autograd;

import java.util.concurrent.atomic.AtomicLong;

/**
 * One entry of the tape: the operation that produced a tensor.
 *
 * <p>{@link #seq} is a global, monotonically increasing execution index. Sorting the nodes
 * reachable from a loss by descending {@code seq} gives the reverse of execution order, which is a
 * valid reverse topological order; {@link Graph#backward} walks it with a plain loop.
 */
final class Node {
    private static final AtomicLong COUNTER = new AtomicLong();

    final long seq;
    final String op;
    Tensor[] inputs;
    VjpRule rule;

    Node(String op, Tensor[] inputs, VjpRule rule) {
        this.seq = COUNTER.incrementAndGet();
        this.op = op;
        this.inputs = inputs;
        this.rule = rule;
    }

    /** Drops references so that a consumed graph can be collected early. */
    void release() {
        inputs = null;
        rule = null;
    }

    boolean released() {
        return rule == null;
    }
}
