package org.snn4j.neurons.diehlcook;

import java.util.Arrays;
import org.snn4j.neurons.plasticity.StdpWindow;
import org.snn4j.neurons.plasticity.TraceRule;
import org.snn4j.neurons.plasticity.WeightDependence;

/**
 * The neuron state of a {@link DiehlCookNetwork} and its step; the input synapses go through a
 * {@link SynapticPath}. Discrete time, per step {@code t}:
 *
 * <pre>
 * I_j   = Σ_i w_ij x_i(t) − w_ie · (Σ_k s_inh,k(t−1) − s_inh,j(t−1))
 * exc:  v ← rest + (v − rest)·e^(−dt/τ); v ← v + I unless refractory; spike if v ≥ v_th + θ_j
 *       θ ← θ·e^(−dt/τ_θ) (learning only), θ ← θ + θ⁺ on a spike (learning only)
 *       oneSpikePerStep: of the neurons crossing threshold together (all reset, all raise θ) only
 *       the one furthest above it emits a spike (BindsNET's {@code one_spike}, argmax instead of random)
 * inh:  the same with input w_ei · s_exc,j(t) and no θ
 * STDP (learning only): traces a_pre(x), a_post(s_exc) by the rule, then the path's updates
 * </pre>
 */
final class Simulation {
    private final DiehlCookConfig c;
    private final TraceRule rule;
    private final WeightDependence dep;
    private final double[] vExc;
    private final double[] vInh;
    private final int[] refExc;
    private final int[] refInh;
    private final double[] preTrace;
    private final double[] postTrace;
    private final double[] current;
    private final boolean[] inhFired;
    private final boolean[] preFired;
    private final int[] excSpikes;
    private int inhCount;
    private final double dExc;
    private final double dInh;
    private final double dTheta;
    private final double dPre;
    private final double dPost;
    private final int refExcSteps;
    private final int refInhSteps;

    Simulation(DiehlCookConfig c) {
        this.c = c;
        this.rule = (TraceRule) c.rule();
        this.dep = rule.weightDependence();
        int n = c.excitatory();
        vExc = new double[n];
        vInh = new double[n];
        refExc = new int[n];
        refInh = new int[n];
        preTrace = new double[c.inputs()];
        postTrace = new double[n];
        current = new double[n];
        inhFired = new boolean[n];
        preFired = new boolean[c.inputs()];
        excSpikes = new int[n];
        Arrays.fill(vExc, c.exc().restMv());
        Arrays.fill(vInh, c.inh().restMv());
        dExc = Math.exp(-c.dtMs() / c.exc().tauMs());
        dInh = Math.exp(-c.dtMs() / c.inh().tauMs());
        dTheta = Math.exp(-c.dtMs() / c.tauThetaMs());
        StdpWindow win = rule.window();
        dPre = win.preDecay(c.dtMs());
        dPost = win.postDecay(c.dtMs());
        refExcSteps = (int) Math.round(c.exc().refractoryMs() / c.dtMs());
        refInhSteps = (int) Math.round(c.inh().refractoryMs() / c.dtMs());
    }

    /**
     * One step; returns the number of excitatory spikes, whose indices are then in
     * {@link #excSpikes()} (ascending).
     *
     * @param input the inputs that spike this step (ascending), {@code count} of them
     */
    int step(double[][] w, double[] theta, int[] input, int count, boolean learn, SynapticPath path) {
        path.drive(w, input, count, current);
        LifPopulation e = c.exc();
        int fired = 0;
        int winner = -1;
        double margin = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < vExc.length; j++) {
            vExc[j] = e.restMv() + (vExc[j] - e.restMv()) * dExc;
            if (learn) {
                theta[j] *= dTheta;
            }
            if (refExc[j] > 0) {
                refExc[j]--;
                continue;
            }
            vExc[j] += current[j] - c.wInhExc() * (inhCount - (inhFired[j] ? 1 : 0));
            double over = vExc[j] - (e.thresholdMv() + theta[j]);
            if (over >= 0) {
                vExc[j] = e.resetMv();
                refExc[j] = refExcSteps;
                if (learn) {
                    theta[j] += c.thetaPlusMv();
                }
                excSpikes[fired++] = j;
                if (over > margin) {
                    margin = over;
                    winner = j;
                }
            }
        }
        if (c.oneSpikePerStep() && fired > 1) {
            excSpikes[0] = winner;
            fired = 1;
        }
        stepInhibitory(fired);
        if (learn) {
            traces(input, count, fired);
            path.learn(w, input, count, excSpikes, fired, preTrace, postTrace, dep);
        }
        return fired;
    }

    /**
     * Ends a rest: membrane potentials back to rest, refractory counters, traces and pending
     * inhibition cleared (BindsNET's {@code reset_state_variables}; with current-based inhibition
     * the potential has no floor, so a finite rest alone would carry one sample's inhibition into
     * the next). θ and the weights are kept.
     */
    void settle() {
        Arrays.fill(vExc, c.exc().restMv());
        Arrays.fill(vInh, c.inh().restMv());
        Arrays.fill(refExc, 0);
        Arrays.fill(refInh, 0);
        Arrays.fill(preTrace, 0);
        Arrays.fill(postTrace, 0);
        Arrays.fill(inhFired, false);
        inhCount = 0;
    }

    int[] excSpikes() {
        return excSpikes;
    }

    private void stepInhibitory(int excFired) {
        LifPopulation in = c.inh();
        int k = 0;
        Arrays.fill(inhFired, false);
        inhCount = 0;
        for (int j = 0; j < vInh.length; j++) {
            vInh[j] = in.restMv() + (vInh[j] - in.restMv()) * dInh;
            boolean driven = k < excFired && excSpikes[k] == j;
            if (driven) {
                k++;
            }
            if (refInh[j] > 0) {
                refInh[j]--;
                continue;
            }
            if (driven) {
                vInh[j] += c.wExcInh();
            }
            if (vInh[j] >= in.thresholdMv()) {
                vInh[j] = in.resetMv();
                refInh[j] = refInhSteps;
                inhFired[j] = true;
                inhCount++;
            }
        }
    }

    private void traces(int[] input, int count, int fired) {
        double aPre = rule.window().aPre();
        double aPost = rule.window().aPost();
        for (int k = 0; k < count; k++) {
            preFired[input[k]] = true;
        }
        for (int i = 0; i < preTrace.length; i++) {
            preTrace[i] = rule.nextTrace(preTrace[i], dPre, aPre, preFired[i] ? 1 : 0);
        }
        for (int k = 0; k < count; k++) {
            preFired[input[k]] = false;
        }
        int k = 0;
        for (int j = 0; j < postTrace.length; j++) {
            boolean s = k < fired && excSpikes[k] == j;
            if (s) {
                k++;
            }
            postTrace[j] = rule.nextTrace(postTrace[j], dPost, aPost, s ? 1 : 0);
        }
    }
}
