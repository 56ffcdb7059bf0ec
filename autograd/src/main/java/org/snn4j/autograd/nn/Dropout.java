package org.snn4j.autograd.nn;

import java.util.SplittableRandom;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.ops.Arithmetic;

/**
 * Inverted dropout (Srivastava et al. 2014): in training mode
 * {@code y = x ⊙ m / (1 − p)} with {@code m_i ~ Bernoulli(1 − p)} drawn independently per element;
 * in eval mode (or with {@code p = 0}) {@code y = x}. The gradient is {@code g ⊙ m / (1 − p)}.
 *
 * <p>The mask is a constant multiplied in with the {@code mul} primitive. Masks come from the
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
        if (!isTraining() || spec.p() == 0) {
            return x;
        }
        return Arithmetic.mul(x, Tensor.constant(mask(x.shape(), x.value())));
    }

    /** A fresh scaled mask {@code m/(1−p)} shaped like {@code like}, in row-major draw order. */
    private INDArray mask(long[] shape, INDArray like) {
        double keep = 1 - spec.p();
        double scale = 1 / keep;
        double[] m = new double[Math.toIntExact(like.length())];
        for (int i = 0; i < m.length; i++) {
            m[i] = random.nextDouble() < keep ? scale : 0.0;
        }
        return Nd4j.create(m, shape, 'c').castTo(like.dataType());
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
