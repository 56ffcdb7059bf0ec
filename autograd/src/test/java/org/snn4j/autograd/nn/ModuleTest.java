package org.snn4j.autograd.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.Tensor;

class ModuleTest {

    /** [Linear(4,3), ReLU, Sequential[Linear(3,2,no bias), BatchNorm1d(2)]]. */
    private static Sequential model() {
        return new SequentialSpec(new LinearSpec(4, 3), new ReLUSpec(),
                new SequentialSpec(new LinearSpec(3, 2, false), new BatchNorm1dSpec(2)))
                .build(new SplittableRandom(7));
    }

    @Test
    void parametersAndBuffersHaveDottedPathsInRegistrationOrder() {
        Sequential m = model();
        assertEquals(List.of("0.weight", "0.bias", "2.0.weight", "2.1.weight", "2.1.bias"),
                List.copyOf(m.namedParameters().keySet()));
        assertEquals(List.of("2.1.running_mean", "2.1.running_var"), List.copyOf(m.namedBuffers().keySet()));
        assertEquals(List.of("0.weight", "0.bias", "2.0.weight", "2.1.weight", "2.1.bias",
                "2.1.running_mean", "2.1.running_var"), List.copyOf(m.stateDict().keySet()));
        assertEquals(List.of("", "0", "1", "2", "2.0", "2.1"), List.copyOf(m.namedModules().keySet()));
        assertEquals(12 + 3 + 6 + 2 + 2, m.parameterCount());
        assertTrue(m.parameters().get(0).requiresGrad());
    }

    @Test
    void trainAndEvalPropagateToEveryDescendant() {
        Sequential m = model();
        assertTrue(m.isTraining());
        m.eval();
        m.namedModules().values().forEach(c -> assertFalse(c.isTraining()));
        m.train();
        m.namedModules().values().forEach(c -> assertTrue(c.isTraining()));
    }

    @Test
    void zeroGradClearsEveryParameter() {
        Sequential m = model();
        m.forward(Tensor.constant(Nd4j.rand(DataType.FLOAT, 5, 4))).sum().backward();
        m.parameters().forEach(p -> assertNotNull(p.grad()));
        m.zeroGrad();
        m.parameters().forEach(p -> assertNull(p.grad()));
    }

    @Test
    void loadStateDictCopiesInPlaceAndKeepsIdentity() {
        Sequential a = model();
        Sequential b = new SequentialSpec(new LinearSpec(4, 3), new ReLUSpec(),
                new SequentialSpec(new LinearSpec(3, 2, false), new BatchNorm1dSpec(2))).build(new SplittableRandom(99));
        Parameter w = b.namedParameters().get("0.weight");
        b.loadStateDict(a.stateDict());
        assertSame(w, b.namedParameters().get("0.weight"));
        a.stateDict().forEach((k, v) -> assertEquals(v, b.stateDict().get(k), k));
    }

    @Test
    void loadStateDictIsStrictAndListsEveryOffenderOnOneLine() {
        Sequential m = model();
        Map<String, INDArray> state = new HashMap<>(m.stateDict());
        INDArray before = m.namedParameters().get("0.weight").value().dup();
        state.remove("0.bias");
        state.put("head.weight", Nd4j.zeros(DataType.FLOAT, 2, 2));
        state.put("0.weight", Nd4j.ones(DataType.FLOAT, 3, 5));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> m.loadStateDict(state));
        assertEquals("state does not match Sequential: missing [0.bias[3]]; unexpected [head.weight[2, 2]]; "
                + "wrong shape [0.weight expected [3, 4] got [3, 5]]", e.getMessage());
        assertEquals(before, m.namedParameters().get("0.weight").value(), "nothing is modified on failure");
    }

    @Test
    void castToReplacesParametersAndBuffers() {
        Sequential m = model();
        Parameter old = m.namedParameters().get("0.weight");
        m.castTo(DataType.DOUBLE);
        Parameter now = m.namedParameters().get("0.weight");
        assertEquals(DataType.DOUBLE, now.dataType());
        assertEquals(DataType.DOUBLE, m.namedBuffers().get("2.1.running_var").dataType());
        assertArrayEquals(old.value().reshape(-1).toDoubleVector(), now.value().reshape(-1).toDoubleVector(), 0.0);
        Tensor y = m.forward(Tensor.constant(Nd4j.rand(DataType.DOUBLE, 3, 4)));
        assertEquals(DataType.DOUBLE, y.dataType());
    }

    @Test
    void registrationRejectsDotsDuplicatesAndEmptyNames() {
        class Probe extends Module {
            @Override
            public Tensor forward(Tensor x) {
                return x;
            }

            @Override
            public LayerSpec spec() {
                return new ReLUSpec();
            }

            void add(String name) {
                registerParameter(name, Nd4j.zeros(1));
            }
        }
        Probe p = new Probe();
        p.add("w");
        assertEquals("name 'w' is already registered in Probe",
                assertThrows(IllegalArgumentException.class, () -> p.add("w")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> p.add("a.b"));
        assertThrows(IllegalArgumentException.class, () -> p.add(""));
    }

    @Test
    void parameterAssignIsInPlaceAndChecksShape() {
        Parameter p = new Parameter(Nd4j.zeros(DataType.FLOAT, 2));
        INDArray v = p.value();
        p.assign(Nd4j.createFromArray(1.0, 2.0));
        assertSame(v, p.value());
        assertArrayEquals(new float[] {1, 2}, p.value().toFloatVector());
        assertEquals(DataType.FLOAT, p.dataType());
        assertThrows(IllegalArgumentException.class, () -> p.assign(Nd4j.zeros(3)));
    }

    @Test
    void parameterCopiesItsInitialValue() {
        INDArray src = Nd4j.createFromArray(1f, 2f);
        Parameter p = new Parameter(src);
        src.muli(10);
        assertArrayEquals(new float[] {1, 2}, p.value().toFloatVector());
    }
}
