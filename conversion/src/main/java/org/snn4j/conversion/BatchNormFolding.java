package org.snn4j.conversion;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;
import org.snn4j.conversion.network.WeightedOp;

/**
 * Folds an evaluation-mode BatchNorm into the Linear/Conv2d before it (Rueckauer et al. 2017,
 * eq. 7). With {@code σ̂_o = √(running_var_o + ε)}:
 *
 * <pre>
 * BN(W·x + b) = γ_o/σ̂_o · (W·x + b − μ_o) + β_o
 * W'[o, …] = W[o, …] · γ_o / σ̂_o
 * b'[o]    = (b_o − μ_o) · γ_o / σ̂_o + β_o          (b_o = 0 when the layer had no bias)
 * </pre>
 * The folded layer always has a bias.
 */
public final class BatchNormFolding {
    private BatchNormFolding() {
    }

    /**
     * @param op    the weighted op before the BatchNorm
     * @param gamma γ {@code [C]}
     * @param beta  β {@code [C]}
     * @param mean  running mean {@code [C]}
     * @param var   running variance {@code [C]}
     * @param eps   ε of the BatchNorm
     */
    public static WeightedOp fold(WeightedOp op, INDArray gamma, INDArray beta, INDArray mean, INDArray var,
                                  double eps) {
        if (gamma.length() != op.outputChannels()) {
            throw new IllegalArgumentException("BatchNorm over " + gamma.length() + " channels cannot follow "
                    + op.describe() + " with " + op.outputChannels() + " outputs");
        }
        var type = op.weight().dataType();
        INDArray factor = gamma.castTo(type).div(Transforms.sqrt(var.castTo(type).add(eps), false));
        long[] shape = op.weight().shape();
        INDArray w = op.weight().castTo(type).dup('c').reshape(shape[0], op.weight().length() / shape[0])
                .muliColumnVector(factor.reshape(shape[0], 1)).reshape(shape);
        INDArray b = op.bias() == null ? Nd4j.zeros(type, shape[0]) : op.bias().castTo(type).dup();
        b.subi(mean.castTo(type)).muli(factor).addi(beta.castTo(type));
        return op.withParameters(w, b);
    }
}
