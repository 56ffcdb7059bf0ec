package org.snn4j.neurons.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.snn4j.autograd.Tensor;

/**
 * One run of a model over a sequence on one execution path, followed by {@code backward(r)}:
 * the output and every gradient, for comparing the two paths.
 *
 * @param output     the sequence output
 * @param finalState the values of the final state's tensors
 * @param gradients  named gradients: input, initial state tensors, learnable tensors
 */
record PathRun(INDArray output, List<INDArray> finalState, Map<String, INDArray> gradients) {

    /**
     * Runs {@code c} from a state built of {@code initial} (all differentiable, in the order of
     * the model's state tensors) on {@code input}, then back-propagates {@code projection}.
     */
    static PathRun of(ModelCase c, INDArray input, List<INDArray> initial, ExecutionPath path, Readout readout,
                      INDArray projection) {
        c.learnable().values().forEach(Tensor::zeroGrad);
        Tensor x = Tensor.variable(input.dup());
        List<Tensor> state = new ArrayList<>();
        for (INDArray s : initial) {
            state.add(Tensor.variable(s.dup()));
        }
        SequenceResult<NeuronState> r = c.run(x, c.state(state), path, readout);
        Tensor out = r.output();
        out.backward(projection, false);
        Map<String, INDArray> grads = new LinkedHashMap<>();
        grads.put("input", x.grad());
        for (int i = 0; i < state.size(); i++) {
            grads.put("state" + i, state.get(i).grad());
        }
        c.learnable().forEach((k, v) -> grads.put(k, v.grad() == null ? null : v.grad().dup()));
        List<INDArray> last = r.finalState().tensors().stream().map(t -> t.value().dup()).toList();
        return new PathRun(out.value().dup(), last, grads);
    }
}
