package org.snn4j.neurons.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.snn4j.autograd.Tensor;
import org.snn4j.neurons.model.Readout;
import org.snn4j.neurons.slayer.SrmParameters;

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

    /**
     * The shapes of the state tensors for one step of input {@code step = [B, ...]}: one
     * {@code [B, ...]} for a membrane, two with adaptation or a synaptic current, one
     * {@code [H, B, ...]} history for SRM.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    List<long[]> stateShapes(long[] step) {
        return ((NeuronState) ((NeuronModel) model).initialState(p, step, type)).tensors().stream()
                .map(Tensor::shape).toList();
    }

    // ---- explicit exclusions ---------------------------------------------------------------------

    /**
     * The firing settings of a sweep that {@code p}'s model runs: {@code sweep} itself, except for
     * SLAYER's SRM, which is excluded from the firing variations. It has no reset rule (its
     * refractory kernel ν, applied to the detached spike, is the reset), its surrogate is SLAYER's
     * ρ made from its own parameters, and its θ is one fixed value (ν and ρ scale with it, so it is
     * neither learnable nor per channel); see {@link SrmParameters#withFiring}. It runs once, with
     * its own firing at the first setting's threshold.
     */
    static List<Firing> firings(NeuronParameters p, List<Firing> sweep) {
        if (p instanceof SrmParameters srm) {
            return List.of(srm.withTheta(sweep.get(0).threshold()).firing());
        }
        return sweep;
    }

    /**
     * Whether one step of input can make the model fire in that same step. Not SRM: its PSP kernel
     * starts at ε(0) = 0 (Shrestha &amp; Orchard 2018, eq. 1: the SRM-α kernel t/τ·e^{1 − t/τ}),
     * so an input acts from the next step on.
     */
    static boolean firesInTheInputStep(NeuronParameters p) {
        return !(p instanceof SrmParameters);
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
