package org.snn4j.neurons.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.Tensor;
import org.snn4j.neurons.model.Readout;

/** Configuration errors name the field and the allowed range; learnable values and names are as documented. */
class ModelValidationTest {

    private static void fails(Executable e, String... fragments) {
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, e);
        for (String f : fragments) {
            assertTrue(ex.getMessage().contains(f), "'" + ex.getMessage() + "' should mention " + f);
        }
    }

    @Test
    void parameterRecordsRejectOutOfRangeValues() {
        Firing f = Firing.defaults();
        fails(() -> f.withThreshold(Double.NaN), "threshold");
        fails(() -> f.withSurrogate(null), "surrogate");
        fails(() -> new LifStbpParameters(0.0, 1.0, f), "tauMs", "(0, +inf)");
        fails(() -> new LifStbpParameters(10.0, -1.0, f), "dtMs");
        fails(() -> LifStbpParameters.withDecay(1.0, f), "beta", "(0, 1)");
        fails(() -> new LifParameters(0.5, 1.0, true, f), "tauMs", "dtMs");
        fails(() -> new PlifParameters(1.0, 1.0, true, f), "initialTauMs");
        fails(() -> new AlifParameters(20, 200, -0.1, 1, f), "adaptationJump", "[0, +inf)");
        fails(() -> new AlifParameters(20, 0, 0.1, 1, f), "adaptationTauMs");
        fails(() -> Neurons.REGISTRY.get("hodgkin-huxley"), "unknown neuron model 'hodgkin-huxley'", "lif", "alif");
        fails(() -> NeuronTensors.initialValues(new Lif(), LifParameters.defaults(), 0, DataType.FLOAT), "channels");
    }

    @Test
    void namesFollowThePresetsLifWithAliasesForOldFiles() {
        assertSame(Lif.class, Neurons.REGISTRY.get("lif").getClass());
        assertSame(Lif.class, Neurons.REGISTRY.get("lif-charge").getClass(), "old name of the presets' LIF");
        assertSame(LifStbp.class, Neurons.REGISTRY.get("lif-stbp").getClass());
        assertSame(LifStbp.class, Neurons.forType("lif", Neurons.LEGACY_LIF_VERSION).getClass(), "version-1 'lif'");
        assertSame(Lif.class, Neurons.forType("lif", Neurons.LEGACY_LIF_VERSION + 1).getClass());
        assertEquals("lif", Neurons.nameOf(LifParameters.defaults()));
        assertEquals("lif-stbp", Neurons.nameOf(LifStbpParameters.defaults()));
        for (NeuronModel<?, ?> m : Neurons.all()) {
            assertSame(m, Neurons.modelOf(m.defaults()), "one parameters record per model");
        }
    }

    @Test
    void inputsAreChecked() {
        ModelCase lif = ModelCase.of(LifParameters.defaults(), 1, DataType.FLOAT);
        fails(() -> lif.run(Tensor.constant(Nd4j.zeros(DataType.INT32, 3, 2, 4)), null, ExecutionPath.FUSED,
                Readout.SPIKES), "FLOAT or DOUBLE");
        fails(() -> lif.run(Tensor.constant(Nd4j.zeros(DataType.FLOAT, 3)), null, ExecutionPath.FUSED, Readout.SPIKES),
                "[T, B, ...]");
        ModelCase perChannel = ModelCase.of(PlifParameters.defaults(), 4, DataType.FLOAT);
        fails(() -> perChannel.run(Tensor.constant(Nd4j.zeros(DataType.FLOAT, 3, 2, 5)), null, ExecutionPath.FUSED,
                Readout.SPIKES), "4 per-channel values", "'w'");
        MembraneState wrong = new MembraneState(Tensor.constant(Nd4j.zeros(DataType.FLOAT, 2, 5)));
        fails(() -> lif.run(Tensor.constant(Nd4j.zeros(DataType.FLOAT, 3, 2, 4)), wrong, ExecutionPath.FUSED,
                Readout.SPIKES), "initial membrane", "[2, 4]");
    }

    @Test
    void learnableValuesStartFromTheParameters() {
        PlifParameters p = new PlifParameters(4.0, 1.0, true, Firing.defaults().withThreshold(0.5).withLearnableThreshold(true));
        Map<String, INDArray> init = NeuronTensors.initialValues(new Plif(), p, 3, DataType.DOUBLE);
        assertEquals(List.of("w", "threshold"), List.copyOf(init.keySet()));
        assertArrayEquals(new double[] {4.0, 4.0, 4.0}, Plif.tauMs(p, Tensor.constant(init.get("w"))), 1e-12);
        assertArrayEquals(new double[] {0.5, 0.5, 0.5}, init.get("threshold").toDoubleVector(), 0.0);
        assertEquals(-Math.log(3.0), init.get("w").getDouble(0), 1e-15);
        assertTrue(NeuronTensors.initialValues(new Lif(), LifParameters.defaults(), 1, DataType.FLOAT).isEmpty());
    }

    @Test
    void noGradRunsRecordNothing() {
        ModelCase lif = ModelCase.of(LifParameters.defaults(), 1, DataType.FLOAT);
        Tensor x = Tensor.constant(Nd4j.ones(DataType.FLOAT, 3, 2, 4));
        for (ExecutionPath path : ExecutionPath.values()) {
            assertFalse(lif.run(x, null, path, Readout.SPIKES).output().requiresGrad());
        }
        assertTrue(lif.run(Tensor.variable(x.value()), null, ExecutionPath.FUSED, Readout.SPIKES).output().requiresGrad());
    }
}
