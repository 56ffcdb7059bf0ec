package org.snn4j.neurons.diehlcook;

/**
 * A population of leaky integrate-and-fire neurons with voltage-jump synapses, in mV and ms
 * (Diehl &amp; Cook 2015, in the current-based form of BindsNET's {@code DiehlAndCook2015}):
 *
 * <pre>
 * v ← v_rest + (v − v_rest)·e^(−dt/τ)                  every step
 * v ← v + I                                             unless refractory
 * spike if v ≥ v_th (+ θ for the excitatory layer);  then v ← v_reset, refractory for t_ref
 * </pre>
 *
 * @param restMv       resting potential
 * @param resetMv      potential after a spike
 * @param thresholdMv  firing threshold (before the adaptive θ)
 * @param tauMs        membrane time constant, &gt; 0
 * @param refractoryMs refractory period, ≥ 0
 */
public record LifPopulation(double restMv, double resetMv, double thresholdMv, double tauMs, double refractoryMs) {

    public LifPopulation {
        if (!(tauMs > 0) || !(refractoryMs >= 0) || !(thresholdMv > resetMv)) {
            throw new IllegalArgumentException("LifPopulation needs tauMs > 0, refractoryMs >= 0, thresholdMv > resetMv, got "
                    + tauMs + ", " + refractoryMs + ", " + thresholdMv + " vs " + resetMv);
        }
    }
}
