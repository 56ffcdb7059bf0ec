package org.snn4j.neurons.layers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.check.CheckOptions;
import org.snn4j.autograd.check.GradientChecker;
import org.snn4j.autograd.check.ParameterGradients;
import org.snn4j.autograd.check.RandomArrays;
import org.snn4j.autograd.nn.BatchNorm1dSpec;
import org.snn4j.autograd.nn.FlattenSpec;
import org.snn4j.autograd.nn.LinearSpec;
import org.snn4j.autograd.nn.Module;
import org.snn4j.autograd.nn.SequentialSpec;

/** TimeDistributed, shared-mask dropout, tdBN and BNTT: literal values, invariants, gradients. */
class SnnExtrasTest {

    private static Module float64(Module m) {
        m.castTo(DataType.DOUBLE);
        return m;
    }

    @Test
    void timeDistributedEqualsTheInnerModuleAtEveryStep() {
        Module td = new TimeDistributedSpec(new LinearSpec(3, 2)).build(new SplittableRandom(1));
        Module inner = ((TimeDistributed) td).inner();
        INDArray x = RandomArrays.uniform(1, -1, 1, 4, 2, 3).castTo(DataType.FLOAT);
        INDArray y = td.forward(Tensor.constant(x)).value();
        assertArrayEquals(new long[] {4, 2, 2}, y.shape());
        for (int t = 0; t < 4; t++) {
            assertEquals(inner.forward(Tensor.constant(x.slice(t).dup())).value(), y.slice(t), "step " + t);
        }
        assertTrue(td.namedParameters().containsKey("inner.weight"));
    }

    @Test
    void timeDistributedFlattenKeepsTimeAndBatch() {
        Module td = new TimeDistributedSpec(new FlattenSpec()).build(new SplittableRandom(1));
        assertArrayEquals(new long[] {3, 2, 12},
                td.forward(Tensor.constant(Nd4j.zeros(DataType.FLOAT, 3, 2, 3, 2, 2))).shape());
    }

    @Test
    void timeDistributedRefusesAStatefulModule() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new TimeDistributedSpec(NeuronLayerSpec.of("lif-stbp")).build(new SplittableRandom(1)));
        assertTrue(e.getMessage().contains("stateful"), e.getMessage());
    }

    @Test
    void sharedDropoutDropsAUnitForTheWholeSequence() {
        SharedDropout d = new SharedDropoutSpec(0.5).build(new SplittableRandom(3));
        INDArray y = d.forward(Tensor.constant(Nd4j.ones(DataType.FLOAT, 6, 4, 10))).value();
        int dropped = 0;
        for (int b = 0; b < 4; b++) {
            for (int n = 0; n < 10; n++) {
                double first = y.getDouble(0, b, n);
                assertTrue(first == 0.0 || first == 2.0, "kept units are scaled by 1/(1 − p)");
                for (int t = 1; t < 6; t++) {
                    assertEquals(first, y.getDouble(t, b, n), "unit (" + b + "," + n + ") at step " + t);
                }
                dropped += first == 0.0 ? 1 : 0;
            }
        }
        assertTrue(dropped > 5 && dropped < 35, "about half of 40 units dropped, got " + dropped);
    }

    @Test
    void sharedDropoutIsSeededIdentityInEvalAndStreamedWithOneMask() {
        Tensor x = Tensor.constant(Nd4j.ones(DataType.FLOAT, 3, 2, 8));
        INDArray a = new SharedDropoutSpec(0.3).build(new SplittableRandom(5)).forward(x).value();
        INDArray b = new SharedDropoutSpec(0.3).build(new SplittableRandom(5)).forward(x).value();
        assertEquals(a, b);
        SharedDropout d = new SharedDropoutSpec(0.3).build(new SplittableRandom(5));
        d.eval();
        assertSame(x, d.forward(x));
        d.train();
        NetworkState s = NetworkState.of(d);
        INDArray first = s.step(Tensor.constant(Nd4j.ones(DataType.FLOAT, 2, 8))).value();
        for (int t = 0; t < 3; t++) {
            assertEquals(first, s.step(Tensor.constant(Nd4j.ones(DataType.FLOAT, 2, 8))).value());
        }
    }

    @Test
    void tdBatchNormScalesToAlphaTimesThreshold() {
        // channel values 1, 2, 3, 4 over (T = 2, B = 2): μ = 2.5, σ² = 1.25; α·V_th = 0.5·4 = 2:
        // y = 2·(x − 2.5)/√(1.25 + 1e-5)
        TdBatchNorm bn = new TdBatchNormSpec(1, 0.5, 4.0, 1e-5, 0.1).build(null);
        INDArray x = Nd4j.createFromArray(1f, 2f, 3f, 4f).reshape(2, 2, 1);
        INDArray y = bn.forward(Tensor.constant(x)).value();
        assertArrayEquals(new float[] {-2.6832708f, -0.8944236f, 0.8944236f, 2.6832708f}, y.data().asFloat(), 1e-6f);
        assertArrayEquals(new float[] {0.25f}, bn.runningMean().data().asFloat(), 1e-6f);
    }

    @Test
    void bnttNormalisesEachStepWithItsOwnStatistics() {
        // step 0: 1, 3 → ∓1/√(1 + 1e-4);  step 1: 10, 20 → ∓5/√(25 + 1e-4)
        Bntt bn = new BnttSpec(1, 2).build(null);
        INDArray x = Nd4j.createFromArray(1f, 3f, 10f, 20f).reshape(2, 2, 1);
        INDArray y = bn.forward(Tensor.constant(x)).value();
        assertArrayEquals(new float[] {-0.99995f, 0.99995f, -0.999998f, 0.999998f}, y.data().asFloat(), 1e-6f);
        assertArrayEquals(new float[] {0.2f}, ((TdBatchNorm) bn.namedChildren().get("0")).runningMean().data().asFloat(), 1e-6f);
        assertArrayEquals(new float[] {1.5f}, ((TdBatchNorm) bn.namedChildren().get("1")).runningMean().data().asFloat(), 1e-6f);
        assertEquals(4, bn.namedParameters().size(), "γ and β for each of the 2 steps");
    }

    @Test
    void bnttStreamsStepByStepAndRefusesMoreStepsThanItHas() {
        Bntt bn = new BnttSpec(1, 2).build(null);
        bn.eval();
        INDArray x = Nd4j.createFromArray(1f, 3f, 10f, 20f).reshape(2, 2, 1);
        INDArray whole = bn.forward(Tensor.constant(x)).value();
        NetworkState s = NetworkState.of(bn);
        assertEquals(whole.slice(0), s.step(Tensor.constant(x.slice(0).dup())).value());
        assertEquals(whole.slice(1), s.step(Tensor.constant(x.slice(1).dup())).value());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> s.step(Tensor.constant(x.slice(1).dup())));
        assertTrue(e.getMessage().contains("timeSteps"), e.getMessage());
        s.reset();
        assertEquals(whole.slice(0), s.step(Tensor.constant(x.slice(0).dup())).value());
    }

    /** TimeDistributed(BN1d) → tdBN → shared dropout → Linear → BNTT, in float64. */
    private static Module composition() {
        return float64(new SequentialSpec(new TimeDistributedSpec(new BatchNorm1dSpec(3)),
                new TdBatchNormSpec(3, 0.7, 1.5, 1e-5, 0.1), new SharedDropoutSpec(0.4), new LinearSpec(3, 2),
                new BntttLessLinear()).build(new SplittableRandom(2)));
    }

    /** A stand-in so that the composition ends in BNTT over [T, B, 2]. */
    private record BntttLessLinear() implements org.snn4j.autograd.nn.LayerSpec {
        @Override
        public Module build(java.util.random.RandomGenerator rng) {
            return new BnttSpec(2, 3).build(rng);
        }
    }

    @Test
    void compositionsPassTheGradientChecker() {
        Module m = composition();
        INDArray x = RandomArrays.uniform(3, -1, 1, 3, 4, 3);
        GradientChecker.check(CheckOptions.defaults().withMaxEntries(12), in -> {
            m.reseed(11);
            return m.forward(in[0]);
        }, x).assertOk();
        ParameterGradients.assertMatchFiniteDifferences(m, x, 4, 1e-6);
    }

    @Test
    void sharedDropoutGradientIsTheMask() {
        Module d = float64(new SharedDropoutSpec(0.5).build(new SplittableRandom(4)));
        INDArray x = RandomArrays.uniform(5, -1, 1, 4, 3, 5);
        GradientChecker.check(in -> {
            d.reseed(11);
            return d.forward(in[0]);
        }, x).assertOk();
        d.reseed(11);
        INDArray a = d.forward(Tensor.constant(x)).value();
        d.reseed(12);
        assertNotEquals(a, d.forward(Tensor.constant(x)).value(), "another seed, another mask");
    }
}
