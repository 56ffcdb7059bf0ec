package org.snn4j.neurons.fused;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.check.RandomArrays;
import org.snn4j.neurons.model.ExecutionPath;
import org.snn4j.neurons.model.Firing;
import org.snn4j.neurons.model.LifParameters;
import org.snn4j.neurons.model.NeuronModel;
import org.snn4j.neurons.model.NeuronTensors;
import org.snn4j.neurons.model.Neurons;
import org.snn4j.neurons.model.Readout;
import org.snn4j.neurons.model.ResetMode;
import org.snn4j.neurons.surrogate.ATan;

/**
 * A narrow layer whose neurons share every coefficient (a 10-class readout) runs with groups of
 * samples merged into one wide block ({@link SequenceLayout#mergeSamples}): the spikes and the
 * input gradient are bit for bit those of the same neurons run one sample at a time (where no
 * merge can happen), in float32 and float64.
 */
class MergedSamplesTest {
    private static final int T = 6;
    private static final int B = 12;
    private static final int N = 10;

    @Test
    void narrowLayersMergeSamplesWideOnesDoNot() {
        assertEquals(new SequenceLayout(25, 2, 640), SequenceLayout.of(new long[] {25, 128, 10}).mergeSamples());
        assertEquals(new SequenceLayout(T, 1, B * N), SequenceLayout.of(new long[] {T, B, N}).mergeSamples());
        SequenceLayout wide = SequenceLayout.of(new long[] {25, 128, 800});
        assertSame(wide, wide.mergeSamples());
        SequenceLayout one = SequenceLayout.of(new long[] {T, 1, N});
        assertSame(one, one.mergeSamples());
        SequenceLayout prime = SequenceLayout.of(new long[] {T, 7, 300});   // 7 · 300 > BLOCK: no divisor fits
        assertSame(prime, prime.mergeSamples());
    }

    @ParameterizedTest
    @ValueSource(strings = {"FLOAT", "DOUBLE"})
    void mergedBatchEqualsOneSampleAtATime(String typeName) {
        DataType type = DataType.valueOf(typeName);
        for (ResetMode reset : new ResetMode[] {ResetMode.SUBTRACT, ResetMode.TO_VALUE}) {
            LifParameters p = new LifParameters(2.0, 1.0, true, new Firing(1.0, reset, 0.0, true, new ATan(), false));
            INDArray x = RandomArrays.uniform(11, -0.5, 1.5, T, B, N).castTo(type);
            INDArray g = RandomArrays.uniform(12, -1, 1, T, B, N).castTo(type);
            Run all = Run.of(p, x, g);
            for (int b = 0; b < B; b++) {
                INDArray xb = x.get(NDArrayIndex.all(), NDArrayIndex.interval(b, b + 1), NDArrayIndex.all()).dup('c');
                INDArray gb = g.get(NDArrayIndex.all(), NDArrayIndex.interval(b, b + 1), NDArrayIndex.all()).dup('c');
                Run one = Run.of(p, xb, gb);
                assertArrayEquals(one.spikes, sample(all.spikes, b), 0.0, reset + " spikes of sample " + b);
                assertArrayEquals(one.grad, sample(all.grad, b), 0.0, reset + " ∂L/∂x of sample " + b);
            }
        }
    }

    private static double[] sample(double[] seq, int b) {
        double[] out = new double[T * N];
        for (int t = 0; t < T; t++) {
            System.arraycopy(seq, (t * B + b) * N, out, t * N, N);
        }
        return out;
    }

    private record Run(double[] spikes, double[] grad) {
        static Run of(LifParameters p, INDArray input, INDArray projection) {
            Tensor x = Tensor.variable(input.dup());
            NeuronModel<?, ?> model = Neurons.modelOf(p);
            Tensor theta = Tensor.constant(Nd4j.scalar(input.dataType(), 1.0));
            NeuronTensors t = NeuronTensors.of(Map.of(NeuronTensors.THRESHOLD, theta), p.firing(), input.dataType());
            Tensor out = model.run(x, null, p, t, ExecutionPath.FUSED, Readout.SPIKES).output();
            out.backward(projection, false);
            return new Run(out.value().castTo(DataType.DOUBLE).dup('c').data().asDouble(),
                    x.grad().castTo(DataType.DOUBLE).dup('c').data().asDouble());
        }
    }
}
