package org.snn4j.examples.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinePlotTest {

    @Test
    void writesAReadablePngOfTheRequestedSize(@TempDir Path dir) throws Exception {
        double[] t = {4, 8, 16, 32, 64, 128};
        LinePlot plot = new LinePlot("accuracy vs T", "T (time steps)", "accuracy", 640, 400, true, List.of(
                new Series("percentile:99.9", t, new double[] {0.2, 0.6, 0.9, 0.97, 0.985, 0.988}),
                new Series("model", t, new double[] {0.1, 0.11, 0.3, 0.6, 0.9, 0.97}),
                Series.level("ANN", 0.99, 4, 128)));
        Path png = dir.resolve("sub/curve.png");
        plot.writePng(png);
        byte[] head = java.util.Arrays.copyOf(Files.readAllBytes(png), 8);
        assertEquals("89504e470d0a1a0a", java.util.HexFormat.of().formatHex(head), "PNG signature");
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(640, img.getWidth());
        assertEquals(400, img.getHeight());
        assertEquals(0xffffff, img.getRGB(2, 2) & 0xffffff, "white background");
        // the first series' colour (0x1f77b4) is drawn somewhere inside the frame
        boolean blue = false;
        for (int x = 70; x < 620 && !blue; x++) {
            for (int y = 40; y < 345 && !blue; y++) {
                blue = (img.getRGB(x, y) & 0xffffff) == 0x1f77b4;
            }
        }
        assertEquals(true, blue, "series drawn");
    }

    @Test
    void ticksAreNiceNumbersAndPowersOfTwo() {
        assertEquals(List.of(0.0, 0.2, 0.4, 0.6, 0.8, 1.0), Ticks.linear(0, 1, 6).stream()
                .map(v -> Math.round(v * 10) / 10.0).toList());
        assertEquals(List.of(4.0, 8.0, 16.0, 32.0, 64.0, 128.0), Ticks.log2(4, 128));
        assertEquals("0.985", Ticks.label(0.985));
        assertEquals("128", Ticks.label(128));
    }

    @Test
    void rejectsNonPositiveXOnALogAxis() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new LinePlot("t", "x", "y", 300,
                200, true, List.of(new Series("s", new double[] {0, 1}, new double[] {1, 2}))));
        assertEquals("LinePlot: series 's' has x = 0.0 on a log axis (x must be > 0)", e.getMessage());
    }
}
