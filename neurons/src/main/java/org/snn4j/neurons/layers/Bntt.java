package org.snn4j.neurons.layers;

import java.util.Arrays;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.nn.Module;
import org.snn4j.autograd.ops.Joining;

/**
 * Batch normalisation through time, BNTT (Kim &amp; Panda 2021, "Revisiting batch normalization
 * for training low-latency deep spiking neural networks from scratch", Front. Neurosci.): a
 * separate batch normalisation per time step, so each step learns its own γ_t and keeps its own
 * running statistics.
 *
 * <pre>
 * x [T, B, C, …]:  y[t] = γ_{t,c} · (x[t] − μ_{t,c}) / √(σ²_{t,c} + ε) + β_{t,c}
 *                  μ_t, σ²_t over (B, …) of step t only
 * </pre>
 * Children {@code "0"} … {@code "T−1"} are per-step normalisations (parameters {@code 3.weight},
 * ...). Kim &amp; Panda's code trains no β; here β exists (zeros) as in PyTorch's BatchNorm.
 * Streamed through a {@link NetworkState}, step k of the stream uses normalisation k; more
 * steps than {@code timeSteps} is an error.
 */
public class Bntt extends Module implements StatefulLayer {
    private final BnttSpec spec;
    private final TdBatchNorm[] perStep;

    public Bntt(BnttSpec spec) {
        this.spec = spec;
        this.perStep = new TdBatchNorm[spec.timeSteps()];
        TdBatchNormSpec one = new TdBatchNormSpec(spec.numFeatures(), 1.0, 1.0, spec.eps(), spec.momentum());
        for (int t = 0; t < perStep.length; t++) {
            perStep[t] = registerModule(Integer.toString(t), new TdBatchNorm(one));
        }
    }

    @Override
    public Tensor forward(Tensor x) {
        return forward(x, null);
    }

    @Override
    public Tensor forward(Tensor x, NetworkState state) {
        if (x.rank() < 3) {
            throw new IllegalArgumentException("BNTT expects [T, B, C, ...] (rank >= 3), got "
                    + Arrays.toString(x.shape()));
        }
        Integer done = state == null ? null : state.get(this, Integer.class);
        int offset = done == null ? 0 : done;
        int steps = (int) x.size(0);
        if (offset + steps > perStep.length) {
            throw new IllegalArgumentException("BNTT has statistics for " + perStep.length + " time steps (BnttSpec."
                    + "timeSteps), but step " + (offset + steps - 1) + " was requested");
        }
        Tensor[] out = new Tensor[steps];
        for (int t = 0; t < steps; t++) {
            out[t] = perStep[offset + t].forward(x.slice(0, t, t + 1));
        }
        if (state != null) {
            state.put(this, offset + steps);
        }
        return steps == 1 ? out[0] : Joining.concat(0, out);
    }

    @Override
    public BnttSpec spec() {
        return spec;
    }
}
