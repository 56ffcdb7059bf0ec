package org.snn4j.neurons.fused;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link FloatLanes}' two hot loops on the JDK vector API ({@code jdk.incubator.vector}), loaded
 * only when the JVM has that module ({@link FloatLanes#VECTOR}): the forward step and the one-pass
 * reverse step. JDK 17's auto-vectoriser leaves both scalar (measured with a thread-CPU-time probe,
 * len 800, Zen 4: step 8.6 cycles per neuron, the reverse step 5.3), which made them most of the
 * fused LIF's time; here every operation is the scalar loop's, lane by lane, in the same order
 * and operand order (multiply, then add; no FMA; the Heaviside in {@link FloatLanes#heaviside}'s
 * arithmetic form, not a compare, so a NaN membrane still gives NaN), so results are bit-identical
 * to the scalar loops. (Not fixed, here or there: which NaN an operation on two NaNs returns; the
 * JIT may commute operands, so NaNs compare equal only as values.)
 */
final class VectorFloatLanes {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    private static final int L = S.length();

    private VectorFloatLanes() {
    }

    /**
     * {@link Lanes#stepDistance} with {@code h} and {@code d} each optional (null: not written):
     * {@code h = a·v + b·x + c;  s = H(h − θ);  v = h + s·(q·(vReset − h) − r·θ);  d[at + i] = h − θ}.
     */
    static void step(float[] a, float[] v, float[] b, float[] x, float[] c, float[] th, float q, float r, float vr,
                     float[] h, float[] s, float[] d, int at, int len) {
        int i = 0;
        FloatVector half = FloatVector.broadcast(S, 0.5f);
        FloatVector qv = FloatVector.broadcast(S, q);
        FloatVector rv = FloatVector.broadcast(S, r);
        FloatVector vrv = FloatVector.broadcast(S, vr);
        for (int end = S.loopBound(len); i < end; i += L) {
            FloatVector hi = FloatVector.fromArray(S, a, i).mul(FloatVector.fromArray(S, v, i))
                    .add(FloatVector.fromArray(S, b, i).mul(FloatVector.fromArray(S, x, i)))
                    .add(FloatVector.fromArray(S, c, i));
            FloatVector t = FloatVector.fromArray(S, th, i);
            FloatVector di = hi.sub(t);
            FloatVector e = di.mul(0x1p23f).add(0x1p-149f);
            FloatVector si = half.add(half.mul(e.div(e.abs())));
            hi.add(si.mul(qv.mul(vrv.sub(hi)).sub(rv.mul(t)))).intoArray(v, i);
            si.intoArray(s, i);
            if (h != null) {
                hi.intoArray(h, i);
            }
            if (d != null) {
                di.intoArray(d, at + i);
            }
        }
        FloatLanes.scalarStep(a, v, b, x, c, th, q, r, vr, h, s, d, at, i, len);
    }

    /** {@link Lanes#sweepStep}, the scalars already in float. */
    static void sweepStep(float gs, float[] g, float k, float[] gv, float r, float[] th, float q, float[] h, float vr,
                          float[] sigma, int at, float gh, float[] b, float[] gx, float[] a, int len) {
        int i = 0;
        FloatVector gsv = FloatVector.broadcast(S, gs);
        FloatVector kv = FloatVector.broadcast(S, k);
        FloatVector rv = FloatVector.broadcast(S, r);
        FloatVector qv = FloatVector.broadcast(S, q);
        FloatVector ghv = FloatVector.broadcast(S, gh);
        for (int end = S.loopBound(len); i < end; i += L) {
            FloatVector gi = FloatVector.fromArray(S, g, i);
            FloatVector gvi = FloatVector.fromArray(S, gv, i);
            FloatVector resetTerm = rv.mul(FloatVector.fromArray(S, th, i))
                    .add(qv.mul(FloatVector.fromArray(S, h, i).sub(vr)));
            FloatVector gS = gsv.mul(gi).sub(kv.mul(gvi).mul(resetTerm));
            FloatVector gH = gS.mul(FloatVector.fromArray(S, sigma, at + i)).add(gvi).add(ghv.mul(gi));
            gH.mul(FloatVector.fromArray(S, b, i)).intoArray(gx, i);
            gH.mul(FloatVector.fromArray(S, a, i)).intoArray(gv, i);
        }
        FloatLanes.scalarSweepStep(gs, g, k, gv, r, th, q, h, vr, sigma, at, gh, b, gx, a, i, len);
    }
}
