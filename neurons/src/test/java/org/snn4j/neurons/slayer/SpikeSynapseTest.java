package org.snn4j.neurons.slayer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.check.CheckOptions;
import org.snn4j.autograd.check.GradientChecker;
import org.snn4j.autograd.check.RandomArrays;
import org.snn4j.autograd.ops.LinearAlgebra;
import org.snn4j.autograd.ops.Shapes;

/** The sparse synapse equals the dense matmul in value and gradient. */
class SpikeSynapseTest {

    /** A [rows, cols] 0/1 matrix with about {@code density} ones (and a few 2s, which are not spikes). */
    private static INDArray spikes(long seed, int rows, int cols, double density) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] v = new double[rows * cols];
        for (int i = 0; i < v.length; i++) {
            double u = r.nextDouble();
            v[i] = u < density * 0.9 ? 1.0 : u < density ? 2.0 : 0.0;
        }
        return Nd4j.create(v, new long[] {rows, cols}, 'c');
    }

    @Test
    void handWorkedSparseProduct() {
        INDArray x = Nd4j.createFromArray(new double[][] {{0, 1, 0, 0}, {0, 0, 0, 0}, {1, 0, 0, 1}});
        INDArray w = Nd4j.createFromArray(new double[][] {{1, 2, 3, 4}, {-1, 0.5, 0, 2}});
        INDArray y = SpikeSynapse.linear(Tensor.constant(x), Tensor.constant(w)).value();
        assertArrayEquals(new double[][] {{2, 0.5}, {0, 0}, {5, 1}}, y.toDoubleMatrix());
    }

    @Test
    void sparseValuesAndGradientsEqualTheMatmul() {
        INDArray x = spikes(1, 150, 70, 0.03);              // 150 rows: three row chunks
        INDArray w = RandomArrays.uniform(2, -1, 1, 130, 70); // 130 outputs: three column tiles
        INDArray g = RandomArrays.uniform(3, -1, 1, 150, 130);
        Tensor xs = Tensor.variable(x.dup());
        Tensor ws = Tensor.variable(w.dup());
        Tensor ys = SpikeSynapse.linear(xs, ws);
        ys.backward(g, false);
        Tensor xd = Tensor.variable(x.dup());
        Tensor wd = Tensor.variable(w.dup());
        Tensor yd = LinearAlgebra.matmul(xd, Shapes.permute(wd, 1, 0));
        yd.backward(g, false);
        assertEquals("spikeSynapse", ys.toString().replaceAll(".*<(.*)>", "$1"));
        assertEquals(0.0, ys.value().sub(yd.value()).amaxNumber().doubleValue(), 1e-12);
        assertEquals(0.0, ws.grad().sub(wd.grad()).amaxNumber().doubleValue(), 1e-12);
        assertEquals(0.0, xs.grad().sub(xd.grad()).amaxNumber().doubleValue(), 1e-12);
    }

    @Test
    void denseInputsFallBackToTheTransposedMatmulPrimitive() {
        Tensor y = SpikeSynapse.linear(Tensor.variable(RandomArrays.uniform(4, -1, 1, 6, 5)),
                Tensor.variable(RandomArrays.uniform(5, -1, 1, 3, 5)));
        assertEquals("matmulT", y.toString().replaceAll(".*<(.*)>", "$1"));
    }

    @Test
    void gradientPassesTheCheckerOnTheSparsePath() {
        INDArray x = spikes(6, 40, 30, 0.04);
        GradientChecker.check(CheckOptions.defaults().withConstants(0), in -> SpikeSynapse.linear(in[0], in[1]),
                x, RandomArrays.uniform(7, -1, 1, 9, 30)).assertOk();
    }

    @Test
    void float32SparsePathKeepsTheTypeAndTheValues() {
        INDArray x = spikes(8, 70, 37, 0.02).castTo(DataType.FLOAT);   // row length not a multiple of 8
        INDArray w = RandomArrays.uniform(9, -1, 1, 4, 37).castTo(DataType.FLOAT);
        Tensor y = SpikeSynapse.linear(Tensor.constant(x), Tensor.constant(w));
        assertEquals(DataType.FLOAT, y.dataType());
        assertEquals(0.0, y.value().sub(x.mmul(w.transpose())).amaxNumber().doubleValue(), 1e-5);
    }

    @Test
    void mismatchedShapesAreNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SpikeSynapse.linear(
                Tensor.constant(Nd4j.zeros(3, 4)), Tensor.constant(Nd4j.zeros(2, 5))));
        assertEquals(true, e.getMessage().contains("[3, 4]") && e.getMessage().contains("[2, 5]"), e.getMessage());
    }
}
