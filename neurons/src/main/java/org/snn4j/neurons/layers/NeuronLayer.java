package org.snn4j.neurons.layers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.snn4j.autograd.GradMode;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.nn.Module;
import org.snn4j.autograd.nn.Parameter;
import org.snn4j.neurons.model.Readout;
import org.snn4j.neurons.model.ExecutionPath;
import org.snn4j.neurons.model.NeuronModel;
import org.snn4j.neurons.model.NeuronParameters;
import org.snn4j.neurons.model.NeuronState;
import org.snn4j.neurons.model.SequenceResult;
import org.snn4j.neurons.monitor.LayerProbe;
import org.snn4j.neurons.monitor.Monitorable;

/**
 * A layer of spiking neurons applied over a time-major sequence {@code [T, B, ...]} (SpikingJelly's
 * multi-step neuron): the model of its {@link NeuronSpec} runs from rest over all T steps, on the
 * fused path (one graph node) by default or on the reference path (the step unrolled on the tape).
 * A sequence of length 1 always takes the reference step, which keeps the graph through a
 * streamed state (see {@link NetworkState}).
 *
 * <p>Learnable values of the model (PLIF's {@code w}, a learnable {@code threshold}) are this
 * module's {@link Parameter}s under the model's names, so optimisers and checkpoints see them.
 * Each call builds the model for the input's data type, copies these parameters into it and
 * routes their gradients back through {@link ParameterBridge}; models without learnable values
 * are built once per data type and called directly.
 *
 * <p>Monitoring: with a {@link LayerProbe} attached, each forward reports its spikes (and, when
 * asked, the pre-reset membrane, computed by a second run without gradient). Without a probe the
 * layer does no monitoring work.
 */
public class NeuronLayer extends Module implements StatefulLayer, Monitorable {
    private final NeuronSpec spec;
    private final NeuronParameters parameters;
    private final List<String> learnable;
    private final Map<DataType, NeuronModel<?>> fixedModels = new EnumMap<>(DataType.class);
    private LayerProbe probe;

    public NeuronLayer(NeuronSpec spec) {
        this.spec = spec;
        this.parameters = spec.toParameters();
        NeuronModel<?> prototype = parameters.build(spec.channels(), DataType.FLOAT);
        prototype.learnableParameters().forEach((name, t) -> registerParameter(name, t.value()));
        this.learnable = List.copyOf(prototype.learnableParameters().keySet());
    }

    @Override
    public Tensor forward(Tensor input) {
        return forward(input, null);
    }

    @Override
    public Tensor forward(Tensor input, NetworkState state) {
        if (input.rank() < 2) {
            throw new IllegalArgumentException("neuron layer '" + parameters.modelName() + "' expects a time-major "
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

    @Override
    public NeuronSpec spec() {
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
        if (learnable.isEmpty()) {
            return invoke(fixedModel(x.dataType()), x, start, path, readout);
        }
        NeuronModel<?> model = boundModel(x.dataType());
        if (!GradMode.isEnabled()) {
            return invoke(model, x, start, path, readout);
        }
        List<Tensor> outer = new ArrayList<>();
        List<Tensor> inner = new ArrayList<>();
        outer.add(x);
        inner.add(ParameterBridge.leaf(x));
        Tensor[] startTensors = start == null ? new Tensor[0] : StateTensors.of(start);
        for (Tensor t : startTensors) {
            outer.add(t);
            inner.add(ParameterBridge.leaf(t));
        }
        for (String name : learnable) {
            outer.add(param(name));
            inner.add(model.learnableParameters().get(name));
        }
        NeuronState innerStart = start == null ? null
                : StateTensors.rebuild(start, inner.subList(1, 1 + startTensors.length).toArray(new Tensor[0]));
        SequenceResult<NeuronState> r = invoke(model, inner.get(0), innerStart, path, readout);
        Tensor[] finalTensors = StateTensors.of(r.finalState());
        Tensor[] results = new Tensor[1 + finalTensors.length];
        results[0] = r.output();
        System.arraycopy(finalTensors, 0, results, 1, finalTensors.length);
        Tensor[] out = ParameterBridge.reattach("neuron[" + parameters.modelName() + "]", outer.toArray(new Tensor[0]),
                inner.toArray(new Tensor[0]), results);
        return new SequenceResult<>(out[0],
                StateTensors.rebuild(r.finalState(), Arrays.copyOfRange(out, 1, out.length)));
    }

    private NeuronModel<?> fixedModel(DataType type) {
        return fixedModels.computeIfAbsent(type, t -> parameters.build(spec.channels(), t));
    }

    /** A fresh model whose learnable tensors hold copies of this module's parameters. */
    private NeuronModel<?> boundModel(DataType type) {
        NeuronModel<?> model = parameters.build(spec.channels(), type);
        for (String name : learnable) {
            Tensor t = model.learnableParameters().get(name);
            if (!(t instanceof Parameter p)) {
                throw new IllegalStateException("model '" + parameters.modelName() + "' exposes learnable '" + name
                        + "' as " + t + ", expected a Parameter");
            }
            p.assign(param(name).value());
        }
        return model;
    }

    @SuppressWarnings("unchecked")
    private static <S extends NeuronState> SequenceResult<NeuronState> invoke(NeuronModel<S> model, Tensor x,
                                                                            NeuronState start, ExecutionPath path,
                                                                            Readout readout) {
        SequenceResult<S> r = model.forwardSequence(x, (S) start, path, readout);
        return new SequenceResult<>(r.output(), r.finalState());
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
