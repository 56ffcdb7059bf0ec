package org.snn4j.conversion.sim;

/**
 * Seed 000's error terms for one layer after T steps, averaged over neurons and samples, in units
 * of the layer's threshold (so weight normalisation and threshold balancing read alike):
 *
 * <pre>
 * r^l(T) = N^l(T)/T                      firing rate (spikes per step)
 * â^l    = a^l/λ^l                       the ANN activation the rate should equal
 * r^l(T) = â^l − V^l(T)/T − (errors propagated from earlier layers)   (Rueckauer et al. 2017, Sec. 2.2)
 * </pre>
 *
 * @param layer            1-based layer index
 * @param timesteps        T
 * @param meanRate         mean of r
 * @param meanActivation   mean of â
 * @param rateError        mean of |r − â|
 * @param rateBias         mean of r − â
 * @param residual         mean of V(T)/(V_thr·T), the layer's own residual term ΔV
 * @param residualAbs      mean of |V(T)/(V_thr·T)|
 */
public record LayerDiagnostics(int layer, int timesteps, double meanRate, double meanActivation, double rateError,
                               double rateBias, double residual, double residualAbs) {
}
