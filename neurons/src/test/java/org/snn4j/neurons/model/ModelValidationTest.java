package org.snn4j.neurons.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.nn.Parameter;

/** Configuration errors name the field and the allowed range; learnable values are exposed. */
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
        fails(() -> new LifParameters(0.0, 1.0, f), "tauMs", "(0, +inf)");
        fails(() -> new LifParameters(10.0, -1.0, f), "dtMs");
        fails(() -> LifParameters.withDecay(1.0, f), "beta", "(0, 1)");
        fails(() -> new ChargeLifParameters(0.5, 1.0, true, f), "tauMs", "dtMs");
        fails(() -> new PlifParameters(1.0, 1.0, true, f), "initialTauMs");
        fails(() -> new AlifParameters(20, 200, -0.1, 1, f), "adaptationJump", "[0, +inf)");
        fails(() -> new AlifParameters(20, 0, 0.1, 1, f), "adaptationTauMs");
        fails(() -> Neurons.byName("hodgkin-huxley"), "lif", "alif");
        fails(() -> Neurons.create("lif", f, 0, DataType.FLOAT), "channels");
        fails(() -> Neurons.create("lif", f, 1, DataType.INT32), "FLOAT or DOUBLE");
    }

    @Test
    void inputsAreChecked() {
        NeuronModel<?> lif = Neurons.create("lif", Firing.defaults(), 1, DataType.FLOAT);
        fails(() -> lif.forwardSequence(Tensor.constant(Nd4j.zeros(DataType.DOUBLE, 3, 2, 4)), true), "DOUBLE", "FLOAT");
        fails(() -> lif.forwardSequence(Tensor.constant(Nd4j.zeros(DataType.FLOAT, 3)), true), "rank");
        NeuronModel<?> perChannel = Neurons.create("plif", Firing.defaults(), 4, DataType.FLOAT);
        fails(() -> perChannel.forwardSequence(Tensor.constant(Nd4j.zeros(DataType.FLOAT, 3, 2, 5)), true), "4 channels");
        Lif typed = LifParameters.defaults().build(1, DataType.FLOAT);
        MembraneState wrong = new MembraneState(Tensor.constant(Nd4j.zeros(DataType.FLOAT, 2, 5)));
        fails(() -> typed.forwardSequence(Tensor.constant(Nd4j.zeros(DataType.FLOAT, 3, 2, 4)), wrong,
                ExecutionPath.FUSED, Readout.SPIKES), "initial membrane", "[2, 4]");
    }

    @Test
    void learnableValuesAreParametersWithTheirInitialValues() {
        assertTrue(Neurons.create("lif", Firing.defaults(), 1, DataType.FLOAT).learnableParameters().isEmpty());
        Plif plif = new PlifParameters(4.0, 1.0, true, Firing.defaults().withThreshold(0.5).withLearnableThreshold(true))
                .build(3, DataType.DOUBLE);
        assertEquals(List.of("w", "threshold"), List.copyOf(plif.learnableParameters().keySet()));
        plif.learnableParameters().values().forEach(p -> assertInstanceOf(Parameter.class, p));
        assertArrayEquals(new double[] {4.0, 4.0, 4.0}, plif.tauMs(), 1e-12);           // sigmoid(w₀) = 1/4
        assertArrayEquals(new double[] {0.5, 0.5, 0.5}, plif.threshold().value().toDoubleVector(), 0.0);
        assertEquals(-Math.log(3.0), plif.w().value().getDouble(0), 1e-15);
    }

    @Test
    void noGradRunsRecordNothing() {
        Lif lif = LifParameters.defaults().build(1, DataType.FLOAT);
        Tensor x = Tensor.constant(Nd4j.ones(DataType.FLOAT, 3, 2, 4));
        assertFalse(lif.forwardSequence(x, true).requiresGrad());
        assertFalse(lif.forwardSequence(x, false).requiresGrad());
        assertTrue(lif.forwardSequence(Tensor.variable(x.value()), true).requiresGrad());
    }
}
