package org.snn4j.autograd.nn;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.ops.Reductions;
import org.snn4j.autograd.ops.Shapes;
import org.snn4j.autograd.ops.UnaryMath;

/**
 * Batch normalisation over channel {@code c} of an input viewed as {@code [N, C, L]}
 * (Ioffe &amp; Szegedy 2015), composed from primitives (no hand-written backward).
 *
 * <pre>
 * training: μ_c = mean_{n,l} x,  σ²_c = mean_{n,l} (x − μ_c)²            (biased)
 *           y = (x − μ_c) / √(σ²_c + ε) · γ_c + β_c
 *           running_mean ← (1 − m)·running_mean + m·μ_c
 *           running_var  ← (1 − m)·running_var  + m·σ²_c · n/(n − 1)      (unbiased, n = N·L)
 * eval:     y = (x − running_mean_c) / √(running_var_c + ε) · γ_c + β_c
 * </pre>
 * Parameters {@code weight} (γ, ones) and {@code bias} (β, zeros); buffers {@code running_mean}
 * (zeros) and {@code running_var} (ones), all {@code [C]}: PyTorch's names and semantics
 * ({@code momentum} m = 0.1 by default). The running buffers are updated in place outside the
 * graph; evaluation uses copies, so an update never alters an array a backward rule captured.
 */
public abstract class BatchNorm extends Module {
    private final int numFeatures;
    private final double eps;
    private final double momentum;

    protected BatchNorm(int numFeatures, double eps, double momentum) {
        this.numFeatures = numFeatures;
        this.eps = eps;
        this.momentum = momentum;
        registerParameter("weight", Nd4j.ones(DataType.FLOAT, numFeatures));
        registerParameter("bias", Nd4j.zeros(DataType.FLOAT, numFeatures));
        registerBuffer("running_mean", Nd4j.zeros(DataType.FLOAT, numFeatures));
        registerBuffer("running_var", Nd4j.ones(DataType.FLOAT, numFeatures));
    }

    /** γ, {@code [C]}. */
    public Parameter weight() {
        return param("weight");
    }

    /** β, {@code [C]}. */
    public Parameter bias() {
        return param("bias");
    }

    /** The running mean {@code [C]} (live buffer). */
    public INDArray runningMean() {
        return buffer("running_mean");
    }

    /** The running (unbiased) variance {@code [C]} (live buffer). */
    public INDArray runningVar() {
        return buffer("running_var");
    }

    /**
     * Normalises {@code x3} of shape {@code [N, C, L]} per channel; subclasses reshape their input
     * to this view and back.
     */
    protected final Tensor normalise(Tensor x3) {
        long n = x3.size(0) * x3.size(2);
        Tensor gamma = Shapes.reshape(weight(), 1, numFeatures, 1);
        Tensor beta = Shapes.reshape(bias(), 1, numFeatures, 1);
        if (!isTraining()) {
            INDArray mean = runningMean().reshape(1, numFeatures, 1).castTo(x3.dataType()).dup();
            INDArray invStd = Transforms.pow(runningVar().add(eps), -0.5, true).reshape(1, numFeatures, 1)
                    .castTo(x3.dataType());
            return x3.sub(Tensor.constant(mean)).mul(Tensor.constant(invStd)).mul(gamma).add(beta);
        }
        if (n < 2) {
            throw new IllegalArgumentException(getClass().getSimpleName() + " needs more than one value per channel in "
                    + "training mode, got N·L = " + n + " (use eval() or a larger batch)");
        }
        Tensor mean = Reductions.mean(x3, true, 0, 2);
        Tensor centred = x3.sub(mean);
        Tensor var = Reductions.mean(centred.mul(centred), true, 0, 2);
        Tensor y = centred.div(UnaryMath.sqrt(var.add(eps))).mul(gamma).add(beta);
        updateRunning(mean.value(), var.value(), n);
        return y;
    }

    private void updateRunning(INDArray batchMean, INDArray batchVar, long n) {
        INDArray rm = runningMean();
        INDArray rv = runningVar();
        INDArray mu = batchMean.reshape(numFeatures).castTo(rm.dataType());
        INDArray unbiased = batchVar.reshape(numFeatures).castTo(rv.dataType()).mul((double) n / (n - 1));
        rm.muli(1 - momentum).addi(mu.mul(momentum));
        rv.muli(1 - momentum).addi(unbiased.muli(momentum));
    }

    /** Throws unless dimension {@code dim} of {@code x} is the channel count. */
    protected final void requireChannels(Tensor x, int dim, String expected) {
        if (x.rank() <= dim || x.size(dim) != numFeatures) {
            throw new IllegalArgumentException(getClass().getSimpleName() + "(" + numFeatures + ") expects input "
                    + expected + " with C = " + numFeatures + ", got " + java.util.Arrays.toString(x.shape()));
        }
    }
}
