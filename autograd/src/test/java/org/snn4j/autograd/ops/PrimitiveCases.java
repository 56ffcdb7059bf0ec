package org.snn4j.autograd.ops;

import static org.snn4j.autograd.check.RandomArrays.awayFromZero;
import static org.snn4j.autograd.check.RandomArrays.distinct;
import static org.snn4j.autograd.check.RandomArrays.uniform;

import java.util.List;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Every primitive, one line each, at inputs away from kinks and ties. */
final class PrimitiveCases {
    private PrimitiveCases() {
    }

    static List<OpCase> all() {
        INDArray a34 = uniform(1, -1, 1, 3, 4);
        INDArray mask = Nd4j.createFromArray(1.0, 0, 0, 1);
        INDArray clampPoints = Nd4j.createFromArray(new double[][] {{-0.9, -0.3, 0.1, 0.45}, {0.7, -0.55, 0.52, -0.1}});
        return List.of(
            OpCase.of("add broadcast", in -> Arithmetic.add(in[0], in[1]), a34, uniform(2, -1, 1, 4)),
            OpCase.of("sub broadcast", in -> Arithmetic.sub(in[0], in[1]), a34, uniform(3, -1, 1, 3, 1)),
            OpCase.of("mul broadcast", in -> Arithmetic.mul(in[0], in[1]), uniform(4, -1, 1, 2, 1, 4), a34),
            OpCase.of("div broadcast", in -> Arithmetic.div(in[0], in[1]), a34, awayFromZero(5, 0.5, 2, 4)),
            OpCase.of("neg", in -> Arithmetic.neg(in[0]), a34),
            OpCase.of("add scalar", in -> Arithmetic.add(in[0], 2.5), a34),
            OpCase.of("mul scalar", in -> Arithmetic.mul(in[0], -1.5), a34),
            OpCase.of("pow 3", in -> UnaryMath.pow(in[0], 3), a34),
            OpCase.of("pow -0.5", in -> UnaryMath.pow(in[0], -0.5), uniform(6, 0.3, 2, 3, 4)),
            OpCase.of("exp", in -> UnaryMath.exp(in[0]), a34),
            OpCase.of("log", in -> UnaryMath.log(in[0]), uniform(7, 0.2, 3, 3, 4)),
            OpCase.of("sqrt", in -> UnaryMath.sqrt(in[0]), uniform(8, 0.2, 3, 3, 4)),
            OpCase.of("abs", in -> UnaryMath.abs(in[0]), awayFromZero(9, 0.05, 2, 3, 4)),
            OpCase.of("maximum", in -> Comparisons.maximum(in[0], in[1]), a34, a34.add(awayFromZero(10, 0.05, 1, 3, 4))),
            OpCase.of("minimum broadcast", in -> Comparisons.minimum(in[0], in[1]), a34, distinct(11, -0.97, 0.97, 4)),
            OpCase.of("relu", in -> Comparisons.relu(in[0]), awayFromZero(12, 0.05, 2, 3, 4)),
            OpCase.of("clamp", in -> Comparisons.clamp(in[0], -0.5, 0.5), clampPoints),
            OpCase.of("where broadcast mask", in -> Comparisons.where(mask, in[0], in[1]), a34, uniform(13, -1, 1, 3, 1)),
            OpCase.of("matmul 2-D", in -> LinearAlgebra.matmul(in[0], in[1]), a34, uniform(14, -1, 1, 4, 5)),
            OpCase.of("matmul batched", in -> LinearAlgebra.matmul(in[0], in[1]), uniform(15, -1, 1, 2, 3, 4), uniform(16, -1, 1, 2, 4, 5)),
            OpCase.of("matmul shared right", in -> LinearAlgebra.matmul(in[0], in[1]), uniform(17, -1, 1, 2, 3, 4), uniform(18, -1, 1, 4, 5)),
            OpCase.of("matmul transposed (linear)", in -> LinearAlgebra.matmulTransposed(in[0], in[1]), a34, uniform(19, -1, 1, 5, 4)),
            OpCase.of("affine (linear with bias)", in -> LinearAlgebra.affine(in[0], in[1], in[2]), a34, uniform(19, -1, 1, 5, 4),
                    uniform(125, -1, 1, 5)),
            OpCase.of("sum all", in -> Reductions.sum(in[0]), a34),
            OpCase.of("sum axis 1", in -> Reductions.sum(in[0], false, 1), uniform(19, -1, 1, 2, 3, 4)),
            OpCase.of("sum axes 0,2 keepDims", in -> Reductions.sum(in[0], true, 0, 2), uniform(20, -1, 1, 2, 3, 4)),
            OpCase.of("sum leading axis 0", in -> Reductions.sum(in[0], false, 0), uniform(21, -1, 1, 5, 3, 4)),
            OpCase.of("sum leading axes 0,1 keepDims", in -> Reductions.sum(in[0], true, 1, 0), uniform(22, -1, 1, 2, 3, 4)),
            OpCase.of("max axis 1", in -> Reductions.max(in[0], false, 1), distinct(21, -1, 1, 2, 3, 4)),
            OpCase.of("max axes 0,-1 keepDims", in -> Reductions.max(in[0], true, 0, -1), distinct(22, -1, 1, 2, 3, 4)),
            OpCase.of("max all", in -> Reductions.max(in[0], false), distinct(23, -1, 1, 3, 4)),
            OpCase.of("reshape -1", in -> Shapes.reshape(in[0], 4, -1), uniform(24, -1, 1, 2, 3, 4)),
            OpCase.of("permute", in -> Shapes.permute(in[0], 2, 0, 1), uniform(25, -1, 1, 2, 3, 4)),
            OpCase.of("transpose 2-D", in -> Shapes.transpose(in[0]), a34),
            OpCase.of("pad", in -> Shapes.pad(in[0], new long[][] {{0, 0}, {1, 2}, {2, 0}}, 0.5), uniform(26, -1, 1, 2, 3, 4)),
            OpCase.of("slice step 2", in -> Indexing.slice(in[0], 1, 1, 5, 2), uniform(27, -1, 1, 3, 6, 2)),
            OpCase.of("concat axis 1", in -> Joining.concat(1, in[0], in[1], in[2]), a34, uniform(28, -1, 1, 3, 2), uniform(29, -1, 1, 3, 1)),
            OpCase.of("conv2d stride 1 pad 1", in -> Convolution.conv2d(in[0], in[1], in[2], 1, 1),
                    uniform(30, -1, 1, 2, 3, 5, 5), uniform(31, -1, 1, 4, 3, 3, 3), uniform(32, -1, 1, 4)),
            OpCase.of("conv2d stride 2 dilation 2 no bias", in -> Convolution.conv2d(in[0], in[1], null,
                    new int[] {2, 1}, new int[] {0, 1}, new int[] {2, 2}), uniform(33, -1, 1, 2, 2, 7, 6), uniform(34, -1, 1, 3, 2, 2, 3)),
            OpCase.of("avgPool2d 2/2/0", in -> Pooling.avgPool2d(in[0], 2, 2, 0), uniform(35, -1, 1, 2, 2, 4, 4)),
            OpCase.of("avgPool2d 3/2/1", in -> Pooling.avgPool2d(in[0], 3, 2, 1), uniform(36, -1, 1, 1, 2, 5, 5)),
            OpCase.of("maxPool2d 2/2/0", in -> Pooling.maxPool2d(in[0], 2, 2, 0), distinct(37, -1, 1, 2, 2, 4, 4)),
            OpCase.of("maxPool2d 3/2/1", in -> Pooling.maxPool2d(in[0], 3, 2, 1), distinct(38, -1, 1, 1, 2, 5, 5)),
            OpCase.of("dropout p=0.4", in -> Dropout.dropout(in[0], 0.4, true, new SplittableRandom(39)), a34));
    }
}
