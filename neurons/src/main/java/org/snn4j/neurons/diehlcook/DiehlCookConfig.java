package org.snn4j.neurons.diehlcook;

import org.snn4j.neurons.plasticity.PlasticityRule;
import org.snn4j.neurons.plasticity.RewardStdp;
import org.snn4j.neurons.plasticity.TraceRule;

/**
 * The unsupervised network of Diehl &amp; Cook (2015), "Unsupervised learning of digit recognition
 * using spike-timing-dependent plasticity": Poisson inputs (rate ∝ pixel intensity, at most
 * {@code maxRateHz}) drive {@code excitatory} LIF neurons with adaptive thresholds
 * ({@code θ ← θ + θ⁺} per spike, decaying with {@code τ_θ}) through plastic all-to-all weights;
 * each excitatory neuron excites one inhibitory neuron ({@code wExcInh}), which inhibits every
 * other excitatory neuron ({@code wInhExc}). Before each training sample every neuron's input
 * weights are scaled to sum to {@code normTotal}; a sample is shown for {@code presentMs}, then
 * the network rests {@code restMs} without input and settles to rest; a presentation with fewer than
 * {@code minSpikes} excitatory spikes is repeated with the rate raised by {@code rateStepHz}
 * (at most {@code maxRetries} times). JSON (see {@code FORMATS} in the report of issue 17):
 *
 * <pre>
 * {"inputs":784,"excitatory":100,"dtMs":1,"presentMs":350,"restMs":150,"maxRateHz":63.75,...,
 *  "rule":{"type":"stdp-nearest","window":{...},"weightDependence":{"type":"additive",...}}}
 * </pre>
 *
 * @param inputs       input neurons (pixels)
 * @param excitatory   excitatory (= inhibitory) neurons
 * @param dtMs         time step
 * @param presentMs    presentation time per sample
 * @param restMs       rest time after each presentation
 * @param maxRateHz    input rate of a full-intensity pixel (255 → {@code maxRateHz})
 * @param rateStepHz   rate increase per repeat of a silent presentation
 * @param minSpikes    excitatory spikes a presentation needs
 * @param maxRetries   repeats of a silent presentation at most
 * @param exc          excitatory population
 * @param inh          inhibitory population
 * @param thetaPlusMv  threshold increase per excitatory spike
 * @param tauThetaMs   decay time of θ (during learning; θ is frozen otherwise)
 * @param wExcInh      excitatory → inhibitory one-to-one weight (mV jump)
 * @param wInhExc      inhibitory → excitatory weight magnitude (mV drop), all but the partner; the presets use
 *                     120 mV (BindsNET's {@code eth_mnist} example): with voltage-jump synapses the 17.5 mV of
 *                     its {@code DiehlAndCook2015} default let several neurons learn the same digit (59 % vs 78 %
 *                     test accuracy after 10,000 images, 100 neurons)
 * @param wInitMax     input weights start uniform in [0, wInitMax)
 * @param normTotal    per-neuron sum of input weights after normalisation
 * @param oneSpikePerStep at most one excitatory spike per step (see {@link Simulation})
 * @param rule         the online STDP rule of the input weights
 */
public record DiehlCookConfig(int inputs, int excitatory, double dtMs, double presentMs, double restMs,
                              double maxRateHz, double rateStepHz, int minSpikes, int maxRetries,
                              LifPopulation exc, LifPopulation inh, double thetaPlusMv, double tauThetaMs,
                              double wExcInh, double wInhExc, double wInitMax, double normTotal, boolean oneSpikePerStep,
                              PlasticityRule rule) {

    public DiehlCookConfig {
        check(inputs >= 1 && excitatory >= 1, "inputs and excitatory must be >= 1", inputs + ", " + excitatory);
        check(dtMs > 0 && presentMs >= dtMs && restMs >= 0, "needs dtMs > 0, presentMs >= dtMs, restMs >= 0",
                dtMs + ", " + presentMs + ", " + restMs);
        check(maxRateHz > 0 && rateStepHz >= 0 && maxRateHz * dtMs < 1000, "needs maxRateHz in (0, 1000/dtMs), rateStepHz >= 0",
                maxRateHz + ", " + rateStepHz);
        check(minSpikes >= 0 && maxRetries >= 0, "minSpikes and maxRetries must be >= 0", minSpikes + ", " + maxRetries);
        check(exc != null && inh != null, "exc and inh populations are required", exc + ", " + inh);
        check(thetaPlusMv >= 0 && tauThetaMs > 0, "needs thetaPlusMv >= 0, tauThetaMs > 0", thetaPlusMv + ", " + tauThetaMs);
        check(wExcInh >= 0 && wInhExc >= 0, "wExcInh and wInhExc are magnitudes >= 0", wExcInh + ", " + wInhExc);
        check(wInitMax > 0 && normTotal > 0, "wInitMax and normTotal must be > 0", wInitMax + ", " + normTotal);
        check(rule instanceof TraceRule && !(rule instanceof RewardStdp), "rule must be stdp-trace or stdp-nearest",
                String.valueOf(rule));
    }

    private static void check(boolean ok, String what, String got) {
        if (!ok) {
            throw new IllegalArgumentException("DiehlCookConfig: " + what + ", got " + got);
        }
    }

    /** Steps per presentation. */
    public int presentSteps() {
        return (int) Math.round(presentMs / dtMs);
    }

    /** Steps per rest. */
    public int restSteps() {
        return (int) Math.round(restMs / dtMs);
    }

    /** The same network with another number of excitatory neurons. */
    public DiehlCookConfig withExcitatory(int n) {
        return new DiehlCookConfig(inputs, n, dtMs, presentMs, restMs, maxRateHz, rateStepHz, minSpikes, maxRetries,
                exc, inh, thetaPlusMv, tauThetaMs, wExcInh, wInhExc, wInitMax, normTotal, oneSpikePerStep, rule);
    }
}
