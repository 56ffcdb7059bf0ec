package org.snn4j.datasets.loader;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
