package org.snn4j.neurons.layers;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.nn.Module;
import org.snn4j.autograd.ops.Dropout;

/**
 * Dropout with one mask for all time steps (SpikingJelly's {@code layer.Dropout} in multi-step
 * mode): for input {@code [T, B, d…]} in training mode
 *
 * <pre>
 * m[b, d…] = 1/(1 − p) with probability 1 − p, else 0      (drawn once per sequence)
 * y[t, b, d…] = x[t, b, d…] · m[b, d…]                     ∂x = g · m
 * </pre>
 * A unit is dropped for the whole sequence rather than flickering from step to step. In eval
 * mode, or with p = 0, {@code y = x}. The mask of a stream run through a {@link NetworkState} is
 * drawn at its first step and kept until {@link NetworkState#reset()}. Masks come from the
 * layer's own generator (seeded at build, restarted by {@link Module#reseed}).
 */
public class SharedDropout extends Module implements StatefulLayer {
    private final SharedDropoutSpec spec;
    private SplittableRandom random;

    public SharedDropout(SharedDropoutSpec spec, long seed) {
        this.spec = spec;
        this.random = new SplittableRandom(seed);
    }

    @Override
    public Tensor forward(Tensor x) {
        return forward(x, null);
    }

    @Override
    public Tensor forward(Tensor x, NetworkState state) {
        if (x.rank() < 2) {
            throw new IllegalArgumentException("SharedDropout expects [T, B, ...], got " + Arrays.toString(x.shape()));
        }
        if (!isTraining() || spec.p() == 0) {
            return x;
        }
        INDArray mask = state == null ? null : state.get(this, INDArray.class);
        if (mask == null) {
            long[] maskShape = x.shape().clone();
            maskShape[0] = 1;
            mask = Dropout.mask(maskShape, spec.p(), x.dataType(), random);
            if (state != null) {
                state.put(this, mask);
            }
        }
        return Dropout.apply(x, mask);
    }

    @Override
    protected void onReseed(long seed) {
        random = new SplittableRandom(seed);
    }

    @Override
    public SharedDropoutSpec spec() {
        return spec;
    }
}
