package org.snn4j.neurons.layers;

import java.util.Arrays;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.nn.BatchNorm;
import org.snn4j.autograd.ops.Shapes;

/**
 * Threshold-dependent batch normalisation, tdBN (Zheng et al. 2021, "Going deeper with directly
 * trained larger spiking neural networks", AAAI): statistics per channel over time, batch and
 * space, and the normalised value scaled to the firing threshold.
 *
 * <pre>
 * x [T, B, C, …]:  μ_c, σ²_c over (T, B, …)       (biased; running stats as {@link BatchNorm})
 * y = λ_c · α·V_th · (x − μ_c) / √(σ²_c + ε) + β_c
 * </pre>
 * λ ({@code weight}, ones) and β ({@code bias}, zeros) are trained; at initialisation the
 * pre-activations have mean 0 and standard deviation α·V_th. Input {@code [T, B, C]} or
 * {@code [T, B, C, H, W]} (any rank ≥ 3, channel at index 2). Composed from primitives (the
 * BatchNorm normalisation, then {@code α·V_th·(y − β) + β}); no hand-written backward.
 */
public class TdBatchNorm extends BatchNorm {
    private final TdBatchNormSpec spec;

    public TdBatchNorm(TdBatchNormSpec spec) {
        super(spec.numFeatures(), spec.eps(), spec.momentum());
        this.spec = spec;
    }

    @Override
    public Tensor forward(Tensor x) {
        if (x.rank() < 3) {
            throw new IllegalArgumentException("tdBN expects [T, B, C, ...] (rank >= 3), got "
                    + Arrays.toString(x.shape()));
        }
        requireChannels(x, 2, "[T, B, C, ...]");
        long n = x.size(0) * x.size(1);
        long c = x.size(2);
        long rest = x.value().length() / (n * c);
        Tensor y = normalise(Shapes.reshape(x, n, c, rest));
        double scale = spec.alpha() * spec.vThreshold();
        if (scale != 1.0) {
            Tensor beta = Shapes.reshape(bias(), 1, c, 1);
            y = y.sub(beta).mul(scale).add(beta);
        }
        return Shapes.reshape(y, x.shape());
    }

    @Override
    public TdBatchNormSpec spec() {
        return spec;
    }
}
