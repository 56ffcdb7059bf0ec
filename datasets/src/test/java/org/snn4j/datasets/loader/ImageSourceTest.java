package org.snn4j.datasets.loader;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.snn4j.datasets.io.LabeledImages;

class ImageSourceTest {

    @Test
    void plainImagesAreScaledBytes() {
        ImageSource src = ImageSource.of(new LabeledImages(new byte[] {0, (byte) 255, (byte) 51, 102}, new byte[] {7}, 1, 2, 2));
        float[] dest = new float[4];
        src.fill(0, dest, null);
        assertArrayEquals(new float[] {0f, 1f, 0.2f, 0.4f}, dest, 1e-7f);
        assertArrayEquals(new int[] {1, 2, 2}, src.sampleShape());
        assertFalse(src.timeMajor());
        assertEquals(7, src.label(0));
    }

    @Test
    void encoderMakesTimeMajorSamples() {
        ImageSource src = new ImageSource(new LabeledImages(new byte[] {0, (byte) 255}, new byte[] {3}, 1, 1, 2), new RateEncoder(4, 1.0));
        assertArrayEquals(new int[] {4, 1, 1, 2}, src.sampleShape());
        assertTrue(src.timeMajor());
        float[] dest = new float[8];
        src.fill(0, dest, new SplittableRandom(1));
        assertArrayEquals(new float[] {0, 1, 0, 1, 0, 1, 0, 1}, dest);
    }

    @Test
    void rateEncoderMatchesItsExpectedRate() {
        float[] image = {0.25f};
        float[] out = new float[10_000];
        new RateEncoder(10_000, 1.0).encode(image, out, new SplittableRandom(5));
        double sum = 0;
        for (float v : out) {
            sum += v;
        }
        assertEquals(2500, sum, 4 * Math.sqrt(10_000 * 0.25 * 0.75));
    }

    @Test
    void encoderConfigIsValidated() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new RateEncoder(0, 1)).getMessage().startsWith("timeSteps"));
    }
}
