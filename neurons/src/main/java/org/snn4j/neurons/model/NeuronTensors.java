package org.snn4j.neurons.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.Tensor;

/**
 * The tensors a caller passes to a pure {@link NeuronModel}: the threshold θ (a constant
 * {@code [1]}, or a learnable {@code [1]} / {@code [C]}) and the model's other learnable values by
 * name ({@code [1]} for one value per layer, {@code [C]} for one per channel of input
 * {@code [T, B, C, ...]}). A layer fills it with its module parameters.
 *
 * @param tensors name → tensor; always holds {@value #THRESHOLD}
 */
public record NeuronTensors(Map<String, Tensor> tensors) {
    /** The threshold's name. */
    public static final String THRESHOLD = "threshold";

    public NeuronTensors {
        if (tensors == null || !tensors.containsKey(THRESHOLD)) {
            throw new IllegalArgumentException("neuron tensors must hold '" + THRESHOLD + "'");
        }
        tensors = Collections.unmodifiableMap(new LinkedHashMap<>(tensors));
    }

    /**
     * The initial values of everything learnable for {@code p}: the model's
     * {@link NeuronModel#learnables}, then the threshold if {@link Firing#learnableThreshold()};
     * each {@code [channels]} of {@code type}.
     */
    public static <P extends NeuronParameters> Map<String, INDArray> initialValues(NeuronModel<P, ?> model, P p,
                                                                                 int channels, DataType type) {
        if (channels < 1) {
            throw new IllegalArgumentException("channels = " + channels + " must be >= 1 (1 = one value per layer)");
        }
        Map<String, INDArray> m = new LinkedHashMap<>();
        model.learnables(p).forEach((k, v) -> m.put(k, Nd4j.valueArrayOf(new long[] {channels}, v, type)));
        if (p.firing().learnableThreshold()) {
            m.put(THRESHOLD, Nd4j.valueArrayOf(new long[] {channels}, p.firing().threshold(), type));
        }
        return m;
    }

    /** {@code learnable} plus a constant threshold {@code [1]} of {@code type} when θ is not learnable. */
    public static NeuronTensors of(Map<String, ? extends Tensor> learnable, Firing firing, DataType type) {
        Map<String, Tensor> m = new LinkedHashMap<>(learnable);
        m.putIfAbsent(THRESHOLD, Tensor.constant(Nd4j.valueArrayOf(new long[] {1}, firing.threshold(), type)));
        return new NeuronTensors(m);
    }

    /** The threshold θ, {@code [1]} or {@code [C]}. */
    public Tensor threshold() {
        return tensors.get(THRESHOLD);
    }

    /** The named learnable tensor. */
    public Tensor get(String name) {
        Tensor t = tensors.get(name);
        if (t == null) {
            throw new IllegalArgumentException("neuron tensor '" + name + "' is missing; given: " + tensors.keySet());
        }
        return t;
    }

    /** The named tensor ({@code [1]} or {@code [C]}) shaped to broadcast against one step {@code [B, C, ...]}. */
    public Tensor perChannel(String name, Tensor step) {
        Tensor p = get(name);
        long n = p.value().length();
        if (n == 1) {
            return p;
        }
        if (step.rank() < 2 || step.size(1) != n) {
            throw new IllegalArgumentException("neuron: " + n + " per-channel values of '" + name + "' need a step [B, "
                    + n + ", ...], got " + Arrays.toString(step.shape()));
        }
        long[] shape = new long[step.rank() - 1];
        Arrays.fill(shape, 1L);
        shape[0] = n;
        return p.reshape(shape);
    }

    /** Checks that per-channel tensors match dimension 2 of a sequence {@code [T, B, C, ...]}. */
    void checkChannels(long[] sequenceShape) {
        for (Map.Entry<String, Tensor> e : tensors.entrySet()) {
            long n = e.getValue().value().length();
            if (n > 1 && (sequenceShape.length < 3 || sequenceShape[2] != n)) {
                throw new IllegalArgumentException("neuron: " + n + " per-channel values of '" + e.getKey()
                        + "' need input [T, B, " + n + ", ...], got " + Arrays.toString(sequenceShape));
            }
        }
    }
}
