package org.snn4j.examples.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/** The receptive-field grid: tile layout and per-neuron scaling. */
class ReceptiveFieldChartTest {

    @Test
    void tilesAreScaledToTheirMaximum() {
        double[][] w = new double[4][5];
        for (int j = 0; j < 5; j++) {
            w[j % 4][j] = 2.0;
            w[(j + 1) % 4][j] = 1.0;
        }
        BufferedImage img = ReceptiveFieldChart.grid(w, 2, 3);
        // 5 neurons → 3 × 2 grid of 2·3-pixel tiles with 1-pixel gaps
        assertEquals(3 * 7 + 1, img.getWidth());
        assertEquals(2 * 7 + 1, img.getHeight());
        assertEquals(96, img.getRaster().getSample(0, 0, 0), "the grey gap");
        assertEquals(255, img.getRaster().getSample(1, 1, 0), "neuron 0, pixel (0,0): its maximum is white");
        assertEquals(128, img.getRaster().getSample(1 + 3, 1, 0), "neuron 0, pixel (0,1): half the maximum");
        assertEquals(0, img.getRaster().getSample(1, 1 + 3, 0), "neuron 0, pixel (1,0): no weight");
        assertEquals(255, img.getRaster().getSample(7 + 1 + 3, 1, 0), "neuron 1, pixel (0,1): its maximum");
        assertEquals(255, img.getRaster().getSample(1 + 3, 7 + 1 + 3, 0), "neuron 3 (second row), pixel (1,1)");
        assertEquals(3, ReceptiveFieldChart.columns(5));
        assertTrue(ReceptiveFieldChart.height(900, 9) > ReceptiveFieldChart.height(900, 6), "more rows, taller");
    }

    @Test
    void refusesWeightsOfTheWrongShape() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ReceptiveFieldChart.of(new double[5][3], 2, "t", 400));
        assertTrue(e.getMessage().contains("[4][neurons]"), e.getMessage());
    }
}
