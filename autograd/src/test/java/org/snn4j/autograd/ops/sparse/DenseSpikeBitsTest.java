package org.snn4j.autograd.ops.sparse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.snn4j.autograd.Broadcasting;
import org.snn4j.autograd.TapeMemory;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.check.CheckOptions;
import org.snn4j.autograd.check.GradientChecker;
import org.snn4j.autograd.check.RandomArrays;
import org.snn4j.autograd.nn.Linear;
import org.snn4j.autograd.nn.LinearSpec;
import org.snn4j.autograd.ops.Gemm;
import org.snn4j.autograd.ops.LinearAlgebra;
import org.snn4j.autograd.ops.sparse.SparsePolicy.Forced;
import org.snn4j.autograd.ops.sparse.SparsePolicy.Mode;

/**
 * The dense path of {@link LinearAlgebra#affine} with a binary input keeps {@link SpikeBits} for
 * {@code ∂W = Gᵀ·X}, not {@code X}, and its gradients are bit-identical to the products on the original
 * {@code X}; other inputs keep {@code X} itself.
 */
class DenseSpikeBitsTest {
    private static final int OUT = 20;

    @Test
    void binaryInputKeepsBitsAndGradientsAreBitIdentical() {
        for (DataType type : new DataType[] {DataType.FLOAT, DataType.DOUBLE}) {
            for (int[] s : new int[][] {{70, 65}, {9, 200}, {4, 3}}) {
                INDArray x = EventSynapseTest.events(s[0] + 13L * s[1], s[0], s[1], 0.25, true, type);
                long bits = 8L * s[0] * ((s[1] + 63) / 64);
                check(x, bits, type + " " + s[0] + "x" + s[1]);
            }
        }
    }

    @Test
    void nonBinaryAndNegativeZeroInputsKeepTheArray() {
        for (DataType type : new DataType[] {DataType.FLOAT, DataType.DOUBLE}) {
            INDArray valued = EventSynapseTest.events(41, 70, 65, 0.25, false, type);
            check(valued, 70L * 65 * type.width(), type + " valued");
            INDArray negZero = EventSynapseTest.events(42, 70, 65, 0.25, true, type);
            negZero.putScalar(66, 64, -0.0);
            check(negZero, 70L * 65 * type.width(), type + " with -0.0");
        }
    }

    @Test
    void timeMajorSpikesThroughLinearKeepBits() {
        INDArray x = EventSynapseTest.events(45, 5 * 7, 70, 0.3, true, DataType.FLOAT).reshape(5, 7, 70);
        try (Forced f = SparsePolicy.force(Mode.OFF)) {
            Linear fc = new Linear(new LinearSpec(70, OUT, true), new SplittableRandom(3));
            Tensor y = fc.forward(Tensor.variable(x));
            long kept = TapeMemory.retained(y, List.of(x, fc.weight().value(), fc.bias().value())).bytes();
            long outputAndBits = 4L * 35 * OUT + 8L * 35 * 2;   // x itself would be 4·35·70 = 9800 bytes
            assertTrue(kept >= outputAndBits && kept < outputAndBits + 64,
                    "output + row bits of the [35, 70] view + the reshapes' shapes, got " + kept);
        }
    }

    @Test
    void noWeightGradientKeepsNothingForIt() {
        INDArray x = EventSynapseTest.events(43, 70, 65, 0.25, false, DataType.FLOAT);
        INDArray w = RandomArrays.uniform(44, -1, 1, OUT, 65).castTo(DataType.FLOAT);
        try (Forced f = SparsePolicy.force(Mode.OFF)) {
            Tensor xt = Tensor.variable(x);
            Tensor y = LinearAlgebra.affine(xt, Tensor.constant(w), null);
            assertEquals(4L * 70 * OUT, TapeMemory.retained(y, List.of(x, w)).bytes());
        }
    }

    @Test
    void gradientCheckerPassesThroughTheDensePathWithABinaryConstantInput() {
        INDArray x = EventSynapseTest.events(51, 7, 70, 0.3, true, DataType.DOUBLE);
        INDArray w = RandomArrays.uniform(52, -1, 1, 5, 70);
        INDArray b = RandomArrays.uniform(53, -1, 1, 5);
        long before = SparsePolicy.count("affine", false);
        try (Forced f = SparsePolicy.force(Mode.OFF)) {
            GradientChecker.check(CheckOptions.defaults().withConstants(0), t -> LinearAlgebra.affine(t[0], t[1], t[2]),
                    x, w, b).assertOk();
        }
        assertEquals(true, SparsePolicy.count("affine", false) > before, "the dense path ran");
    }

    /**
     * Dense path on a constant {@code x}: output and ∂W equal the products on {@code x} bit for bit,
     * and the tape keeps the output plus {@code kept} bytes for ∂W ({@code x} is not excluded).
     */
    private static void check(INDArray x, long kept, String at) {
        DataType type = x.dataType();
        long k = x.size(1);
        INDArray w = RandomArrays.uniform(61, -1, 1, OUT, k).castTo(type);
        INDArray b = RandomArrays.uniform(62, -1, 1, OUT).castTo(type);
        INDArray g = RandomArrays.uniform(63, -1, 1, x.size(0), OUT).castTo(type);
        try (Forced f = SparsePolicy.force(Mode.OFF)) {
            Tensor wt = Tensor.variable(w.dup());
            Tensor bt = Tensor.variable(b.dup());
            Tensor y = LinearAlgebra.affine(Tensor.constant(x), wt, bt);
            long output = x.size(0) * OUT * (long) type.width();
            assertEquals(output + kept, TapeMemory.retained(y, List.of(wt.value(), bt.value())).bytes(), at + ": tape");
            y.backward(g, false);
            SpikeBitsTest.assertExactlyEqual(Broadcasting.addRowInPlace(Gemm.mm(x, w, false, true), b), y.value(),
                    at + ": output");
            SpikeBitsTest.assertExactlyEqual(Gemm.mm(g, x, true, false), wt.grad(), at + ": dW");
            // ∂b is the engine's broadcast reduction of G, untouched by X's form (summation order may differ from sum(0))
            assertEquals(0.0, g.sum(0).sub(bt.grad()).amaxNumber().doubleValue(), 1e-4, at + ": db");
        }
    }
}
