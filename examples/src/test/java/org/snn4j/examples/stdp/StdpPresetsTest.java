package org.snn4j.examples.stdp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.snn4j.neurons.plasticity.NearestStdp;

/** The built-in presets load, round-trip and match the paper's settings; the receptive-field grid. */
class StdpPresetsTest {

    @Test
    void presetsLoadAndRoundTrip() throws Exception {
        for (String name : StdpPresets.REGISTRY.names()) {
            StdpPreset p = StdpPresets.load(name);
            assertEquals(name, p.name());
            assertEquals(10000, p.trainImages());
            assertEquals(10000, p.testImages());
            assertEquals(63.75, p.network().maxRateHz());
            assertTrue(p.network().rule() instanceof NearestStdp, "Diehl & Cook's nearest-spike traces");
            StdpPreset back = StdpPreset.fromJson(new ByteArrayInputStream(p.toJson().getBytes(StandardCharsets.UTF_8)), "x");
            assertEquals(p, back);
        }
        assertEquals(100, StdpPresets.load("mnist-stdp-100").network().excitatory());
        assertEquals(400, StdpPresets.load("mnist-stdp-400").network().excitatory());
    }

    @Test
    void badJsonNamesTheSourceAndTheMissingField() {
        String json = "{\"name\":\"x\",\"description\":\"d\",\"trainImages\":1,\"epochs\":1,\"labelImages\":1,"
                + "\"testImages\":1,\"seed\":1,\"network\":{\"inputs\":784,\"bogus\":1}}";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> StdpPreset.fromJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "my.json"));
        assertTrue(e.getMessage().startsWith("my.json: ") && e.getMessage().contains("'excitatory'"), e.getMessage());
    }

    @Test
    void receptiveFieldsAreTilesScaledToTheirMaximum() {
        double[][] w = new double[4][5];
        for (int j = 0; j < 5; j++) {
            w[j % 4][j] = 2.0;
            w[(j + 1) % 4][j] = 1.0;
        }
        BufferedImage img = ReceptiveFields.render(w, 2, 3);
        // 5 neurons → 3 × 2 grid of 2·3-pixel tiles with 1-pixel gaps
        assertEquals(3 * 7 + 1, img.getWidth());
        assertEquals(2 * 7 + 1, img.getHeight());
        assertEquals(255, img.getRaster().getSample(1, 1, 0), "neuron 0, pixel (0,0): its maximum is white");
        assertEquals(128, img.getRaster().getSample(1 + 3, 1, 0), "neuron 0, pixel (0,1): half the maximum");
        assertEquals(0, img.getRaster().getSample(1, 1 + 3, 0), "neuron 0, pixel (1,0): no weight");
    }
}
