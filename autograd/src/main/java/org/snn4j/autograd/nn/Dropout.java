package org.snn4j.autograd.nn;

import java.util.SplittableRandom;
import org.snn4j.autograd.Tensor;

/**
 * Inverted dropout (Srivastava et al. 2014): in training mode
 * {@code y = x ⊙ m / (1 − p)} with {@code m_i ~ Bernoulli(1 − p)} drawn independently per element;
 * in eval mode (or with {@code p = 0}) {@code y = x}. The gradient is {@code g ⊙ m / (1 − p)}.
 *
 * <p>Runs {@link org.snn4j.autograd.ops.Dropout#dropout} (a constant mask multiplied in with the
 * {@code mul} primitive). Masks come from the
 * layer's own {@link SplittableRandom}, seeded at build time from the model's RNG and restarted by
 * {@link Module#reseed}: the same seeds give the same masks, also after resuming from a checkpoint
 * at an epoch boundary.
 */
public class Dropout extends Module {
    private final DropoutSpec spec;
    private SplittableRandom random;

    public Dropout(DropoutSpec spec, long seed) {
        this.spec = spec;
        this.random = new SplittableRandom(seed);
    }

    @Override
    public Tensor forward(Tensor x) {
        return org.snn4j.autograd.ops.Dropout.dropout(x, spec.p(), isTraining(), random);
    }

    @Override
    protected void onReseed(long seed) {
        random = new SplittableRandom(seed);
    }

    @Override
    public DropoutSpec spec() {
        return spec;
    }
}
