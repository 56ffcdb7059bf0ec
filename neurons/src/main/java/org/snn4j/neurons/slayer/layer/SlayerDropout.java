package org.snn4j.neurons.slayer.layer;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.nn.Module;
import org.snn4j.autograd.ops.Dropout;

/**
 * SLAYER's dropout: a neuron is silenced for the whole sequence (slayerPytorch applies
 * {@code dropout3d} with time as the spatial axis).
 *
 * <pre>
 * y[t, b, n] = x[t, b, n]·m[b, n]/(1 − p),   m[b, n] ~ Bernoulli(1 − p), the same for every t
 * </pre>
 * Training mode only; in eval mode (or p = 0) {@code y = x}. The mask {@code [1, B, ...]} is
 * drawn from the layer's own {@link SplittableRandom} (seeded at build time, restarted by
 * {@link Module#reseed}) and multiplied in with the broadcasting {@code mul} primitive.
 */
public class SlayerDropout extends Module {
    private final SlayerDropoutSpec spec;
    private SplittableRandom random;

    public SlayerDropout(SlayerDropoutSpec spec, long seed) {
        this.spec = spec;
        this.random = new SplittableRandom(seed);
    }

    @Override
    public Tensor forward(Tensor x) {
        long[] s = x.shape();
        if (s.length < 2) {
            throw new IllegalArgumentException("SlayerDropout expects [T, B, ...], got " + Arrays.toString(s));
        }
        if (!isTraining() || spec.p() == 0) {
            return x;
        }
        long[] maskShape = s.clone();
        maskShape[0] = 1;
        return Dropout.apply(x, Dropout.mask(maskShape, spec.p(), x.dataType(), random));
    }

    @Override
    protected void onReseed(long seed) {
        random = new SplittableRandom(seed);
    }

    @Override
    public SlayerDropoutSpec spec() {
        return spec;
    }
}
