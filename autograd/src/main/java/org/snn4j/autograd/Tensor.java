package org.snn4j.autograd;

import java.util.Arrays;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.backend.UnfilledArrays;
import org.snn4j.autograd.ops.Activations;
import org.snn4j.autograd.ops.Arithmetic;
import org.snn4j.autograd.ops.Comparisons;
import org.snn4j.autograd.ops.Indexing;
import org.snn4j.autograd.ops.LinearAlgebra;
import org.snn4j.autograd.ops.Reductions;
import org.snn4j.autograd.ops.Shapes;
import org.snn4j.autograd.ops.UnaryMath;

/**
 * An {@link INDArray} value with an optional gradient, the unit the tape records.
 *
 * <p>Values are float32 in training; every operation keeps its inputs' data type, so a graph
 * built from float64 tensors is differentiated in float64 (what the gradient checker uses).
 * A tensor produced by a recorded operation carries its {@link Node}; a leaf has none.
 * Gradients of leaves accumulate across {@link #backward()} calls until {@link #zeroGrad()}.
 *
 * <p>The fluent methods are shorthands for the primitives in {@code org.snn4j.autograd.ops}.
 */
public class Tensor {
    private final INDArray value;
    private final boolean requiresGrad;
    private INDArray grad;
    Node node;

    /** A tensor over {@code value}; {@code requiresGrad} makes it a differentiable leaf. */
    public Tensor(INDArray value, boolean requiresGrad) {
        if (value == null) {
            throw new IllegalArgumentException("value is null");
        }
        this.value = value;
        this.requiresGrad = requiresGrad;
    }

    /** A constant (no gradient). */
    public static Tensor constant(INDArray value) {
        return new Tensor(value, false);
    }

    /** A differentiable leaf. */
    public static Tensor variable(INDArray value) {
        return new Tensor(value, true);
    }

    /** A scalar constant of the given type. */
    public static Tensor scalar(double v, DataType type) {
        return new Tensor(Nd4j.scalar(type, v), false);
    }

    public INDArray value() {
        return value;
    }

    /** The accumulated gradient, or {@code null} before any backward pass reached this tensor. */
    public INDArray grad() {
        return grad;
    }

    public boolean requiresGrad() {
        return requiresGrad;
    }

    /** True when this tensor was not produced by a recorded operation. */
    public boolean isLeaf() {
        return node == null;
    }

    public long[] shape() {
        return value.shape();
    }

    public int rank() {
        return value.rank();
    }

    public long size(int dim) {
        return value.size(dim);
    }

    public DataType dataType() {
        return value.dataType();
    }

    /** The single element of a one-element tensor. */
    public double item() {
        if (value.length() != 1) {
            throw new IllegalStateException("item() on a tensor of shape " + Arrays.toString(shape()));
        }
        return value.getDouble(0);
    }

    /** Back-propagates from this scalar (seed 1). */
    public void backward() {
        if (value.length() != 1) {
            throw new IllegalStateException("backward() without a seed needs a scalar, got shape "
                    + Arrays.toString(shape()));
        }
        Graph.backward(this, Nd4j.onesLike(value), false);
    }

    /** Back-propagates {@code seed = ∂L/∂this}. */
    public void backward(INDArray seed, boolean retainGraph) {
        Graph.backward(this, seed, retainGraph);
    }

    /** The same value, cut from the graph. */
    public Tensor detach() {
        return new Tensor(value, false);
    }

    /** Keeps the gradient of this non-leaf tensor after backward (PyTorch's {@code retain_grad}). */
    public Tensor retainGrad() {
        if (node != null) {
            node.retained = this;
        }
        return this;
    }

    /** Forgets the accumulated gradient. */
    public void zeroGrad() {
        grad = null;
    }

    /**
     * Adds {@code g} to this tensor's gradient slot. Learning rules that are not gradients (STDP)
     * write {@code -Δw} here so that an ordinary optimiser applies it.
     */
    public void accumulateGrad(INDArray g) {
        if (!Arrays.equals(g.shape(), value.shape())) {
            throw new IllegalArgumentException("gradient shape " + Arrays.toString(g.shape())
                    + " differs from tensor shape " + Arrays.toString(value.shape()));
        }
        if (grad == null) {
            // a 'c' copy in the tensor's type; the copy writes every element, so no zero fill first
            grad = UnfilledArrays.create(value.dataType(), value.shape())
                    .assign(g.dataType() == value.dataType() ? g : g.castTo(value.dataType()));
        } else {
            grad.addi(g);
        }
    }

    // ---- fluent shorthands -------------------------------------------------------------------

    public Tensor add(Tensor o) {
        return Arithmetic.add(this, o);
    }

    public Tensor add(double c) {
        return Arithmetic.add(this, c);
    }

    public Tensor sub(Tensor o) {
        return Arithmetic.sub(this, o);
    }

    public Tensor mul(Tensor o) {
        return Arithmetic.mul(this, o);
    }

    public Tensor mul(double c) {
        return Arithmetic.mul(this, c);
    }

    public Tensor div(Tensor o) {
        return Arithmetic.div(this, o);
    }

    public Tensor neg() {
        return Arithmetic.neg(this);
    }

    public Tensor matmul(Tensor o) {
        return LinearAlgebra.matmul(this, o);
    }

    /** Sum over all elements (a scalar). */
    public Tensor sum() {
        return Reductions.sum(this);
    }

    /** Sum over {@code axes}, dropping them. */
    public Tensor sum(int... axes) {
        return Reductions.sum(this, false, axes);
    }

    /** Mean over all elements (a scalar). */
    public Tensor mean() {
        return Reductions.mean(this);
    }

    public Tensor mean(int... axes) {
        return Reductions.mean(this, false, axes);
    }

    public Tensor reshape(long... shape) {
        return Shapes.reshape(this, shape);
    }

    public Tensor permute(int... dims) {
        return Shapes.permute(this, dims);
    }

    public Tensor sub(double c) {
        return Arithmetic.sub(this, c);
    }

    public Tensor div(double c) {
        return Arithmetic.div(this, c);
    }

    public Tensor pow(double p) {
        return UnaryMath.pow(this, p);
    }

    public Tensor exp() {
        return UnaryMath.exp(this);
    }

    public Tensor log() {
        return UnaryMath.log(this);
    }

    public Tensor sqrt() {
        return UnaryMath.sqrt(this);
    }

    public Tensor abs() {
        return UnaryMath.abs(this);
    }

    public Tensor relu() {
        return Comparisons.relu(this);
    }

    public Tensor clamp(double lo, double hi) {
        return Comparisons.clamp(this, lo, hi);
    }

    public Tensor maximum(Tensor o) {
        return Comparisons.maximum(this, o);
    }

    public Tensor minimum(Tensor o) {
        return Comparisons.minimum(this, o);
    }

    /** Maximum over {@code axes}, dropping them (all axes when none are given). */
    public Tensor max(int... axes) {
        return Reductions.max(this, false, axes);
    }

    /** Matrix transpose (rank 2). */
    public Tensor transpose() {
        return Shapes.transpose(this);
    }

    /** Elements {@code from} (inclusive) to {@code to} (exclusive) along {@code axis}. */
    public Tensor slice(int axis, long from, long to) {
        return Indexing.slice(this, axis, from, to);
    }

    /** Index {@code index} along {@code axis}, dropping the axis. */
    public Tensor select(int axis, long index) {
        return Indexing.select(this, axis, index);
    }

    public Tensor sigmoid() {
        return Activations.sigmoid(this);
    }

    public Tensor tanh() {
        return Activations.tanh(this);
    }

    public Tensor softmax(int axis) {
        return Activations.softmax(this, axis);
    }

    public Tensor logSoftmax(int axis) {
        return Activations.logSoftmax(this, axis);
    }

    @Override
    public String toString() {
        return "Tensor" + Arrays.toString(shape()) + (requiresGrad ? "(grad)" : "") + (node != null ? "<" + node.op + ">" : "");
    }
}
