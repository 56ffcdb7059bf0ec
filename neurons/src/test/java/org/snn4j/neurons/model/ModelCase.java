package org.snn4j.neurons.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.snn4j.autograd.Tensor;
import org.snn4j.neurons.fused.Readout;

/**
 * A pure model with parameters and its own learnable tensors, held the way a layer holds them
 * (tests only): every test over the registry goes through this.
 *
 * @param model     the registered model
 * @param p         its parameters
 * @param learnable the learnable tensors (differentiable leaves), name → {@code [channels]}
 * @param type      FLOAT or DOUBLE
 */
record ModelCase(NeuronModel<?, ?> model, NeuronParameters p, Map<String, Tensor> learnable, DataType type) {

    @SuppressWarnings({"unchecked", "rawtypes"})
    static ModelCase of(NeuronParameters p, int channels, DataType type) {
        NeuronModel<?, ?> m = Neurons.modelOf(p);
        Map<String, Tensor> l = new LinkedHashMap<>();
        Map<String, INDArray> init = NeuronTensors.initialValues((NeuronModel) m, p, channels, type);
        init.forEach((k, v) -> l.put(k, Tensor.variable(v)));
        return new ModelCase(m, p, l, type);
    }

    /** Sets the named learnable tensor, if the model has it. */
    ModelCase set(String name, double... values) {
        Tensor t = learnable.get(name);
        if (t != null) {
            t.value().assign(org.nd4j.linalg.factory.Nd4j.createFromArray(values).castTo(type));
        }
        return this;
    }

    NeuronTensors tensors() {
        return NeuronTensors.of(learnable, p.firing(), type);
    }

    SequenceResult<NeuronState> run(Tensor x, NeuronState s0, ExecutionPath path, Readout readout) {
        return model.run(x, s0, p, tensors(), path, readout);
    }

    /** The number of state tensors (1 for a membrane, 2 with adaptation or a synaptic current). */
    int stateSize() {
        return state(List.of()).tensors().size();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    NeuronState state(List<Tensor> tensors) {
        if (tensors.isEmpty()) {
            return ((NeuronModel) model).initialState(p, new long[] {1}, type);
        }
        return model.state(tensors);
    }

    @Override
    public String toString() {
        return Neurons.nameOf(p) + " " + p;
    }
}
