package org.snn4j.autograd.nn;

import java.util.Arrays;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.ops.Shapes;

/**
 * Merges dimensions {@code startDim..last} into one (row-major):
 * {@code [d0, …, d_{s−1}, d_s, …, d_{r−1}] → [d0, …, d_{s−1}, d_s·…·d_{r−1}]}. No parameters.
 */
public class Flatten extends Module {
    private final FlattenSpec spec;

    public Flatten(FlattenSpec spec) {
        this.spec = spec;
    }

    @Override
    public Tensor forward(Tensor x) {
        long[] s = x.shape();
        int start = spec.startDim();
        if (start >= s.length) {
            throw new IllegalArgumentException("Flatten(startDim=" + start + ") needs rank > " + start + ", got "
                    + Arrays.toString(s));
        }
        long[] out = Arrays.copyOf(s, start + 1);
        long n = 1;
        for (int i = start; i < s.length; i++) {
            n *= s[i];
        }
        out[start] = n;
        return Arrays.equals(out, s) ? x : Shapes.reshape(x, out);
    }

    @Override
    public FlattenSpec spec() {
        return spec;
    }
}
