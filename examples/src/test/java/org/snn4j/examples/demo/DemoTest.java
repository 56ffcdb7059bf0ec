package org.snn4j.examples.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DemoTest {
    @Test
    void renderedDigitsAreSeededAndInked() {
        float[] a = DigitRenderer.render(3, new SplittableRandom(5));
        float[] b = DigitRenderer.render(3, new SplittableRandom(5));
        assertArrayEquals(a, b);
        double ink = 0;
        for (float v : a) {
            assertTrue(v >= 0 && v <= 1);
            ink += v;
        }
        assertTrue(ink > 30 && ink < 300, "a digit covers part of the image, ink = " + ink);
    }

    @Test
    void emulatedDataIsDeterministic() {
        DemoData a = DemoData.generate(2, 5, 9);
        DemoData b = DemoData.generate(2, 5, 9);
        assertArrayEquals(a.frames(), b.frames());
        assertEquals(20, a.size());
        assertTrue(a.meanEvents() > 500, "saccades over a digit produce events: " + a.meanEvents());
    }

    /** A small demo learns far above chance (10 %). */
    @Test
    void smallDemoLearns() {
        Demo demo = new Demo(30, 10, 10, 3, 2024);
        DemoResult r = demo.run(new PrintStream(new ByteArrayOutputStream()), false);
        assertTrue(r.training().testAccuracy() >= 0.6, "test accuracy " + r.training().testAccuracy());
    }
}
