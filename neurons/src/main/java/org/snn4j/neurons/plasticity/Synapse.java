package org.snn4j.neurons.plasticity;

import java.util.Arrays;
import java.util.function.BinaryOperator;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.snn4j.autograd.GradMode;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.nn.Conv2d;
import org.snn4j.autograd.nn.Conv2dSpec;
import org.snn4j.autograd.nn.Linear;
import org.snn4j.autograd.nn.Module;
import org.snn4j.autograd.nn.Parameter;
import org.snn4j.autograd.ops.Convolution;
import org.snn4j.autograd.ops.LinearAlgebra;
import org.snn4j.autograd.ops.Shapes;

/**
 * The weight of a layer whose output is linear in it ({@link Linear}: {@code y = x·Wᵀ};
 * {@link Conv2d}: {@code y = W ⋆ x}; bias ignored), seen as a set of synapses. Its one operation,
 * {@link #outer}, is the correlation {@code ∂/∂W ⟨post, M(pre; W)⟩}: for {@code Linear} the
 * outer product {@code Σ post ⊗ pre}, for {@code Conv2d} the sum over every kernel position, so
 * one STDP code path serves both. It is computed by the autograd engine on a private copy of the
 * weight, never touching the layer's gradient.
 */
public final class Synapse {
    private final Parameter weight;
    private final int inputRank;
    private final BinaryOperator<Tensor> map;
    private final String name;

    private Synapse(Parameter weight, int inputRank, BinaryOperator<Tensor> map, String name) {
        this.weight = weight;
        this.inputRank = inputRank;
        this.map = map;
        this.name = name;
    }

    /**
     * The synapses of a {@link Linear} or {@link Conv2d} layer.
     *
     * @throws IllegalArgumentException for any other layer
     */
    public static Synapse of(Module layer) {
        if (layer instanceof Linear lin) {
            if (lin.bias() != null) {
                throw new IllegalArgumentException("an STDP synapse has no bias: use Linear with bias false");
            }
            return new Synapse(lin.weight(), 1, LinearAlgebra::matmulTransposed,
                    "Linear(" + lin.spec().in() + "->" + lin.spec().out() + ")");
        }
        if (layer instanceof Conv2d conv) {
            Conv2dSpec s = conv.spec();
            if (conv.bias() != null) {
                throw new IllegalArgumentException("an STDP synapse has no bias: use Conv2d with bias false");
            }
            int[] st = {s.stride(), s.stride()};
            int[] pad = {s.padding(), s.padding()};
            int[] dil = {s.dilation(), s.dilation()};
            return new Synapse(conv.weight(), 3, (x, w) -> Convolution.conv2d(x, w, null, st, pad, dil),
                    "Conv2d(" + s.inChannels() + "->" + s.outChannels() + ")");
        }
        throw new IllegalArgumentException("STDP applies to Linear and Conv2d layers, got "
                + layer.getClass().getSimpleName());
    }

    /**
     * {@code y = M(x; W)} with the weight held constant (no gradient reaches {@code W}; the input
     * still gets one), for layers trained by STDP only. Leading dimensions are kept.
     */
    public Tensor forwardFixed(Tensor x) {
        long[] s = x.shape();
        long[] folded = fold(x.value(), inputRank).shape();
        Tensor y = map.apply(Shapes.reshape(x, folded), Tensor.constant(weight.value()));
        long[] out = new long[s.length - inputRank + y.shape().length - 1];
        System.arraycopy(s, 0, out, 0, s.length - inputRank);
        System.arraycopy(y.shape(), 1, out, s.length - inputRank, y.shape().length - 1);
        return Shapes.reshape(y, out);
    }

    /** The layer's weight parameter (the learner writes {@code −Δw} into its gradient). */
    public Parameter weight() {
        return weight;
    }

    /**
     * {@code ∂/∂W ⟨post, M(pre; W)⟩} with any leading (time, batch) dimensions summed over.
     *
     * @param post {@code [..., out]} or {@code [..., O, H', W']}
     * @param pre  {@code [..., in]} or {@code [..., C, H, W]} with the same leading dimensions
     */
    public INDArray outer(INDArray post, INDArray pre) {
        if (!GradMode.isEnabled()) {
            throw new IllegalStateException("STDP learning uses the autograd engine: call the learner outside GradMode.noGrad()");
        }
        Tensor x = Tensor.constant(fold(pre, inputRank).castTo(DataType.DOUBLE));
        Tensor w = Tensor.variable(weight.value().castTo(DataType.DOUBLE));
        Tensor y = map.apply(x, w);
        if (post.length() != y.value().length()) {
            throw new IllegalArgumentException(name + " STDP: post spikes " + Arrays.toString(post.shape())
                    + " do not match the layer output " + Arrays.toString(y.shape()));
        }
        INDArray seed = post.castTo(DataType.DOUBLE).reshape('c', y.shape());
        y.backward(seed, false);
        return w.grad();
    }

    private INDArray fold(INDArray a, int rank) {
        long[] s = a.shape();
        if (s.length < rank + 1) {
            throw new IllegalArgumentException(name + " STDP expects spikes with a batch dimension, got "
                    + Arrays.toString(s));
        }
        long rows = 1;
        for (int i = 0; i < s.length - rank; i++) {
            rows *= s[i];
        }
        long[] out = new long[rank + 1];
        out[0] = rows;
        System.arraycopy(s, s.length - rank, out, 1, rank);
        return a.reshape('c', out);
    }
}
