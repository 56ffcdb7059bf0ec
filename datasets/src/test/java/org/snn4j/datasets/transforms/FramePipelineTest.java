package org.snn4j.datasets.transforms;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.snn4j.datasets.events.Events;

class FramePipelineTest {

    @Test
    void normalizationModes() {
        Frames f = new Frames(new float[] {0, 2, 4, 0, 1, 3}, 2, 3);
        assertArrayEquals(new float[] {0, 0.5f, 1, 0, 0.25f, 0.75f},
                new NormalizeFrames(NormalizeFrames.Mode.MAX).apply(f, null).data());
        assertArrayEquals(new float[] {0, 0.5f, 1, 0, 1f / 3, 1},
                new NormalizeFrames(NormalizeFrames.Mode.PER_FRAME_MAX).apply(f, null).data(), 1e-7f);
        assertArrayEquals(new float[] {0, 1, 1, 0, 1, 1},
                new NormalizeFrames(NormalizeFrames.Mode.BINARY).apply(f, null).data());
        // mean 10/6, population std sqrt(17/9 ... ) -> check mean 0 and variance 1 instead of digits
        float[] z = new NormalizeFrames(NormalizeFrames.Mode.STANDARDIZE).apply(f, null).data();
        double m = 0;
        double v = 0;
        for (float x : z) {
            m += x / 6.0;
        }
        for (float x : z) {
            v += (x - m) * (x - m) / 6.0;
        }
        assertEquals(0.0, m, 1e-6);
        assertEquals(1.0, v, 1e-6);
        assertArrayEquals(new float[] {0, 2, 4, 0, 1, 3}, f.data(), "input untouched");
    }

    @Test
    void allZeroTensorsStayFinite() {
        Frames zero = new Frames(new float[4], 2, 2);
        for (NormalizeFrames.Mode mode : NormalizeFrames.Mode.values()) {
            assertArrayEquals(new float[4], new NormalizeFrames(mode).apply(zero, null).data(), mode.name());
        }
    }

    @Test
    void pipelineRunsEventTransformsEncoderThenFrameTransforms() {
        Events e = SharedData.nmnist("Train/5/00001.bin");
        FramePipeline p = FramePipeline.of(new Downsample(2), ToFrames.byTime(4))
                .then(new NormalizeFrames(NormalizeFrames.Mode.MAX));
        Frames f = p.apply(e, null);
        assertArrayEquals(new int[] {4, 2, 17, 17}, f.shape());
        float max = 0;
        for (float v : f.data()) {
            max = Math.max(max, v);
        }
        assertEquals(1f, max);
        assertFalse(p.isRandom());
    }

    @Test
    void describeIsTheVersionedConfigAndDiffersWithAnyField() {
        FramePipeline a = FramePipeline.of(Denoise.of(5000), ToFrames.byTime(10));
        assertEquals("FramePipeline/v1{Denoise[filterTimeUs=5000, diagonals=false]"
                + " | ToFrames[slicing=BY_TIME, frames=10, windowUs=0, overlap=0.0]}", a.describe());
        assertNotEquals(a.describe(), FramePipeline.of(Denoise.of(5001), ToFrames.byTime(10)).describe());
        assertNotEquals(a.describe(), FramePipeline.of(Denoise.of(5000), ToFrames.byTime(11)).describe());
        assertEquals(a.describe(), FramePipeline.of(Denoise.of(5000), ToFrames.byTime(10)).describe());
    }

    @Test
    void randomPipelinesAreFlaggedAndReproducible() {
        FramePipeline p = FramePipeline.of(new DropEvent(0.3), ToFrames.byTime(3));
        assertTrue(p.isRandom());
        Events e = SharedData.nmnist("Test/2/00002.bin");
        assertEquals(p.apply(e, new SplittableRandom(5)), p.apply(e, new SplittableRandom(5)));
    }

    @Test
    void framesValidatesShape() {
        assertEquals("shape [2, 3] needs 6 elements but the data has 5",
                org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                        () -> new Frames(new float[5], 2, 3)).getMessage());
        assertEquals(4f, new Frames(new float[] {1, 2, 3, 4}, 2, 2).get(1, 1));
    }
}
