package org.snn4j.losses;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Prediction by the largest spike count; ties and silence go to the lowest class. */
class SpikeCountClassifierTest {

    /** [T=3, B=2, C=3]: sample 0 counts [1, 3, 2], sample 1 counts [2, 0, 2]. */
    private static INDArray spikes() {
        INDArray s = Nd4j.zeros(DataType.FLOAT, 3, 2, 3);
        double[][][] v = {
            {{1, 1, 1}, {1, 0, 0}},
            {{0, 1, 1}, {1, 0, 1}},
            {{0, 1, 0}, {0, 0, 1}}};
        for (int t = 0; t < 3; t++) {
            for (int b = 0; b < 2; b++) {
                for (int c = 0; c < 3; c++) {
                    s.putScalar(new long[] {t, b, c}, v[t][b][c]);
                }
            }
        }
        return s;
    }

    @Test
    void predictsTheClassWithMostSpikes() {
        assertArrayEquals(new int[] {1, 0}, SpikeCountClassifier.predict(spikes()));
        assertArrayEquals(new int[] {0, 0}, SpikeCountClassifier.predict(Nd4j.zeros(DataType.FLOAT, 4, 2, 5)));
    }

    @Test
    void countsAndAccuracy() {
        assertEquals(1, SpikeCountClassifier.correct(spikes(), new int[] {1, 2}));
        assertEquals(0.5, SpikeCountClassifier.accuracy(spikes(), new int[] {1, 2}), 0);
        assertEquals(1.0, SpikeCountClassifier.accuracy(spikes(), new int[] {1, 0}), 0);
    }

    @Test
    void badShapesAreNamed() {
        assertEquals("predict: spikes must be time-major [T, B, C] with T, B, C >= 1, got [3, 2]",
                assertThrows(IllegalArgumentException.class, () -> SpikeCountClassifier.predict(Nd4j.zeros(3, 2))).getMessage());
        assertEquals("correct: need 2 labels, got 3",
                assertThrows(IllegalArgumentException.class, () -> SpikeCountClassifier.correct(spikes(), new int[3])).getMessage());
    }
}
