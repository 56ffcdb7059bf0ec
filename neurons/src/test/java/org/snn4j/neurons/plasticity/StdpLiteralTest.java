package org.snn4j.neurons.plasticity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.nn.Linear;
import org.snn4j.autograd.nn.LinearSpec;

/** Worked examples of the STDP window (Bi &amp; Poo 1998), checked by hand. */
class StdpLiteralTest {
    static final double A_PRE = 0.5;
    static final double A_POST = -0.4;
    static final double TAU_PRE = 5;
    static final double TAU_POST = 7;
    static final StdpWindow WINDOW = new StdpWindow(A_PRE, A_POST, TAU_PRE, TAU_POST);
    static final WeightDependence FREE = new AdditiveHardBound(-100, 100);

    /** Pre spikes at 1, 6, 9 ms, post spikes at 2, 5, 10 ms: the nine pairs of the classic example. */
    static double literalDeltaW() {
        // Δt = t_post − t_pre for the nine pairs: 1, 4, 9 | −4, −1, 4 | −7, −4, 1
        double ltp = A_PRE * (2 * Math.exp(-1 / TAU_PRE) + 2 * Math.exp(-4 / TAU_PRE) + Math.exp(-9 / TAU_PRE));
        double ltd = A_POST * (2 * Math.exp(-4 / TAU_POST) + Math.exp(-1 / TAU_POST) + Math.exp(-7 / TAU_POST));
        return ltp + ltd;
    }

    @Test
    void pairSumOfTheWorkedExample() {
        PairStdp rule = new PairStdp(WINDOW, FREE);
        double dw = rule.deltaW(new double[] {1, 6, 9}, new double[] {2, 5, 10});
        assertEquals(literalDeltaW(), dw, 1e-12);
        assertEquals(0.5 * (2 * Math.exp(-0.2) + 2 * Math.exp(-0.8) + Math.exp(-1.8))
                - 0.4 * (2 * Math.exp(-4 / 7.0) + Math.exp(-1 / 7.0) + Math.exp(-1.0)), dw, 1e-12);
    }

    @Test
    void onlineTracesOnOneSynapseGiveTheSameDeltaW() {
        for (PlasticityRule rule : new PlasticityRule[] {new TraceStdp(WINDOW, FREE), new PairStdp(WINDOW, FREE)}) {
            Linear syn = new Linear(new LinearSpec(1, 1, false), new SplittableRandom(1));
            syn.weight().value().assign(0);
            INDArray dw = new StdpLearner(rule, syn, 1.0).sequence(train(1, 6, 9), train(2, 5, 10));
            assertEquals(literalDeltaW(), dw.getDouble(0, 0), 1e-12, rule.toString());
            assertEquals(-literalDeltaW(), syn.weight().grad().getDouble(0, 0), 1e-6, "−Δw in the gradient slot");
        }
    }

    @Test
    void nearestSpikePairsOnlyWithTheLatestSpike() {
        // pre at 1 and 3 ms, post at 5 ms: all-to-all counts Δt = 4 and 2, nearest only Δt = 2
        INDArray pre = train(1, 3);
        INDArray post = train(5);
        double all = learn(new TraceStdp(WINDOW, FREE), pre, post);
        double nearest = learn(new NearestStdp(WINDOW, FREE), pre, post);
        assertEquals(A_PRE * (Math.exp(-4 / TAU_PRE) + Math.exp(-2 / TAU_PRE)), all, 1e-12);
        assertEquals(A_PRE * Math.exp(-2 / TAU_PRE), nearest, 1e-12);
    }

    @Test
    void weightDependence() {
        AdditiveHardBound add = new AdditiveHardBound(0, 1);
        assertEquals(0.3, add.delta(0.5, 0.4, -0.1), 1e-15);
        assertEquals(0.2, add.delta(0.8, 0.4, -0.1), 1e-15, "clipped at wMax");
        assertEquals(-0.1, add.delta(0.1, 0, -0.5), 1e-15, "clipped at wMin");
        MultiplicativeSoftBound mul = new MultiplicativeSoftBound(0, 1);
        assertEquals(0.4 * 0.2 - 0.1 * 0.8, mul.delta(0.8, 0.4, -0.1), 1e-15);
        assertEquals(0, mul.delta(1.0, 0.4, 0), 1e-15, "no potentiation at wMax");
    }

    @Test
    void rewardGatesTheEligibilityTrace() {
        // pre at 0 ms, post at 1 ms: ξ(1) = A_pre e^(−1/τ_pre); reward 2 arrives at 3 ms, e has decayed 2 steps
        RewardStdp rule = new RewardStdp(new TraceStdp(WINDOW, FREE), 10);
        Linear syn = new Linear(new LinearSpec(1, 1, false), new SplittableRandom(1));
        syn.weight().value().assign(0);
        INDArray dw = new StdpLearner(rule, syn, 1.0).sequence(train(0), train(1), new double[] {0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0});
        assertEquals(2 * A_PRE * Math.exp(-1 / TAU_PRE) * Math.exp(-2 / 10.0), dw.getDouble(0, 0), 1e-12);
        StdpLearner none = new StdpLearner(rule, syn, 1.0);
        assertEquals(0, none.sequence(train(0), train(1), new double[11]).getDouble(0, 0), 0, "no reward, no change");
    }

    private static double learn(PlasticityRule rule, INDArray pre, INDArray post) {
        Linear syn = new Linear(new LinearSpec(1, 1, false), new SplittableRandom(1));
        syn.weight().value().assign(0);
        return new StdpLearner(rule, syn, 1.0).sequence(pre, post).getDouble(0, 0);
    }

    /** A spike train [11, 1, 1] with spikes at the given ms (dt = 1 ms). */
    static INDArray train(int... ms) {
        INDArray s = Nd4j.zeros(DataType.FLOAT, 11, 1, 1);
        for (int t : ms) {
            s.putScalar(new long[] {t, 0, 0}, 1);
        }
        return s;
    }
}
