package org.snn4j.neurons.slayer.layer;

import java.util.Arrays;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.nn.Module;
import org.snn4j.autograd.ops.Shapes;

/**
 * Merges the neuron dimensions of a time-major tensor: {@code [T, B, n1, n2, …] → [T, B, n1·n2·…]}
 * (row-major, so a {@code [C, H, W]} map becomes SLAYER's flattened dense input). No parameters.
 */
public class SlayerFlatten extends Module {
    private final SlayerFlattenSpec spec;

    public SlayerFlatten(SlayerFlattenSpec spec) {
        this.spec = spec;
    }

    @Override
    public Tensor forward(Tensor x) {
        long[] s = x.shape();
        if (s.length < 3) {
            throw new IllegalArgumentException("SlayerFlatten expects [T, B, ...] (rank >= 3), got " + Arrays.toString(s));
        }
        return s.length == 3 ? x : Shapes.reshape(x, s[0], s[1], x.value().length() / (s[0] * s[1]));
    }

    @Override
    public SlayerFlattenSpec spec() {
        return spec;
    }
}
