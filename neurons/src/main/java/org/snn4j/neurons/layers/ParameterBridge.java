package org.snn4j.neurons.layers;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.snn4j.autograd.Graph;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.VjpRule;

/**
 * Connects a computation that ran on stand-in leaves (an "inner" graph) to the tensors those
 * leaves stand for (the "outer" graph).
 *
 * <p>Why: a neuron model owns its learnable tensors ({@code NeuronModel.learnableParameters()}),
 * while a layer's trainable values must be the {@link org.snn4j.autograd.nn.Parameter}s of its
 * module (what optimisers and checkpoints see). The layer therefore builds a fresh model per call,
 * copies its module parameters into the model's tensors, runs the model on stand-in leaves and
 * re-attaches each result here as one outer node over (inputs, state, module parameters).
 *
 * <p>The VJP of an outer node back-propagates its upstream gradient through the inner graph
 * (kept alive with {@code retainGraph}) and returns the gradients the stand-in leaves received.
 * By linearity, results sharing an inner graph are handled one at a time and the engine sums
 * their contributions.
 */
final class ParameterBridge {
    private ParameterBridge() {
    }

    /**
     * @param op      node name for error messages
     * @param outer   the tensors the inner leaves stand for
     * @param inner   the inner leaves, index for index
     * @param results inner results
     * @return the results as outer tensors (a result that needs no gradient is returned as is)
     */
    static Tensor[] reattach(String op, Tensor[] outer, Tensor[] inner, Tensor[] results) {
        Tensor[] out = new Tensor[results.length];
        for (int k = 0; k < results.length; k++) {
            Tensor y = results[k];
            out[k] = y.requiresGrad() ? Graph.record(op, y.value(), rule(y, inner), outer) : y;
        }
        return out;
    }

    /** A stand-in leaf for {@code t}: the same array, a gradient exactly when {@code t} has one. */
    static Tensor leaf(Tensor t) {
        return new Tensor(t.value(), t.requiresGrad());
    }

    private static VjpRule rule(Tensor y, Tensor[] inner) {
        return (g, needs) -> {
            for (Tensor t : inner) {
                t.zeroGrad();
            }
            y.backward(g, true);
            INDArray[] grads = new INDArray[inner.length];
            for (int i = 0; i < inner.length; i++) {
                grads[i] = needs[i] ? inner[i].grad() : null;
            }
            return grads;
        };
    }
}
