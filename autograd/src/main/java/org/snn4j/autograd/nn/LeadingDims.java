package org.snn4j.autograd.nn;

import java.util.Arrays;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.ops.Shapes;

/**
 * Merging of leading dimensions for image layers: {@code [d0, …, C, H, W]} runs as one
 * {@code [d0·…, C, H, W]} batch, and results get their leading dimensions back.
 */
final class LeadingDims {
    private LeadingDims() {
    }

    /** {@code x} as rank-4 {@code [N, C, H, W]}; {@code layer} and {@code channels} only for errors. */
    static Tensor toNchw(Tensor x, String layer, long channels) {
        long[] s = x.shape();
        if (s.length < 4 || (channels > 0 && s[s.length - 3] != channels)) {
            throw new IllegalArgumentException(layer + " expects input [..., " + (channels > 0 ? channels : "C")
                    + ", H, W] (rank >= 4), got " + Arrays.toString(s));
        }
        if (s.length == 4) {
            return x;
        }
        long n = 1;
        for (int i = 0; i < s.length - 3; i++) {
            n *= s[i];
        }
        return Shapes.reshape(x, n, s[s.length - 3], s[s.length - 2], s[s.length - 1]);
    }

    /** {@code y} ({@code [N, C', H', W']}) with the leading dimensions of {@code original} restored. */
    static Tensor restore(Tensor y, long[] original) {
        if (original.length == 4) {
            return y;
        }
        long[] out = Arrays.copyOf(original, original.length);
        long[] ys = y.shape();
        System.arraycopy(ys, 1, out, original.length - 3, 3);
        return Shapes.reshape(y, out);
    }
}
