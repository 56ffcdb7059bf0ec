package org.snn4j.neurons.layers;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.nn.Module;
import org.snn4j.autograd.nn.Parameter;
import org.snn4j.autograd.nn.init.Init;
import org.snn4j.autograd.ops.Joining;
import org.snn4j.autograd.ops.Shapes;

/**
 * A recurrent spiking layer (snnTorch's {@code RLeaky} with all-to-all recurrence): each neuron
 * receives its input plus the previous step's spikes of the layer through a learned matrix.
 *
 * <pre>
 * x [T, B, N]:   I[t] = x[t] + s[t−1]·W_recᵀ            s[−1] = 0
 *                s[t] = neuron step on I[t]              (LIF: h = β·v + I, s = H(h − θ), reset)
 * </pre>
 * Parameter {@code weight} = W_rec {@code [N, N]} ({@code W_rec[i, j]}: from neuron j to i),
 * initialised U(−1/√N, 1/√N); the neuron is the child {@code "neuron"}. Runs the reference step
 * on the tape, one step at a time (BPTT through both the membrane and the recurrence). Through a
 * {@link NetworkState} the last spikes and the membrane carry over to the next chunk.
 */
public class RecurrentLif extends Module implements StatefulLayer {
    private final RecurrentLifSpec spec;
    private final NeuronLayer neuron;

    public RecurrentLif(RecurrentLifSpec spec, RandomGenerator rng) {
        this.spec = spec;
        int n = spec.size();
        registerParameter("weight", Nd4j.zeros(DataType.FLOAT, n, n));
        Init.pytorchDefault(weight().value(), null, rng);
        this.neuron = registerModule("neuron", new NeuronLayer(spec.neuron()));
    }

    /** W_rec {@code [N, N]}. */
    public Parameter weight() {
        return param("weight");
    }

    @Override
    public Tensor forward(Tensor x) {
        return forward(x, null);
    }

    @Override
    public Tensor forward(Tensor x, NetworkState state) {
        long n = spec.size();
        if (x.rank() != 3 || x.size(2) != n) {
            throw new IllegalArgumentException("RecurrentLif(" + n + ") expects [T, B, " + n + "], got "
                    + Arrays.toString(x.shape()));
        }
        NetworkState st = state != null ? state : NetworkState.of(this);
        Tensor previous = st.get(this, Tensor.class);
        Tensor recurrentT = Shapes.permute(weight(), 1, 0);
        long batch = x.size(1);
        int steps = (int) x.size(0);
        Tensor[] out = new Tensor[steps];
        for (int t = 0; t < steps; t++) {
            Tensor current = x.slice(0, t, t + 1);
            if (previous != null) {
                current = current.add(Shapes.reshape(previous.matmul(recurrentT), 1, batch, n));
            }
            out[t] = neuron.forward(current, st);
            previous = Shapes.reshape(out[t], batch, n);
        }
        st.put(this, previous);
        return steps == 1 ? out[0] : Joining.concat(0, out);
    }

    @Override
    public RecurrentLifSpec spec() {
        return spec;
    }
}
