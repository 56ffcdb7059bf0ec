package org.snn4j.autograd.ops.sparse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.snn4j.autograd.check.RandomArrays;

/**
 * The float32 event products on packed, zero-padded operands ({@link FloatEventSynapse},
 * {@link PackedSlices}) equal, bit for bit, the sums written out in event order: forward
 * {@code y[r, o] = (((b[o] + v₀·W[o, j₀]) + v₁·W[o, j₁]) + …)} over row {@code r}'s columns
 * ascending, weight gradient {@code ∂W[o, j] = ((0 + v₀·G[r₀, o]) + …)} over column {@code j}'s rows
 * ascending. Output widths below, at and above a vector, not multiples of it, and wide enough for
 * several column blocks.
 */
class PackedEventSynapseTest {

    @ParameterizedTest(name = "rows {0}, in {1}, out {2}, density {3}, binary {4}")
    @CsvSource({
        "150, 70, 10, 0.13, true", "150, 70, 10, 0.06, false", "130, 40, 16, 0.3, true",
        "150, 70, 37, 0.13, true", "90, 300, 300, 0.13, true", "90, 300, 300, 0.03, false",
        "70, 33, 1, 0.5, true", "20, 9, 130, 0, true"})
    void packedProductsEqualTheSumsInEventOrder(int rows, int in, int out, double density, boolean binary) {
        INDArray x = EventSynapseTest.events(21, rows, in, density, binary, DataType.FLOAT);
        INDArray wa = RandomArrays.uniform(22, -1, 1, out, in).castTo(DataType.FLOAT);
        INDArray ba = RandomArrays.uniform(23, -1, 1, out).castTo(DataType.FLOAT);
        INDArray ga = RandomArrays.uniform(24, -1, 1, rows, out).castTo(DataType.FLOAT);
        float[][] w = wa.toFloatMatrix();
        float[] b = ba.toFloatVector();
        float[][] g = ga.toFloatMatrix();
        float[][] xv = x.toFloatMatrix();
        SpikeEvents e = SpikeEvents.scan(x, 1);

        float[][] y = EventSynapse.forward(e, wa, ba).toFloatMatrix();
        float[][] dw = EventSynapse.weightGradient(e, ga).toFloatMatrix();
        for (int r = 0; r < rows; r++) {
            for (int o = 0; o < out; o++) {
                float s = b[o];
                for (int j = 0; j < in; j++) {
                    if (xv[r][j] != 0) {
                        s = s + (binary ? w[o][j] : xv[r][j] * w[o][j]);
                    }
                }
                assertEquals(Float.floatToRawIntBits(s), Float.floatToRawIntBits(y[r][o]), "y[" + r + ", " + o + "]");
            }
        }
        for (int o = 0; o < out; o++) {
            for (int j = 0; j < in; j++) {
                float s = 0f;
                for (int r = 0; r < rows; r++) {
                    if (xv[r][j] != 0) {
                        s = s + (binary ? g[r][o] : xv[r][j] * g[r][o]);
                    }
                }
                assertEquals(Float.floatToRawIntBits(s), Float.floatToRawIntBits(dw[o][j]), "dW[" + o + ", " + j + "]");
            }
        }
    }
}
