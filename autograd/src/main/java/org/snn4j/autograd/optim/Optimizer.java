package org.snn4j.autograd.optim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.nn.Parameter;

/**
 * Base of the gradient-descent optimisers.
 *
 * <p>An optimiser holds named parameters (typically {@code module.namedParameters()}), a current
 * learning rate, a global step counter and per-parameter state "slots" (momentum buffers, moment
 * estimates, per-parameter step counts). {@link #step()} updates every parameter that has a
 * gradient, in place; parameters without a gradient are skipped and their state is untouched
 * (PyTorch's behaviour). Slots are created on a parameter's first update.
 *
 * <p>State for checkpoints: {@link #stateTensors()} / {@link #loadState} use keys
 * {@code "<parameter name>.<slot>"}; tensor slots have the parameter's shape, scalar slots are
 * 0-d float64 arrays. Loading is strict about unknown keys, shapes and incomplete slot sets.
 */
public abstract class Optimizer {
    private final Map<String, Parameter> params = new LinkedHashMap<>();
    private final Map<String, Map<String, INDArray>> slots = new LinkedHashMap<>();
    private double learningRate;
    private long stepCount;

    protected Optimizer(Map<String, ? extends Parameter> parameters, double learningRate) {
        IdentityHashMap<Parameter, String> seen = new IdentityHashMap<>();
        parameters.forEach((name, p) -> {
            if (seen.put(p, name) == null) {
                params.put(name, p);
            }
        });
        if (params.isEmpty()) {
            throw new IllegalArgumentException(getClass().getSimpleName() + " got an empty parameter list");
        }
        setLearningRate(learningRate);
    }

    /** Names a plain list of parameters {@code "0"}, {@code "1"}, … for {@link OptimizerSpec#build}. */
    public static Map<String, Parameter> indexed(List<? extends Parameter> parameters) {
        Map<String, Parameter> out = new LinkedHashMap<>();
        for (Parameter p : parameters) {
            out.put(Integer.toString(out.size()), p);
        }
        return out;
    }

    /** Updates one parameter in place from its gradient; {@code name} addresses its slots. */
    protected abstract void update(String name, INDArray param, INDArray grad);

    /** Names of the slots with the parameter's shape that this optimiser keeps (may be empty). */
    protected abstract List<String> tensorSlots();

    /** Names of the 0-d float64 slots that this optimiser keeps (may be empty). */
    protected abstract List<String> scalarSlots();

    /** The configuration, with the current learning rate. */
    public abstract OptimizerSpec spec();

    /** One update of every parameter that has a gradient. */
    public final void step() {
        stepCount++;
        params.forEach((name, p) -> {
            if (p.grad() != null) {
                update(name, p.value(), p.grad());
            }
        });
    }

    /** Clears every parameter's gradient. */
    public final void zeroGrad() {
        params.values().forEach(Parameter::zeroGrad);
    }

    public final double learningRate() {
        return learningRate;
    }

    /** Sets the learning rate used by the next {@link #step()} (schedules call this). */
    public final void setLearningRate(double lr) {
        if (!(lr >= 0) || Double.isInfinite(lr)) {
            throw new IllegalArgumentException("learning rate must be finite and >= 0, got " + lr);
        }
        this.learningRate = lr;
    }

    /** Number of {@link #step()} calls so far (restored from checkpoints). */
    public final long stepCount() {
        return stepCount;
    }

    /** The optimised parameters by name (read-only, duplicates by identity removed). */
    public final Map<String, Parameter> parameters() {
        return Collections.unmodifiableMap(params);
    }

    /**
     * The state slot {@code slot} of parameter {@code name}, created as zeros on first use
     * (shaped like the parameter, or a 0-d float64 scalar for scalar slots).
     */
    protected final INDArray slot(String name, String slot) {
        return slots.computeIfAbsent(name, k -> new LinkedHashMap<>()).computeIfAbsent(slot, s -> {
            INDArray p = params.get(name).value();
            return scalarSlots().contains(s) ? Nd4j.scalar(DataType.DOUBLE, 0.0) : Nd4j.zeros(p.dataType(), p.shape());
        });
    }

    /** True once {@code slot} of {@code name} exists. */
    protected final boolean hasSlot(String name, String slot) {
        Map<String, INDArray> s = slots.get(name);
        return s != null && s.containsKey(slot);
    }

    /** Copies of all state slots, keyed {@code "<parameter>.<slot>"}, parameters in order. */
    public final Map<String, INDArray> stateTensors() {
        Map<String, INDArray> out = new LinkedHashMap<>();
        slots.forEach((name, s) -> s.forEach((slot, a) -> out.put(name + "." + slot, a.dup())));
        return out;
    }

    /**
     * Replaces all state by {@code tensors} (as produced by {@link #stateTensors()}) and the
     * step counter by {@code steps}. Nothing changes when validation fails.
     *
     * @throws IllegalArgumentException one line listing unknown keys, wrong shapes and
     *                                  parameters with an incomplete set of slots
     */
    public final void loadState(Map<String, INDArray> tensors, long steps) {
        if (steps < 0) {
            throw new IllegalArgumentException("step count must be >= 0, got " + steps);
        }
        Map<String, Map<String, INDArray>> parsed = new LinkedHashMap<>();
        String problems = OptimizerStateCheck.problems(this, tensors, parsed);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("optimizer state does not match " + getClass().getSimpleName() + ": "
                    + problems);
        }
        slots.clear();
        for (String name : params.keySet()) {
            Map<String, INDArray> s = parsed.get(name);
            if (s != null) {
                Map<String, INDArray> copy = new LinkedHashMap<>();
                s.forEach((slot, a) -> copy.put(slot, a.castTo(targetType(name, slot)).dup('c')));
                slots.put(name, copy);
            }
        }
        stepCount = steps;
    }

    DataType targetType(String name, String slot) {
        return scalarSlots().contains(slot) ? DataType.DOUBLE : params.get(name).dataType();
    }

    /** All slot names, tensor slots first. */
    final List<String> allSlots() {
        List<String> all = new ArrayList<>(tensorSlots());
        all.addAll(scalarSlots());
        return all;
    }

    /** Sorted copy of keys, for stable error messages. */
    static List<String> sorted(java.util.Collection<String> keys) {
        return new ArrayList<>(new TreeSet<>(keys));
    }

    static String shape(INDArray a) {
        return Arrays.toString(a.shape());
    }
}
