package org.snn4j.autograd;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.nd4j.linalg.api.buffer.DataBuffer;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.snn4j.autograd.backend.NativeMemoryPressure;

/**
 * What a recorded graph keeps alive for the backward pass: the bytes of every distinct storage
 * reachable from a root through the tape, the measure {@code shared/bench/bptt_memory.py} takes
 * of PyTorch's saved tensors.
 *
 * <p>Walked from the root: the root's value, then each node's input nodes, leaf inputs (parameters)
 * and VJP rule (a node does not hold its inputs' values, see {@code Node}); a rule
 * (lambda or record) and any snn4j object it captures are walked through their fields, down to
 * ND4J arrays (counted once per underlying storage, however many views reach it) and Java
 * primitive arrays (counted once each). Storages of the {@code excluded} arrays (the parameters and
 * the network input, which exist without a tape) are not counted. Objects outside
 * {@code org.snn4j} are not entered, except arrays and collections.
 */
public final class TapeMemory {
    private TapeMemory() {
    }

    /** Bytes held and the number of distinct storages. */
    public record Retained(long bytes, int storages) {
        /** {@code bytes / neuronSteps}, the figure {@code bptt_memory.py} prints as B/neuron-step. */
        public double perNeuronStep(long neuronSteps) {
            return (double) bytes / neuronSteps;
        }
    }

    /** The storages the graph under {@code root} keeps, minus those of {@code excluded}. */
    public static Retained retained(Tensor root, Collection<INDArray> excluded) {
        Set<Long> skip = new HashSet<>();
        for (INDArray a : excluded) {
            skip.add(storage(a.data()).address());
        }
        Set<Long> counted = new HashSet<>();
        IdentityHashMap<Object, Boolean> seen = new IdentityHashMap<>();
        ArrayDeque<Object> work = new ArrayDeque<>();
        work.push(root);
        long bytes = 0;
        int storages = 0;
        while (!work.isEmpty()) {
            Object o = work.pop();
            if (seen.put(o, Boolean.TRUE) != null) {
                continue;
            }
            if (o instanceof INDArray a) {
                if (a.isEmpty()) {
                    continue;
                }
                DataBuffer s = storage(a.data());
                if (!skip.contains(s.address()) && counted.add(s.address())) {
                    bytes += s.length() * s.getElementSize();
                    storages++;
                }
            } else if (o.getClass().isArray()) {
                Class<?> c = o.getClass().getComponentType();
                if (c.isPrimitive()) {
                    bytes += (long) Array.getLength(o) * primitiveSize(c);
                    storages++;
                } else {
                    for (int i = 0, n = Array.getLength(o); i < n; i++) {
                        push(work, Array.get(o, i));
                    }
                }
            } else if (o instanceof Collection<?> c) {
                c.forEach(e -> push(work, e));
            } else if (o instanceof Map<?, ?> m) {
                m.values().forEach(e -> push(work, e));
            } else if (o.getClass().getName().startsWith("org.snn4j.")) {
                fields(o, work);
            }
        }
        return new Retained(bytes, storages);
    }

    private static void push(ArrayDeque<Object> work, Object o) {
        if (o != null) {
            work.push(o);
        }
    }

    private static void fields(Object o, ArrayDeque<Object> work) {
        if (o instanceof Tensor t) {
            work.push(t.value());
            push(work, t.node);
            return;
        }
        if (o instanceof Node n) {
            if (!n.released()) {
                push(work, n.parents);
                push(work, n.leaves);
                push(work, n.rule);
                push(work, n.retained);
            }
            return;
        }
        for (Class<?> c = o.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) || f.getType().isPrimitive()) {
                    continue;
                }
                try {
                    f.setAccessible(true);
                    push(work, f.get(o));
                } catch (RuntimeException | IllegalAccessException e) {
                    // a field this module may not read: not counted
                }
            }
        }
    }

    /** The allocation a buffer (possibly a view) lives in. */
    private static DataBuffer storage(DataBuffer b) {
        return NativeMemoryPressure.root(b);
    }

    private static int primitiveSize(Class<?> c) {
        if (c == long.class || c == double.class) {
            return 8;
        }
        if (c == int.class || c == float.class) {
            return 4;
        }
        return c == short.class || c == char.class ? 2 : 1;
    }
}
