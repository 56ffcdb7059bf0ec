package org.snn4j.neurons.slayer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.temporal.FilterMethod;
import org.snn4j.autograd.temporal.TemporalFilter;
import org.snn4j.neurons.model.Readout;
import org.snn4j.neurons.model.ExecutionPath;
import org.snn4j.neurons.model.NeuronTensors;

/**
 * Hand-worked single-neuron traces. The neuron has θ = 10, τ_sr = τ_ref = 1 ms, Ts = 1 ms, so
 * ε = [0, 1, 2/e, 3/e², 4/e³, 5/e⁴, 6/e⁵, 7/e⁶] (8 taps: 8/e⁷ &lt; 0.01) and, with scaleRef = 1,
 * ν = −10·[0, 1, 2/e, …, 10/e⁹] (11 taps).
 */
class SrmDynamicsTest {
    private static final double TOL = 1e-9;
    private static final int T = 12;
    private static final SrmParameters NEURON = new SrmParameters(10, 1, 1, 1, 1, 1, 1, T);

    private static INDArray drive(double... spikeAtWeight) {
        INDArray a = Nd4j.zeros(DataType.DOUBLE, T, 1, 1);
        for (int i = 0; i < spikeAtWeight.length; i += 2) {
            a.putScalar(new long[] {(long) spikeAtWeight[i], 0, 0}, spikeAtWeight[i + 1]);
        }
        return a;
    }

    private static double[] series(INDArray x) {
        return x.reshape(T).toDoubleVector();
    }

    @Test
    void oneInputSpikeGivesTheWeightedEpsilonOneStepLater() {
        INDArray u = TemporalFilter.apply(Tensor.constant(drive(2, 5.0)), NEURON.epsilon().taps()).value();
        double[] expected = {0, 0, 0, 5.0, 3.6787944117144233, 2.0300292485491904, 0.9957413673572789,
            0.45789097221835445, 0.202138409972564, 0.08675632618332255, 0, 0};   // 5·ε[t − 2]
        assertArrayEquals(expected, series(u), TOL);
        SrmResponse r = FusedSrm.simulate(u, NEURON);
        assertArrayEquals(new double[T], series(r.spikes()), 0.0);
        assertArrayEquals(expected, series(r.membrane()), TOL);   // no spike, no refractory response
    }

    @Test
    void twoCloseInputSpikesFireTwiceAndRefractorinessStopsTheThird() {
        INDArray u = TemporalFilter.apply(Tensor.constant(drive(2, 15.0, 3, 15.0)),
                NEURON.epsilon().taps()).value();
        // without refractoriness: 15, 15·2/e + 15 = 26.04, 15·(3/e² + 2/e) = 17.13 — three spikes
        double[] free = {0, 0, 0, 15.0, 26.03638323514327, 17.12647098079084, 9.077311847719407,
            4.3608970187269005, 1.9800881465727553, 0.8666842084676596, 0.2602689785499676, 0};
        assertArrayEquals(free, series(u), TOL);
        SrmResponse r = FusedSrm.simulate(u, NEURON);
        assertArrayEquals(new double[] {0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0}, series(r.spikes()), 0.0);
        // t=4: 26.04 − 10 (ν[1] of the spike at 3) = 16.04 ≥ θ;  t=5: 17.13 − 7.36 − 10 = −0.23 < θ
        double[] membrane = {0, 0, 0, 15.0, 16.03638323514327, -0.23111784263800494, -2.34033547280782,
            -1.6906442130860384, -0.9271765325785115, -0.45337455591417736, -0.3175204937618055,
            -0.24646320961100637};
        assertArrayEquals(membrane, series(r.membrane()), TOL);
        SrmParameters noRefractory = new SrmParameters(10, 1, 1, 0, 1, 1, 1, T);
        assertArrayEquals(new double[] {0, 0, 0, 1, 1, 1, 0, 0, 0, 0, 0, 0},
                series(FusedSrm.simulate(u, noRefractory).spikes()), 0.0);
    }

    @ParameterizedTest
    @EnumSource(FilterMethod.class)
    void fusedNeuronGivesTheSameSpikeTrain(FilterMethod method) {
        Tensor s = FusedSrm.apply(Tensor.constant(drive(2, 15.0, 3, 15.0)), NEURON, method);
        assertArrayEquals(new double[] {0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0}, series(s.value()), 0.0);
        Tensor ref = new SrmNeuron().sequence(Tensor.constant(drive(2, 15.0, 3, 15.0)), null, NEURON,
                NeuronTensors.of(Map.of(), NEURON.firing(), DataType.DOUBLE), ExecutionPath.REFERENCE, Readout.SPIKES)
                .output();
        assertArrayEquals(series(ref.value()), series(s.value()), 0.0);
    }

    @Test
    void spikeGradientIsTsTimesTheDensityOfTheRefractoryMembrane() {
        INDArray u = TemporalFilter.apply(Tensor.constant(drive(2, 15.0, 3, 15.0)),
                NEURON.epsilon().taps()).value();
        Tensor ut = Tensor.variable(u);
        spikesOfMembrane(ut, NEURON).backward(Nd4j.ones(DataType.DOUBLE, T, 1, 1), false);
        double[] g = series(ut.grad());
        assertEquals(0.1 * Math.exp(-1.0), g[0], TOL);                 // u = 0: 0.1·e^{-|0−10|/10}
        assertEquals(0.1 * Math.exp(-0.5), g[3], TOL);                 // u = 15
        assertEquals(0.1 * Math.exp(-0.603638323514327), g[4], TOL);   // ũ = 16.036 (after ν)
        assertEquals(0.1 * Math.exp(-1.023111784263800494), g[5], TOL); // ũ = −0.231
        SrmParameters halfStep = new SrmParameters(10, 1, 1, 1, 1, 1, 0.5, T).withPdf(PdfVariant.LAVA_DL);
        Tensor ut2 = Tensor.variable(Nd4j.valueArrayOf(new long[] {T, 1, 1}, 10.0, DataType.DOUBLE));
        spikesOfMembrane(ut2, halfStep).backward(Nd4j.ones(DataType.DOUBLE, T, 1, 1), false);
        assertEquals(0.5 * 0.5 * 0.1, ut2.grad().getDouble(0, 0, 0), TOL);   // Ts·½·scaleRho/(tauRho·θ)
    }

    /** The spikes of a given membrane {@code u} (the fused node with zero drive and u as its offset). */
    private static Tensor spikesOfMembrane(Tensor u, SrmParameters p) {
        Tensor zero = Tensor.constant(Nd4j.zeros(DataType.DOUBLE, u.shape()));
        return FusedSrm.apply(zero, u, p, FilterMethod.DIRECT, Readout.SPIKES).output();
    }

    @ParameterizedTest
    @EnumSource(FilterMethod.class)
    void zeroInputNeverSpikes(FilterMethod method) {
        Tensor a = Tensor.constant(Nd4j.zeros(DataType.FLOAT, 300, 2, 7));
        Tensor s = FusedSrm.apply(a, SrmParameters.defaults(), method);
        assertEquals(0.0, s.value().sumNumber().doubleValue(), 0.0);
        assertEquals(DataType.FLOAT, s.dataType());
    }

    @Test
    void everySampleOfABatchRunsAsIfAlone() {
        INDArray batch = Nd4j.concat(1, drive(2, 15.0, 3, 15.0), drive(2, 5.0), drive(0, 12.0, 6, 11.0));
        INDArray s = FusedSrm.apply(Tensor.constant(batch), NEURON).value();
        for (int b = 0; b < 3; b++) {
            INDArray alone = FusedSrm.apply(Tensor.constant(batch.get(org.nd4j.linalg.indexing.NDArrayIndex.all(),
                    org.nd4j.linalg.indexing.NDArrayIndex.interval(b, b + 1)).dup()), NEURON).value();
            assertArrayEquals(series(alone), s.reshape(T, 3).getColumn(b).dup().toDoubleVector(), 0.0, "sample " + b);
        }
    }
}
