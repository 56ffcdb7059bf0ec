package org.snn4j.neurons.plasticity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.snn4j.autograd.nn.LayerJson;

/** Every rule round-trips through JSON under its registry name; unknown names list the known ones. */
class PlasticityJsonTest {
    private static final ObjectMapper JSON = LayerJson.mapper();

    @Test
    void everyRegisteredRuleRoundTrips() throws Exception {
        StdpWindow w = new StdpWindow(0.01, -1e-4, 20, 20);
        List<PlasticityRule> rules = List.of(new PairStdp(w, new AdditiveHardBound(0, 1)),
                new TraceStdp(w, new MultiplicativeSoftBound(-1, 1)), new NearestStdp(w, new AdditiveHardBound(0, 1)),
                new RewardStdp(new TraceStdp(w, new AdditiveHardBound(0, 1)), 1000));
        assertEquals(PlasticityTypes.REGISTRY.names().size(), rules.size(), "one case per registered rule");
        for (PlasticityRule r : rules) {
            String text = JSON.writerFor(PlasticityRule.class).writeValueAsString(r);
            assertTrue(text.contains("\"type\" : \"" + PlasticityTypes.REGISTRY.nameOf(r.getClass()) + "\""), text);
            assertEquals(r, JSON.readValue(text, PlasticityRule.class));
        }
    }

    @Test
    void unknownTypeListsTheKnownNames() {
        Exception e = assertThrows(Exception.class, () -> JSON.readValue(
                "{\"type\":\"stdp-magic\",\"window\":{}}", PlasticityRule.class));
        assertTrue(e.getMessage().contains("stdp-pair, stdp-trace, stdp-nearest, r-stdp"), e.getMessage());
    }
}
