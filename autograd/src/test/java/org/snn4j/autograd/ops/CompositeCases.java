package org.snn4j.autograd.ops;

import static org.snn4j.autograd.check.RandomArrays.uniform;

import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.Tensor;

/** Every composite (and the composite shape helpers), one line each. */
final class CompositeCases {
    private CompositeCases() {
    }

    static List<OpCase> all() {
        INDArray withZero = Nd4j.createFromArray(new double[][] {{0, -3, 2.5, -0.4}, {1.2, -7, 0.01, 5}});
        INDArray logits = uniform(40, -3, 3, 4, 5);
        INDArray soft = Activations.softmax(Tensor.constant(uniform(41, -1, 1, 4, 5)), 1).value();
        int[] labels = {2, 0, 4, 2};
        return List.of(
            OpCase.of("sigmoid", in -> Activations.sigmoid(in[0]), withZero),
            OpCase.of("tanh", in -> Activations.tanh(in[0]), withZero),
            OpCase.of("softplus", in -> Activations.softplus(in[0]), withZero),
            OpCase.of("logSigmoid", in -> Activations.logSigmoid(in[0]), withZero),
            OpCase.of("softmax axis 1", in -> Activations.softmax(in[0], 1), logits),
            OpCase.of("softmax axis 0 rank 3", in -> Activations.softmax(in[0], 0), uniform(42, -3, 3, 3, 2, 4)),
            OpCase.of("logSoftmax axis -1", in -> Activations.logSoftmax(in[0], -1), uniform(43, -3, 3, 2, 3, 4)),
            OpCase.of("crossEntropy labels", in -> LossFunctions.crossEntropy(in[0], labels), logits),
            OpCase.of("crossEntropy soft targets", in -> LossFunctions.crossEntropy(in[0], in[1]), logits, soft),
            OpCase.of("mse", in -> LossFunctions.mse(in[0], in[1]), uniform(44, -1, 1, 3, 4), uniform(45, -1, 1, 3, 4)),
            OpCase.of("bce", in -> LossFunctions.bce(in[0], in[1]), uniform(46, 0.1, 0.9, 3, 4), uniform(47, 0, 1, 3, 4)),
            OpCase.of("bceWithLogits", in -> LossFunctions.bceWithLogits(in[0], in[1]), withZero, uniform(48, 0, 1, 2, 4)),
            OpCase.of("mean all", in -> Reductions.mean(in[0]), uniform(49, -1, 1, 3, 4)),
            OpCase.of("mean axis 0", in -> Reductions.mean(in[0], false, 0), uniform(50, -1, 1, 3, 4)),
            OpCase.of("sub scalar, rsub, div scalar", in -> Arithmetic.div(Arithmetic.rsub(1, Arithmetic.sub(in[0], 2)), 4),
                    uniform(51, -1, 1, 3, 4)),
            OpCase.of("transpose dims 0,2", in -> Shapes.transpose(in[0], 0, 2), uniform(52, -1, 1, 2, 3, 4)),
            OpCase.of("select axis 1 index -1", in -> Indexing.select(in[0], 1, -1), uniform(53, -1, 1, 2, 3, 4)),
            OpCase.of("stack axis 1", in -> Joining.stack(1, in[0], in[1]), uniform(54, -1, 1, 3, 4), uniform(55, -1, 1, 3, 4)),
            OpCase.of("conv2d, maxPool2d, then permute (upstream gradient is a strided view)",
                    in -> Shapes.permute(Pooling.maxPool2d(Convolution.conv2d(in[0], in[1], in[2], 1, 1), 2, 2, 0), 0, 2, 3, 1),
                    uniform(58, -1, 1, 2, 2, 4, 4), uniform(59, -1, 1, 3, 2, 3, 3), uniform(60, -1, 1, 3)),
            OpCase.of("dropout shared mask over time", in -> Dropout.apply(in[0],
                    Dropout.mask(new long[] {3, 4}, 0.5, in[0].dataType(), new java.util.SplittableRandom(56))),
                    uniform(57, -1, 1, 2, 3, 4)));
    }
}
