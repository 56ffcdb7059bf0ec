package org.snn4j.datasets.emulator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** Bilinear rendering of a 2-pixel image on a 4-pixel sensor, background 1. */
class ImageSceneTest {
    private static float[] row(double dx) {
        float[] out = new float[4];
        new ImageScene(new float[] {0.2f, 0.8f}, 2, 1, 1, 0, 0, 1f).render(dx, 0, 4, 1, out);
        return out;
    }

    @Test
    void integerOffsetsCopyPixels() {
        assertArrayEquals(new float[] {0.2f, 0.8f, 1f, 1f}, row(0), 1e-6f);
        assertArrayEquals(new float[] {1f, 0.2f, 0.8f, 1f}, row(1), 1e-6f);
    }

    @Test
    void halfPixelOffsetsBlendNeighboursAndBackground() {
        // x=0 sees half background, half 0.2; x=1 halfway between 0.2 and 0.8; x=2 between 0.8 and background
        assertArrayEquals(new float[] {0.6f, 0.5f, 0.9f, 1f}, row(0.5), 1e-6f);
    }

    @Test
    void farOffsetsShowOnlyBackground() {
        assertArrayEquals(new float[] {1f, 1f, 1f, 1f}, row(10), 1e-6f);
        assertArrayEquals(new float[] {1f, 1f, 1f, 1f}, row(-10), 1e-6f);
    }

    @Test
    void verticalOffsetsAndScaleWork() {
        float[] out = new float[2];
        new ImageScene(new float[] {0.2f, 0.8f}, 1, 2, 1, 0, 0, 1f).render(0, 0.5, 1, 2, out);
        assertArrayEquals(new float[] {0.6f, 0.5f}, out, 1e-6f);
        float[] up = new float[4];
        // scale 2: sensor centres 0.5, 1.5, 2.5, 3.5 map to u = -0.25, 0.25, 0.75, 1.25 (originY -0.5 puts
        // the single image row exactly on the sensor row): 1 - 0.8*0.75, 0.2 + 0.6*0.25, 0.2 + 0.6*0.75, 0.8 + 0.2*0.25
        new ImageScene(new float[] {0.2f, 0.8f}, 2, 1, 2, 0, -0.5, 1f).render(0, 0, 4, 1, up);
        assertArrayEquals(new float[] {0.4f, 0.35f, 0.65f, 0.85f}, up, 1e-6f);
    }
}
