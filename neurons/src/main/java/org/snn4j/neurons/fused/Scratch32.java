package org.snn4j.neurons.fused;

/**
 * Per-block scratch of {@link LinearChargeKernel32}'s backward pass: one step's vectors and the
 * per-neuron parameter partials (accumulated in double over the steps; null when not wanted).
 */
final class Scratch32 {
    final float[] g;
    final float[] h;
    final float[] sg;
    final float[] gx;
    final float[] gv;
    final float[] spike;
    final float[] gS;
    final float[] gH;
    final float[] x;
    final float[] vPrev;
    final double[] dTheta;
    final double[] dA;
    final double[] dB;
    final double[] dC;

    Scratch32(int len, boolean thetaGrad, boolean coefGrad) {
        g = new float[len];
        h = new float[len];
        sg = new float[len];
        gx = new float[len];
        gv = new float[len];
        spike = new float[len];
        gS = new float[len];
        gH = new float[len];
        x = coefGrad ? new float[len] : null;
        vPrev = coefGrad ? new float[len] : null;
        dTheta = thetaGrad ? new double[len] : null;
        dA = coefGrad ? new double[len] : null;
        dB = coefGrad ? new double[len] : null;
        dC = coefGrad ? new double[len] : null;
    }

    /** ∂L/∂θ += −G_s·σ − r·G_v·s;  ∂L/∂a += G_h·v[t−1],  ∂L/∂b += G_h·x,  ∂L/∂c += G_h. */
    void accumulate(int len, float subtract) {
        for (int i = 0; i < len; i++) {
            if (dTheta != null) {
                dTheta[i] += -gS[i] * sg[i] - subtract * gv[i] * spike[i];
            }
            if (dA != null) {
                dA[i] += gH[i] * vPrev[i];
                dB[i] += gH[i] * x[i];
                dC[i] += gH[i];
            }
        }
    }
}
