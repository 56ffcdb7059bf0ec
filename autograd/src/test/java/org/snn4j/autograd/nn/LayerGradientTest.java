package org.snn4j.autograd.nn;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.opentest4j.AssertionFailedError;
import org.snn4j.autograd.Graph;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.check.CheckOptions;
import org.snn4j.autograd.check.GradientChecker;
import org.snn4j.autograd.check.ParameterGradients;
import org.snn4j.autograd.check.RandomArrays;

/**
 * Every layer, in training mode and float64, through the shared gradient checker (input
 * gradients, c/f/view layouts, 24 seeded entries per input) and through {@link ParameterGradients} (parameter gradients).
 * Inputs for ReLU and max-pooling keep away from kinks and ties.
 */
class LayerGradientTest {

    static Stream<Arguments> layers() {
        return Stream.of(
                Arguments.of("linear over [2,3,5]", new LinearSpec(5, 4), RandomArrays.uniform(1, -1, 1, 2, 3, 5)),
                Arguments.of("linear no bias", new LinearSpec(3, 2, false), RandomArrays.uniform(2, -1, 1, 4, 3)),
                Arguments.of("conv2d stride 2 pad 1", new Conv2dSpec(2, 3, 3, 2, 1, 1, true), RandomArrays.uniform(3, -1, 1, 2, 2, 7, 7)),
                Arguments.of("conv2d dilation 2", new Conv2dSpec(2, 2, 3, 1, 2, 2, false), RandomArrays.uniform(4, -1, 1, 1, 2, 6, 6)),
                Arguments.of("conv2d time-major", new Conv2dSpec(2, 3, 3), RandomArrays.uniform(5, -1, 1, 2, 2, 2, 5, 5)),
                Arguments.of("avgpool2d", new AvgPool2dSpec(2), RandomArrays.uniform(6, -1, 1, 2, 3, 4, 4)),
                Arguments.of("avgpool2d 3/2/1", new AvgPool2dSpec(3, 2, 1), RandomArrays.uniform(7, -1, 1, 1, 2, 5, 5)),
                Arguments.of("maxpool2d", new MaxPool2dSpec(2), RandomArrays.distinct(8, -1, 1, 2, 2, 4, 4)),
                Arguments.of("maxpool2d 3/2/1", new MaxPool2dSpec(3, 2, 1), RandomArrays.distinct(9, -1, 1, 1, 1, 5, 5)),
                Arguments.of("batchnorm1d [N,C]", new BatchNorm1dSpec(4), RandomArrays.uniform(10, -1, 1, 6, 4)),
                Arguments.of("batchnorm1d [N,C,L]", new BatchNorm1dSpec(3), RandomArrays.uniform(11, -1, 1, 4, 3, 5)),
                Arguments.of("batchnorm2d", new BatchNorm2dSpec(2), RandomArrays.uniform(12, -1, 1, 3, 2, 3, 3)),
                Arguments.of("batchnorm2d time-major", new BatchNorm2dSpec(2), RandomArrays.uniform(13, -1, 1, 2, 2, 2, 3, 3)),
                Arguments.of("dropout", new DropoutSpec(0.3), RandomArrays.uniform(14, -1, 1, 4, 5)),
                Arguments.of("flatten", new FlattenSpec(), RandomArrays.uniform(15, -1, 1, 2, 3, 2, 2)),
                Arguments.of("relu", new ReLUSpec(), RandomArrays.awayFromZero(16, 0.05, 1, 3, 4)),
                Arguments.of("small cnn", new SequentialSpec(new Conv2dSpec(1, 2, 3, 1, 1, 1, true), new BatchNorm2dSpec(2),
                        new AvgPool2dSpec(2), new FlattenSpec(), new LinearSpec(8, 3)), RandomArrays.uniform(17, -1, 1, 2, 1, 4, 4)));
    }

    private static Module build(LayerSpec spec) {
        Module m = spec.build(new SplittableRandom(21));
        m.castTo(DataType.DOUBLE);
        return m;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layers")
    void inputGradientsMatchTheChecker(String name, LayerSpec spec, INDArray x) {
        Module m = build(spec);
        GradientChecker.check(CheckOptions.defaults().withMaxEntries(24), in -> {
            m.reseed(11);
            return m.forward(in[0]);
        }, x).assertOk();
    }

    /** y = x ⊙ w with a deliberately doubled ∂w: the parameter check must catch it. */
    @Test
    void aWrongParameterGradientIsCaught() {
        Module broken = new Module() {
            {
                registerParameter("w", Nd4j.createFromArray(0.5, -1.5, 2.0));
            }

            @Override
            public Tensor forward(Tensor x) {
                INDArray w = param("w").value();
                INDArray xv = x.value();
                return Graph.record("brokenScale", xv.mul(w),
                        (g, n) -> new INDArray[] {g.mul(w), g.mul(xv).muli(2)}, x, param("w"));
            }

            @Override
            public LayerSpec spec() {
                return new ReLUSpec();
            }
        };
        AssertionFailedError e = assertThrows(AssertionFailedError.class,
                () -> ParameterGradients.assertMatchFiniteDifferences(broken, RandomArrays.uniform(1, -1, 1, 2, 3)));
        assertTrue(e.getMessage().startsWith("w[0]: analytic"), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layers")
    void parameterGradientsMatchFiniteDifferences(String name, LayerSpec spec, INDArray x) {
        ParameterGradients.assertMatchFiniteDifferences(build(spec), x);
    }
}
