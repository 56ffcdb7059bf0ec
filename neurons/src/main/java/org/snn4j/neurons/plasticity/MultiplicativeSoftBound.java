package org.snn4j.neurons.plasticity;

/**
 * Multiplicative weight dependence with soft bounds (van Rossum, Bi &amp; Turrigiano 2000; Gütig
 * et al. 2003 with μ = 1): potentiation shrinks as {@code w} approaches {@code wMax}, depression as
 * it approaches {@code wMin}:
 *
 * <pre>
 * Δw = ltp · (wMax − w) + ltd · (w − wMin)
 * </pre>
 * so a weight inside the bounds never leaves them for {@code |ltp|, |ltd| ≤ 1}. JSON type
 * {@code "multiplicative"}.
 *
 * @param wMin lower bound
 * @param wMax upper bound, &gt; wMin
 */
public record MultiplicativeSoftBound(double wMin, double wMax) implements WeightDependence {

    public MultiplicativeSoftBound {
        WeightDependence.checkBounds("MultiplicativeSoftBound", wMin, wMax);
    }

    @Override
    public double delta(double w, double ltp, double ltd) {
        return ltp * (wMax - w) + ltd * (w - wMin);
    }
}
