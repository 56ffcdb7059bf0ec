package org.snn4j.losses;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.check.CheckOptions;
import org.snn4j.autograd.check.GradientChecker;

/** Contract of every registered loss: exact gradients, non-negative finite scalars, clear errors. */
class LossesRegistryTest {
    private static final int[] LABELS = {2, 0, 3};
    private static final long[] SHAPE = {5, 3, 4};
    /** A seeded subset of the 60 entries keeps the module's run short on a shared machine. */
    private static final CheckOptions CHECK = CheckOptions.defaults().withMaxEntries(24);

    static List<SpikeLoss> losses() {
        return Losses.all();
    }

    /** Labels for classification losses, a random differentiable target train otherwise. */
    private static boolean needsTrains(SpikeLoss loss) {
        return !(loss instanceof ClassificationLoss);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("losses")
    void gradientMatchesCentralDifferences(SpikeLoss loss) {
        INDArray output = Trains.uniform(7, 0, 1, SHAPE);
        if (needsTrains(loss)) {
            INDArray target = Trains.uniform(8, 0, 1, SHAPE);
            Function<Tensor[], Tensor> f = in -> loss.compute(in[0], LossTarget.spikeTrains(in[1]));
            GradientChecker.check(CHECK, f, output, target).assertOk();
        } else {
            GradientChecker.check(CHECK, in -> loss.compute(in[0], LossTarget.labels(LABELS)), output)
                    .assertOk();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("losses")
    void isAFiniteNonNegativeScalarOfTheOutputType(SpikeLoss loss) {
        for (DataType type : new DataType[] {DataType.FLOAT, DataType.DOUBLE}) {
            for (long seed = 1; seed <= 5; seed++) {
                Tensor out = Tensor.variable(Trains.bernoulli(seed, 0.3, SHAPE).castTo(type));
                LossTarget target = needsTrains(loss)
                        ? LossTarget.spikeTrains(Tensor.constant(Trains.bernoulli(seed + 100, 0.3, SHAPE).castTo(type)))
                        : LossTarget.labels(LABELS);
                Tensor l = loss.compute(out, target);
                assertEquals(0, l.rank(), "scalar");
                assertEquals(type, l.dataType());
                assertTrue(Double.isFinite(l.item()) && l.item() >= 0, loss.name() + " = " + l.item());
                l.backward();
                assertEquals(type, out.grad().dataType());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("losses")
    void rejectsAnOutputThatIsNotTimeMajor(SpikeLoss loss) {
        Tensor flat = Tensor.variable(Trains.uniform(1, 0, 1, 3, 4));
        LossTarget target = needsTrains(loss) ? LossTarget.spikeTrains(flat) : LossTarget.labels(LABELS);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> loss.compute(flat, target));
        assertTrue(e.getMessage().contains("[3, 4]"), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("losses")
    void rejectsTheWrongKindOfTarget(SpikeLoss loss) {
        Tensor out = Tensor.variable(Trains.uniform(1, 0, 1, SHAPE));
        LossTarget wrong = needsTrains(loss) ? LossTarget.labels(LABELS) : LossTarget.spikeTrains(out);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> loss.compute(out, wrong));
        assertTrue(e.getMessage().contains("LossTarget."), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("losses")
    void classificationLossesNameABadLabel(SpikeLoss loss) {
        if (needsTrains(loss)) {
            return;
        }
        Tensor out = Tensor.variable(Trains.uniform(1, 0, 1, SHAPE));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> loss.compute(out, LossTarget.labels(2, 4, 0)));
        assertEquals(loss.name() + ": labels[1] = 4 is outside [0, 4)", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> loss.compute(out, LossTarget.labels(1, 2)));
        assertEquals(loss.name() + ": need 3 labels (one per sample), got 2", e.getMessage());
    }

    @Test
    void namesAreUniqueAndResolve() {
        Set<String> names = new HashSet<>();
        for (SpikeLoss l : Losses.all()) {
            assertTrue(names.add(l.name()), "duplicate " + l.name());
            assertSame(l, Losses.REGISTRY.get(l.name()));
        }
        assertEquals(Set.of("count-ce", "rate-ce", "rate-mse", "membrane-ce-mean", "membrane-ce-max", "tet",
                "num-spikes", "van-rossum", "spike-time"), names);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Losses.REGISTRY.get("nope"));
        assertTrue(e.getMessage().startsWith("unknown loss 'nope'; known: count-ce, rate-ce"), e.getMessage());
    }
}
