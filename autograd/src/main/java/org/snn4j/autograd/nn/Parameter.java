package org.snn4j.autograd.nn;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.snn4j.autograd.Tensor;

/**
 * A trainable leaf tensor owned by a {@link Module}.
 *
 * <p>A parameter always requires a gradient. Its value is a private, contiguous {@code 'c'}-order
 * array that optimisers and checkpoint loading update <em>in place</em> ({@link #assign}), so the
 * object identity held by a module, an optimiser and a checkpoint stays the same for the whole
 * training run. Update a parameter only between backward passes: an array captured by a recorded
 * operation must not change before that operation's backward has run.
 */
public class Parameter extends Tensor {

    /** A parameter holding a private copy of {@code value} (same data type and shape). */
    public Parameter(INDArray value) {
        super(value.dup('c'), true);
    }

    /**
     * Overwrites the value in place with {@code source} (cast to this parameter's data type).
     *
     * @throws IllegalArgumentException if the shapes differ
     */
    public void assign(INDArray source) {
        if (!java.util.Arrays.equals(source.shape(), shape())) {
            throw new IllegalArgumentException("cannot assign shape " + java.util.Arrays.toString(source.shape())
                    + " to a parameter of shape " + java.util.Arrays.toString(shape()));
        }
        value().assign(source.dataType() == dataType() ? source : source.castTo(dataType()));
    }
}
