package org.snn4j.autograd.nn;

import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.ops.Shapes;

/**
 * Batch normalisation of {@code [..., C, H, W]} inputs, statistics per channel over every other
 * dimension; leading dimensions are merged into the batch, so a time-major {@code [T, B, C, H, W]}
 * sequence is normalised over {@code T·B·H·W} (SpikingJelly's multi-step BatchNorm). See
 * {@link BatchNorm} for the equations.
 */
public class BatchNorm2d extends BatchNorm {
    private final BatchNorm2dSpec spec;

    public BatchNorm2d(BatchNorm2dSpec spec) {
        super(spec.numFeatures(), spec.eps(), spec.momentum());
        this.spec = spec;
    }

    @Override
    public Tensor forward(Tensor x) {
        int r = x.rank();
        if (r < 4) {
            throw new IllegalArgumentException("BatchNorm2d expects [..., C, H, W] (rank >= 4), got "
                    + java.util.Arrays.toString(x.shape()));
        }
        requireChannels(x, r - 3, "[..., C, H, W]");
        long c = x.size(r - 3);
        long hw = x.size(r - 2) * x.size(r - 1);
        long n = x.value().length() / (c * hw);
        Tensor y = normalise(Shapes.reshape(x, n, c, hw));
        return Shapes.reshape(y, x.shape());
    }

    @Override
    public BatchNorm2dSpec spec() {
        return spec;
    }
}
