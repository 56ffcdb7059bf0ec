package org.snn4j.examples.stdp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
