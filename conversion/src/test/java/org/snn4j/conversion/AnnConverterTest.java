package org.snn4j.conversion;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.GradMode;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.nn.AvgPool2dSpec;
import org.snn4j.autograd.nn.BatchNorm;
import org.snn4j.autograd.nn.BatchNorm1dSpec;
import org.snn4j.autograd.nn.BatchNorm2dSpec;
import org.snn4j.autograd.nn.Conv2dSpec;
import org.snn4j.autograd.nn.DropoutSpec;
import org.snn4j.autograd.nn.FlattenSpec;
import org.snn4j.autograd.nn.LinearSpec;
import org.snn4j.autograd.nn.MaxPool2dSpec;
import org.snn4j.autograd.nn.Module;
import org.snn4j.autograd.nn.ReLUSpec;
import org.snn4j.conversion.network.ConvertedNetwork;
import org.snn4j.conversion.network.FlattenOp;
import org.snn4j.conversion.network.MaxPoolGateOp;
import org.snn4j.neurons.layers.NeuronLayerSpec;

class AnnConverterTest {

    @Test
    void unsupportedLayerIsNamedByPositionAndType() {
        Module net = Nets.build(1, new FlattenSpec(), new LinearSpec(4, 3), NeuronLayerSpec.of("if"), new LinearSpec(3, 2));
        UnsupportedLayerException e = assertThrows(UnsupportedLayerException.class,
                () -> AnnConverter.convert(net, 4));
        assertEquals("2", e.position());
        assertEquals("if", e.layerType());
        assertEquals("layer 2 ('if'): not supported by ANN-to-SNN conversion (NeuronLayer); " + AnnConverter.SUPPORTED,
                e.getMessage());
    }

    @Test
    void batchNormMustFollowAWeightedLayer() {
        Module net = Nets.build(1, new LinearSpec(4, 3), new ReLUSpec(), new BatchNorm1dSpec(3), new LinearSpec(3, 2));
        UnsupportedLayerException e = assertThrows(UnsupportedLayerException.class, () -> AnnConverter.convert(net, 4));
        assertEquals("layer 2 ('batchnorm1d'): a BatchNorm can only be folded into a Linear/Conv2d directly before it,"
                + " but it follows layer 1 ('relu')", e.getMessage());
    }

    @Test
    void twoWeightedLayersNeedAReluBetweenThem() {
        Module net = Nets.build(1, new LinearSpec(4, 3), new LinearSpec(3, 2));
        UnsupportedLayerException e = assertThrows(UnsupportedLayerException.class, () -> AnnConverter.convert(net, 4));
        assertEquals("1", e.position());
    }

    @Test
    void foldedBatchNormEqualsTheUnfoldedNetworkInEvalMode() {
        Module ann = Nets.build(5, new Conv2dSpec(2, 3, 3, 1, 1, 1, false), new BatchNorm2dSpec(3), new ReLUSpec(),
                new AvgPool2dSpec(2), new FlattenSpec(), new LinearSpec(3 * 2 * 2, 4), new BatchNorm1dSpec(4),
                new ReLUSpec(), new DropoutSpec(0.5), new LinearSpec(4, 3));
        SplittableRandom r = new SplittableRandom(9);
        for (Module m : ann.namedModules().values()) {
            if (m instanceof BatchNorm bn) {
                randomise(bn.weight().value(), r, 0.5, 1.5);
                randomise(bn.bias().value(), r, -0.5, 0.5);
                randomise(bn.runningMean(), r, -0.3, 0.3);
                randomise(bn.runningVar(), r, 0.2, 2.0);
            }
        }
        ann.castTo(DataType.DOUBLE).eval();
        INDArray x = Nets.uniform(2, 5, 2, 4, 4).castTo(DataType.DOUBLE);
        INDArray expected;
        try (GradMode.Scope s = GradMode.noGrad()) {
            expected = ann.forward(Tensor.constant(x)).value();
        }
        ConvertedNetwork net = AnnConverter.convert(ann, DataType.DOUBLE, 2, 4, 4);
        assertEquals(3, net.stages().size());
        assertArrayEquals(expected.reshape(-1).toDoubleVector(), net.output(x).reshape(-1).toDoubleVector(), 1e-12);
    }

    @Test
    void maxPoolAndFlattenBeforeAReluMoveAfterIt() {
        Module ann = Nets.build(2, new Conv2dSpec(1, 2, 3, 1, 1, 1, true), new MaxPool2dSpec(2), new FlattenSpec(),
                new ReLUSpec(), new LinearSpec(2 * 2 * 2, 3));
        ConvertedNetwork net = AnnConverter.convert(ann, DataType.DOUBLE, 1, 4, 4);
        assertEquals(2, net.stages().size());
        assertInstanceOf(MaxPoolGateOp.class, net.stages().get(1).ops().get(0));
        assertInstanceOf(FlattenOp.class, net.stages().get(1).ops().get(1));
        INDArray x = Nets.uniform(3, 4, 1, 4, 4).castTo(DataType.DOUBLE);
        ann.castTo(DataType.DOUBLE).eval();
        try (GradMode.Scope s = GradMode.noGrad()) {
            assertArrayEquals(ann.forward(Tensor.constant(x)).value().reshape(-1).toDoubleVector(),
                    net.output(x).reshape(-1).toDoubleVector(), 1e-12);
        }
    }

    private static void randomise(INDArray a, SplittableRandom r, double lo, double hi) {
        double[] v = new double[(int) a.length()];
        for (int i = 0; i < v.length; i++) {
            v[i] = lo + (hi - lo) * r.nextDouble();
        }
        a.assign(Nd4j.createFromArray(v).castTo(a.dataType()));
    }
}
