package org.snn4j.neurons.fused;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.check.RandomArrays;
import org.snn4j.neurons.model.ChargeLaw;
import org.snn4j.neurons.model.Readout;
import org.snn4j.neurons.model.ResetLaw;
import org.snn4j.neurons.surrogate.ATan;

/**
 * The stored-σ reverse sweep ({@link StepState}) against the recomputing one, and the compact
 * (16-bit, {@link SigmaCode}) state: two layers and two consecutive sequences (the second started from the first's final
 * membrane, the first from rest), over shapes of two blocks and a partial one, with a learnable
 * threshold (spike bits read) and a reset to a value (spikes read by the membrane gradient). Any
 * sharing of per-block state across blocks, layers or sequences would change a gradient.
 */
class StepStateTest {
    private static final long[] SHAPE = {5, 2, 2100};

    private boolean compactBefore;

    /** The bit-for-bit comparisons are of the exact state; the compact one (the default) is compared within a tolerance. */
    @BeforeEach
    void exact() {
        compactBefore = FusedLinearCharge.compactState();
        FusedLinearCharge.setCompactState(false);
    }

    @AfterEach
    void restore() {
        FusedLinearCharge.setStoreStepState(true);
        FusedLinearCharge.setCompactState(compactBefore);
    }

    @Test
    void storedSweepEqualsRecomputedBitForBit() {
        for (DataType type : new DataType[] {DataType.DOUBLE, DataType.FLOAT}) {
            for (ResetLaw reset : resets()) {
                FusedLinearCharge.setStoreStepState(false);
                List<double[]> recomputed = run(type, reset);
                FusedLinearCharge.setStoreStepState(true);
                List<double[]> stored = run(type, reset);
                for (int i = 0; i < stored.size(); i++) {
                    assertArrayEquals(recomputed.get(i), stored.get(i), 0.0, type + " " + reset + " result " + i);
                }
            }
        }
    }

    @Test
    void onePassSweepEqualsRecomputedBitForBit() {
        for (DataType type : new DataType[] {DataType.DOUBLE, DataType.FLOAT}) {
            for (ResetLaw reset : resets()) {
                FusedLinearCharge.setStoreStepState(false);
                List<double[]> recomputed = run(type, reset, false);
                FusedLinearCharge.setStoreStepState(true);
                List<double[]> stored = run(type, reset, false);
                for (int i = 0; i < stored.size(); i++) {
                    assertArrayEquals(recomputed.get(i), stored.get(i), 0.0, type + " " + reset + " result " + i);
                }
            }
        }
    }

    @Test
    void compactStateKeepsGradientsWithinATenThousandth() {
        for (ResetLaw reset : resets()) {
            List<double[]> exact = run(DataType.FLOAT, reset);
            FusedLinearCharge.setCompactState(true);
            List<double[]> compact = run(DataType.FLOAT, reset);
            FusedLinearCharge.setCompactState(false);
            for (int i = 0; i < exact.size(); i++) {
                double err = 0;
                double norm = 0;
                for (int k = 0; k < exact.get(i).length; k++) {
                    double d = exact.get(i)[k] - compact.get(i)[k];
                    err += d * d;
                    norm += exact.get(i)[k] * exact.get(i)[k];
                }
                assertTrue(Math.sqrt(err) <= 1e-4 * Math.sqrt(norm), reset + " result " + i + ": relative L2 "
                        + Math.sqrt(err / norm));
            }
            assertEquals(0.0, maxAbsDiff(exact.get(0), compact.get(0)), "spikes are exact");
        }
    }

    private static ResetLaw[] resets() {
        return new ResetLaw[] {new ResetLaw(1.0, 0.0, 0.0, true), new ResetLaw(1.0, 0.0, 0.0, false),
            new ResetLaw(0.0, 1.0, -0.2, true)};
    }

    private static double maxAbsDiff(double[] a, double[] b) {
        double m = 0;
        for (int i = 0; i < a.length; i++) {
            m = Math.max(m, Math.abs(a[i] - b[i]));
        }
        return m;
    }

    private static List<double[]> run(DataType type, ResetLaw reset) {
        return run(type, reset, true);
    }

    /**
     * Output spikes of layer 2 (both sequences), then ∂L/∂x and ∂L/∂θ of both layers; with constant
     * thresholds ({@code learnTheta} false) the stored sweep of a reset without a value takes its
     * one-pass step ({@link Lanes#sweepStep}).
     */
    private static List<double[]> run(DataType type, ResetLaw reset, boolean learnTheta) {
        LinearChargeSpec spec = new LinearChargeSpec(ChargeLaw.constant(0.9, 1.0, 0.0), reset, new ATan(2.0),
                Readout.SPIKES);
        Tensor x = Tensor.variable(RandomArrays.uniform(11, -0.2, 1.2, SHAPE).castTo(type));
        Tensor theta1 = new Tensor(Nd4j.createFromArray(1.0, 0.9, 1.1).castTo(type), learnTheta);
        Tensor theta2 = new Tensor(Nd4j.createFromArray(0.7).castTo(type), learnTheta);
        FusedSequence a1 = FusedLinearCharge.fromRest(spec, x, 0.0, theta1);
        FusedSequence b1 = FusedLinearCharge.apply(spec, a1.output().mul(0.8).add(x.mul(0.3)),
                Tensor.constant(a1.finalMembrane()), theta2);
        FusedSequence a2 = FusedLinearCharge.apply(spec, x.mul(1.1), Tensor.constant(a1.finalMembrane()), theta1);
        FusedSequence b2 = FusedLinearCharge.apply(spec, a2.output().mul(0.8), Tensor.constant(b1.finalMembrane()),
                theta2);
        INDArray r1 = RandomArrays.uniform(12, -1, 1, SHAPE).castTo(type);
        INDArray r2 = RandomArrays.uniform(13, -1, 1, SHAPE).castTo(type);
        b1.output().mul(Tensor.constant(r1)).sum().add(b2.output().mul(Tensor.constant(r2)).sum()).backward();
        List<double[]> out = new ArrayList<>();
        INDArray[] results = learnTheta
                ? new INDArray[] {b1.output().value(), b2.output().value(), x.grad(), theta1.grad(), theta2.grad()}
                : new INDArray[] {b1.output().value(), b2.output().value(), x.grad()};
        for (INDArray a : results) {
            out.add(a.castTo(DataType.DOUBLE).dup('c').data().asDouble());
        }
        return out;
    }
}
