package org.snn4j.conversion;

import java.util.ArrayList;
import java.util.List;
import org.snn4j.autograd.nn.Conv2dSpec;
import org.snn4j.autograd.nn.LayerSpec;
import org.snn4j.autograd.nn.LinearSpec;
import org.snn4j.autograd.nn.SequentialSpec;

/**
 * Diehl et al. 2015's training recipe for conversion: "use ReLU, set the biases to 0".
 * {@link #of} gives the same architecture with every Linear and Conv2d built without a bias, so
 * the trained ANN has none to convert. snn4j converts biased networks too (a bias is a constant
 * input current, scaled by {@code 1/λ^l}); the presets ({@code mnist-ann-cnn},
 * {@code mnist-ann-mlp}) train with biases, and {@code snn4j compare --zero-bias} trains the
 * comparison ANN without them.
 */
public final class ZeroBias {
    private ZeroBias() {
    }

    /** {@code spec} with {@code bias = false} on every Linear and Conv2d (nested Sequentials too). */
    public static SequentialSpec of(SequentialSpec spec) {
        List<LayerSpec> out = new ArrayList<>();
        for (LayerSpec s : spec.layers()) {
            if (s instanceof LinearSpec l) {
                out.add(new LinearSpec(l.in(), l.out(), false));
            } else if (s instanceof Conv2dSpec c) {
                out.add(new Conv2dSpec(c.inChannels(), c.outChannels(), c.kernelSize(), c.stride(), c.padding(),
                        c.dilation(), false));
            } else if (s instanceof SequentialSpec q) {
                out.add(of(q));
            } else {
                out.add(s);
            }
        }
        return new SequentialSpec(out);
    }
}
