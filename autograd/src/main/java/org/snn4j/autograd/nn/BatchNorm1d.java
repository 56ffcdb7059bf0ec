package org.snn4j.autograd.nn;

import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.ops.Shapes;

/**
 * Batch normalisation of {@code [N, C]} or {@code [N, C, L]} inputs, statistics over N (and L);
 * see {@link BatchNorm} for the equations.
 */
public class BatchNorm1d extends BatchNorm {
    private final BatchNorm1dSpec spec;

    public BatchNorm1d(BatchNorm1dSpec spec) {
        super(spec.numFeatures(), spec.eps(), spec.momentum());
        this.spec = spec;
    }

    @Override
    public Tensor forward(Tensor x) {
        if (x.rank() != 2 && x.rank() != 3) {
            throw new IllegalArgumentException("BatchNorm1d expects [N, C] or [N, C, L], got "
                    + java.util.Arrays.toString(x.shape()));
        }
        requireChannels(x, 1, "[N, C] or [N, C, L]");
        if (x.rank() == 3) {
            return normalise(x);
        }
        Tensor y = normalise(Shapes.reshape(x, x.size(0), x.size(1), 1));
        return Shapes.reshape(y, x.shape());
    }

    @Override
    public BatchNorm1dSpec spec() {
        return spec;
    }
}
