package org.snn4j.neurons.fused;

/**
 * Per-block scratch of a fused kernel's reverse sweep: one step's vectors in the lane type, and the
 * per-neuron parameter partials, accumulated in double over the steps (null when not wanted). The
 * vectors come from the thread's block scratch ({@link Lanes#scratch}); the partials are new arrays,
 * since the block returns them.
 *
 * @param <A> {@code float[]} or {@code double[]}
 */
final class BackwardScratch<A> {
    final A g;
    final A h;
    final A theta;
    final A sigma;
    final A spike;
    final A gS;
    final A gH;
    final A gTheta;
    final A gx;
    final A gv;
    final A gq;
    final A x;
    final A vPrev;
    final double[] dTheta;
    final double[] dA;
    final double[] dB;
    final double[] dC;

    BackwardScratch(Lanes<A> lanes, int len, boolean adaptive, boolean thetaGrad, boolean coefGrad) {
        A[] v = lanes.scratch(len, 9);
        g = v[0];
        h = v[1];
        sigma = v[2];
        spike = v[3];
        gS = v[4];
        gH = v[5];
        gTheta = v[6];
        gx = v[7];
        gv = v[8];
        theta = adaptive ? lanes.scratch(len) : null;
        gq = adaptive ? lanes.scratch(len) : null;
        x = coefGrad ? lanes.scratch(len) : null;
        vPrev = coefGrad ? lanes.scratch(len) : null;
        dTheta = thetaGrad ? new double[len] : null;
        dA = coefGrad ? new double[len] : null;
        dB = coefGrad ? new double[len] : null;
        dC = coefGrad ? new double[len] : null;
    }

    /** {@code ∂L/∂a += G_h·v[t−1]}, {@code ∂L/∂b += G_h·x[t]}, {@code ∂L/∂c += G_h} (when wanted). */
    void accumulateCoefficients(Lanes<A> lanes, int len) {
        if (dA != null) {
            lanes.accumulate(gH, vPrev, dA, len);
            lanes.accumulate(gH, x, dB, len);
            lanes.accumulate(gH, null, dC, len);
        }
    }

    /** {@code {∂L/∂θ, ∂L/∂a, ∂L/∂b, ∂L/∂c}} per neuron of the block. */
    double[][] partials() {
        return new double[][] {dTheta, dA, dB, dC};
    }
}
