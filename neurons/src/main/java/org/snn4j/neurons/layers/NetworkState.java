package org.snn4j.neurons.layers;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.nn.Module;
import org.snn4j.autograd.nn.Sequential;
import org.snn4j.autograd.ops.Shapes;
import org.snn4j.neurons.model.NeuronState;

/**
 * The running state of one network instance for streaming and chunked execution: each
 * {@link StatefulLayer}'s state (membranes, last spikes, a dropout mask, a time index), keyed by
 * layer instance. Nothing is global: two states of the same network run independent streams, and
 * {@link #reset()} affects only this one.
 *
 * <pre>{@code
 * NetworkState s = NetworkState.of(net);
 * for (INDArray frame : stream) {
 *     Tensor y = s.step(Tensor.constant(frame));   // [B, ...] -> [B, ...]
 * }
 * s.reset();                                      // next stream starts from rest
 * }</pre>
 *
 * <p>Gradients: a {@link #step} runs each neuron on the reference path, so the graph continues
 * from step to step until {@link #detach()}; a {@link #forward} chunk longer than one step runs
 * the layer's configured path, and the fused path cuts the graph at the chunk's end (its final
 * state is detached). {@link TruncatedBptt} builds on both.
 *
 * <p>Containers: a {@link Sequential} passes the input through its children; any other module
 * without stateful descendants gets {@code [T, B, ...]} through its ordinary {@code forward}.
 */
public final class NetworkState {
    private final Module network;
    private final Map<Module, Object> slots = new IdentityHashMap<>();
    private long steps;

    private NetworkState(Module network) {
        this.network = network;
    }

    /** A fresh state (every layer at rest) for {@code network}. */
    public static NetworkState of(Module network) {
        if (network == null) {
            throw new IllegalArgumentException("network is null");
        }
        return new NetworkState(network);
    }

    /** The network this state belongs to. */
    public Module network() {
        return network;
    }

    /** Time steps processed since creation or the last {@link #reset()}. */
    public long steps() {
        return steps;
    }

    /** Runs the next chunk {@code input [T, B, ...]} of the stream; returns {@code [T, B, ...]}. */
    public Tensor forward(Tensor input) {
        if (input.rank() < 2) {
            throw new IllegalArgumentException("NetworkState.forward expects a chunk [T, B, ...], got rank "
                    + input.rank() + "; use step() for one step [B, ...]");
        }
        Tensor out = run(network, input, this);
        steps += input.size(0);
        return out;
    }

    /** Runs one step {@code input [B, ...]}; returns {@code [B, ...]}. */
    public Tensor step(Tensor input) {
        Tensor out = forward(Shapes.reshape(input, StatefulLayer.withLeadingOne(input.shape())));
        return Shapes.reshape(out, Arrays.copyOfRange(out.shape(), 1, out.rank()));
    }

    /** Forgets every layer's state: the next step starts from rest. */
    public void reset() {
        slots.clear();
        steps = 0;
    }

    /**
     * Cuts the graph behind every stored tensor (membranes, last spikes): later steps still see
     * the values but back-propagation stops here (truncated BPTT).
     */
    public void detach() {
        slots.replaceAll((layer, v) -> detached(v));
    }

    private static Object detached(Object v) {
        if (v instanceof NeuronState s) {
            return s.detach();
        }
        if (v instanceof Tensor t) {
            return t.detach();
        }
        return v;
    }

    /** The state stored for {@code layer}, or {@code null}; for layer implementations. */
    public <V> V get(Module layer, Class<V> type) {
        Object v = slots.get(layer);
        if (v != null && !type.isInstance(v)) {
            throw new IllegalStateException("state of " + layer.getClass().getSimpleName() + " is a "
                    + v.getClass().getSimpleName() + ", expected " + type.getSimpleName());
        }
        return type.cast(v);
    }

    /** Stores {@code value} as the state of {@code layer}; for layer implementations. */
    public void put(Module layer, Object value) {
        slots.put(layer, value);
    }

    /** Runs {@code module} on {@code input [T, B, ...]} with this state. */
    static Tensor run(Module module, Tensor input, NetworkState state) {
        if (module instanceof StatefulLayer layer) {
            return layer.forward(input, state);
        }
        if (module instanceof Sequential seq) {
            Tensor y = input;
            for (int i = 0; i < seq.size(); i++) {
                y = run(seq.get(i), y, state);
            }
            return y;
        }
        for (Map.Entry<String, Module> e : module.namedModules().entrySet()) {
            if (e.getValue() instanceof StatefulLayer) {
                throw new IllegalArgumentException("cannot run " + module.getClass().getSimpleName() + " with a "
                        + "NetworkState: its stateful layer '" + e.getKey() + "' is not reachable through Sequential "
                        + "children; make the container a Sequential or implement StatefulLayer");
            }
        }
        return module.forward(input);
    }
}
