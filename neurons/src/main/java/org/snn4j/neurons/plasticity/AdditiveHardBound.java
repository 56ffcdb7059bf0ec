package org.snn4j.neurons.plasticity;

/**
 * Additive weight dependence with hard bounds (Song, Miller &amp; Abbott 2000):
 * {@code w' = clip(w + ltp + ltd, wMin, wMax)}; the change does not depend on {@code w} inside
 * the bounds. JSON type {@code "additive"}.
 *
 * @param wMin lower bound
 * @param wMax upper bound, &gt; wMin
 */
public record AdditiveHardBound(double wMin, double wMax) implements WeightDependence {

    public AdditiveHardBound {
        WeightDependence.checkBounds("AdditiveHardBound", wMin, wMax);
    }

    @Override
    public double delta(double w, double ltp, double ltd) {
        return apply(w, ltp, ltd) - w;
    }

    @Override
    public double apply(double w, double ltp, double ltd) {
        return Math.min(wMax, Math.max(wMin, w + ltp + ltd));
    }
}
