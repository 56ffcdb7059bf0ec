package org.snn4j.neurons.layers;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.snn4j.autograd.GradMode;
import org.snn4j.autograd.Graph;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.nn.Module;
import org.snn4j.autograd.nn.Parameter;
import org.snn4j.neurons.model.Readout;
import org.snn4j.neurons.model.ExecutionPath;
import org.snn4j.neurons.model.NeuronModel;
import org.snn4j.neurons.model.NeuronState;
import org.snn4j.neurons.model.NeuronTensors;
import org.snn4j.neurons.model.Neurons;
import org.snn4j.neurons.model.SequenceResult;
import org.snn4j.neurons.monitor.LayerProbe;
import org.snn4j.neurons.monitor.Monitorable;

/**
 * A layer of spiking neurons applied over a time-major sequence {@code [T, B, ...]} (SpikingJelly's
 * multi-step neuron): the pure model of its {@link NeuronLayerSpec} runs from rest over all T
 * steps, on the fused path (one graph node) by default or on the reference path (the step unrolled
 * on the tape). A sequence of length 1 always takes the reference step, which keeps the graph
 * through a streamed state (see {@link NetworkState}).
 *
 * <p>The layer owns the model's learnable values (PLIF's {@code w}, a learnable
 * {@code threshold}) as its module {@link Parameter}s, so optimisers and checkpoints see them, and
 * passes them to the model in {@link NeuronTensors} on every call: the gradient reaches them
 * directly. For an input of another data type than the parameters they are cast on the graph.
 *
 * <p>Monitoring: with a {@link LayerProbe} attached, each forward reports its spikes (and, when
 * asked, the pre-reset membrane, computed by a second run without gradient). Without a probe the
 * layer does no monitoring work.
 */
public class NeuronLayer extends Module implements StatefulLayer, Monitorable {
    private final NeuronLayerSpec spec;
    private final NeuronModel<?, ?> model;
    private final List<String> learnable;
    private final Map<DataType, NeuronTensors> constants = new EnumMap<>(DataType.class);
    private LayerProbe probe;

    @SuppressWarnings({"unchecked", "rawtypes"})
    public NeuronLayer(NeuronLayerSpec spec) {
        this.spec = spec;
        this.model = Neurons.modelOf(spec.model());
        Map<String, INDArray> initial = NeuronTensors.initialValues((NeuronModel) model, spec.model(),
                spec.channels(), DataType.FLOAT);
        initial.forEach(this::registerParameter);
        this.learnable = List.copyOf(initial.keySet());
    }

    @Override
    public Tensor forward(Tensor input) {
        return forward(input, null);
    }

    @Override
    public Tensor forward(Tensor input, NetworkState state) {
        if (input.rank() < 2) {
            throw new IllegalArgumentException("neuron layer '" + spec.typeName() + "' expects a time-major "
                    + "sequence [T, B, ...], got " + Arrays.toString(input.shape()));
        }
        NeuronState start = state == null ? null : state.get(this, NeuronState.class);
        ExecutionPath path = input.size(0) == 1 ? ExecutionPath.REFERENCE : spec.path();
        SequenceResult<NeuronState> r = run(input, start, path, spec.readout());
        if (state != null) {
            state.put(this, r.finalState());
        }
        if (probe != null) {
            observe(input, start, path, r.output());
        }
        return r.output();
    }

    /** The names of the learnable parameters ({@code "w"}, {@code "threshold"}), maybe empty. */
    public List<String> learnableNames() {
        return learnable;
    }

    /** What this layer passes to its model for input of {@code type}: its parameters and the fixed values. */
    public NeuronTensors tensors(DataType type) {
        if (learnable.isEmpty()) {
            return constants.computeIfAbsent(type, t -> NeuronTensors.of(Map.of(), spec.firing(), t));
        }
        Map<String, Tensor> m = new LinkedHashMap<>();
        for (String name : learnable) {
            m.put(name, typed(param(name), type));
        }
        return NeuronTensors.of(m, spec.firing(), type);
    }

    @Override
    public NeuronLayerSpec spec() {
        return spec;
    }

    @Override
    public LayerProbe probe() {
        return probe;
    }

    @Override
    public void setProbe(LayerProbe probe) {
        this.probe = probe;
    }

    private SequenceResult<NeuronState> run(Tensor x, NeuronState start, ExecutionPath path, Readout readout) {
        try {
            return model.run(x, start, spec.model(), tensors(x.dataType()), path, readout);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("neuron layer '" + spec.typeName() + "': " + e.getMessage(), e);
        }
    }

    /** {@code p} as {@code type}: itself, or a cast whose gradient is cast back. */
    private static Tensor typed(Tensor p, DataType type) {
        if (p.dataType() == type) {
            return p;
        }
        DataType own = p.dataType();
        return Graph.record("cast[" + type + "]", p.value().castTo(type),
                (g, needs) -> new INDArray[] {g.castTo(own)}, p);
    }

    /** Reports spikes (and the membrane when asked) to the probe, outside the graph. */
    private void observe(Tensor x, NeuronState start, ExecutionPath path, Tensor output) {
        try (GradMode.Scope s = GradMode.noGrad()) {
            Readout own = spec.readout();
            INDArray spikes = own == Readout.SPIKES ? output.value() : run(x, start, path, Readout.SPIKES).output().value();
            INDArray membrane = null;
            if (probe.wantsMembrane()) {
                membrane = own == Readout.MEMBRANE ? output.value()
                        : run(x, start, path, Readout.MEMBRANE).output().value();
            }
            probe.record(spikes, membrane);
        }
    }
}
