package org.snn4j.neurons.diehlcook;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.snn4j.autograd.nn.LayerJson;
import org.snn4j.neurons.plasticity.AdditiveHardBound;
import org.snn4j.neurons.plasticity.MultiplicativeSoftBound;
import org.snn4j.neurons.plasticity.NearestStdp;
import org.snn4j.neurons.plasticity.PairStdp;
import org.snn4j.neurons.plasticity.PlasticityRule;
import org.snn4j.neurons.plasticity.StdpWindow;
import org.snn4j.neurons.plasticity.TraceStdp;

/** The event-driven simulation equals the dense reference spike for spike; read-out; JSON. */
class DiehlCookNetworkTest {
    static final StdpWindow WINDOW = new StdpWindow(0.01, -1e-4, 20, 20);

    /** A tiny network: 16 inputs, 5 excitatory neurons, 60 ms presentations. */
    static DiehlCookConfig tiny(PlasticityRule rule, boolean oneSpike) {
        return new DiehlCookConfig(16, 5, 1, 60, 20, 200, 100, 3, 3,
                new LifPopulation(-65, -60, -52, 100, 5), new LifPopulation(-60, -45, -40, 10, 2),
                0.05, 1e7, 22.5, 17.5, 0.3, 4, oneSpike, rule);
    }

    static float[][] images(int n) {
        SplittableRandom r = new SplittableRandom(4);
        float[][] x = new float[n][16];
        for (float[] img : x) {
            for (int i = 0; i < 16; i++) {
                img[i] = r.nextDouble() < 0.5 ? (float) r.nextDouble() : 0f;
            }
        }
        return x;
    }

    @Test
    void eventDrivenAndDenseGiveIdenticalSpikesWeightsAndThresholds() {
        PlasticityRule[] rules = {new NearestStdp(WINDOW, new AdditiveHardBound(0, 1)),
            new TraceStdp(WINDOW, new MultiplicativeSoftBound(0, 1))};
        for (PlasticityRule rule : rules) {
            for (boolean oneSpike : new boolean[] {false, true}) {
                DiehlCookConfig c = tiny(rule, oneSpike);
                DiehlCookNetwork event = new DiehlCookNetwork(c, 7);
                DiehlCookNetwork dense = new DiehlCookNetwork(c, 7);
                SplittableRandom re = new SplittableRandom(8);
                SplittableRandom rd = new SplittableRandom(8);
                int spikes = 0;
                for (float[] img : images(6)) {
                    for (boolean learn : new boolean[] {true, false}) {
                        Presentation a = event.present(img, learn, SimulationMode.EVENT_DRIVEN, re, true);
                        Presentation b = dense.present(img, learn, SimulationMode.DENSE, rd, true);
                        assertArrayEquals(a.spikes(), b.spikes());
                        assertEquals(a.retries(), b.retries());
                        spikes += a.spikes().length;
                    }
                }
                assertTrue(spikes > 20, "the network fired (" + spikes + " spikes)");
                assertArrayEquals(event.theta(), dense.theta());
                for (int i = 0; i < 16; i++) {
                    assertArrayEquals(event.weights()[i], dense.weights()[i]);
                }
                assertTrue(event.theta()[0] + event.theta()[1] + event.theta()[2] > 0, "θ grew");
            }
        }
    }

    @Test
    void normalisationAndFrozenTesting() {
        DiehlCookNetwork net = new DiehlCookNetwork(tiny(new NearestStdp(WINDOW, new AdditiveHardBound(0, 1)), true), 1);
        net.normalise();
        for (int j = 0; j < 5; j++) {
            double sum = 0;
            for (double[] row : net.weights()) {
                sum += row[j];
            }
            assertEquals(4, sum, 1e-12);
        }
        double[] theta = net.theta().clone();
        double w = net.weights()[3][2];
        net.present(images(1)[0], false, SimulationMode.EVENT_DRIVEN, new SplittableRandom(2), false);
        assertArrayEquals(theta, net.theta(), "θ frozen when not learning");
        assertEquals(w, net.weights()[3][2], "weights frozen when not learning");
    }

    @Test
    void labelsByMeanResponseAndClassifiesByVote() {
        // neuron 0 answers class 1, neuron 1 class 0, neuron 2 never fires
        int[][] counts = {{0, 4, 0}, {5, 1, 0}, {0, 6, 0}, {3, 0, 0}};
        LabelAssignment a = LabelAssignment.fromResponses(counts, new int[] {0, 1, 0, 1}, 2);
        assertArrayEquals(new int[] {1, 0, -1}, a.labels());
        assertEquals(1, a.classify(new int[] {3, 1, 9}));
        assertEquals(0, a.classify(new int[] {1, 2, 0}));
        assertArrayEquals(new int[] {1, 1}, a.neuronsPerClass());
    }

    @Test
    void configRoundTripsAndRejectsAPairRule() throws Exception {
        DiehlCookConfig c = tiny(new NearestStdp(WINDOW, new AdditiveHardBound(0, 1)), true);
        String json = LayerJson.mapper().writeValueAsString(c);
        assertTrue(json.contains("\"type\" : \"stdp-nearest\""), json);
        assertEquals(c, LayerJson.mapper().readValue(json, DiehlCookConfig.class));
        assertThrows(IllegalArgumentException.class, () -> tiny(new PairStdp(WINDOW, new AdditiveHardBound(0, 1)), true));
    }
}
