package org.snn4j.autograd.ops;

import java.util.function.Function;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.check.CheckOptions;

/**
 * One registry entry: an op applied to fixed float64 inputs chosen away from its kinks.
 *
 * @param name    display name
 * @param f       the op under test
 * @param inputs  the point at which it is checked (row-major float64)
 * @param options checker settings (mostly the defaults; constants for labels and masks)
 */
record OpCase(String name, Function<Tensor[], Tensor> f, INDArray[] inputs, CheckOptions options) {

    static OpCase of(String name, Function<Tensor[], Tensor> f, INDArray... inputs) {
        return new OpCase(name, f, inputs, CheckOptions.defaults());
    }

    OpCase with(CheckOptions o) {
        return new OpCase(name, f, inputs, o);
    }

    @Override
    public String toString() {
        return name;
    }
}
