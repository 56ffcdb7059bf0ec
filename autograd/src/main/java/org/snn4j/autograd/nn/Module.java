package org.snn4j.autograd.nn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.snn4j.autograd.Tensor;

/**
 * A differentiable building block with named parameters, buffers and child modules.
 *
 * <p>Everything is kept in insertion order. {@link #namedParameters()} and {@link #namedBuffers()}
 * walk the tree depth-first (own entries first, then each child) and name entries by dotted paths
 * such as {@code features.0.weight}; these are the keys of checkpoints. Buffers are arrays that
 * are saved but not trained (BatchNorm running statistics).
 *
 * <p>Layers look their parameters up by name ({@link #param}) on every call instead of caching
 * them in fields, so {@link #castTo} can swap in parameters of another data type (float64 for the
 * gradient checker). A module never registers itself anywhere: there are no static lists of live
 * instances.
 */
public abstract class Module {
    private final Map<String, Parameter> parameters = new LinkedHashMap<>();
    private final Map<String, INDArray> buffers = new LinkedHashMap<>();
    private final Map<String, Module> children = new LinkedHashMap<>();
    private boolean training = true;

    /** Applies the module to {@code input}. */
    public abstract Tensor forward(Tensor input);

    /** The immutable configuration that rebuilds this module's architecture. */
    public abstract LayerSpec spec();

    // ---- registration ---------------------------------------------------------------------------

    /** Registers a trainable parameter holding a copy of {@code initial}; returns it. */
    protected final Parameter registerParameter(String name, INDArray initial) {
        checkName(name);
        Parameter p = new Parameter(initial);
        parameters.put(name, p);
        return p;
    }

    /** Registers a buffer holding a copy of {@code initial}; returns the stored array. */
    protected final INDArray registerBuffer(String name, INDArray initial) {
        checkName(name);
        INDArray b = initial.dup('c');
        buffers.put(name, b);
        return b;
    }

    /** Registers a child module under {@code name}; returns it. */
    protected final <M extends Module> M registerModule(String name, M child) {
        checkName(name);
        if (child == null) {
            throw new IllegalArgumentException("child module '" + name + "' is null");
        }
        children.put(name, child);
        return child;
    }

    /** This module's own parameter {@code name}. */
    protected final Parameter param(String name) {
        Parameter p = parameters.get(name);
        if (p == null) {
            throw new IllegalArgumentException(getClass().getSimpleName() + " has no parameter '" + name
                    + "'; it has " + parameters.keySet());
        }
        return p;
    }

    /** True when this module owns a parameter called {@code name} (e.g. an optional bias). */
    protected final boolean hasParam(String name) {
        return parameters.containsKey(name);
    }

    /** This module's own buffer {@code name}, the live array (updated in place). */
    protected final INDArray buffer(String name) {
        INDArray b = buffers.get(name);
        if (b == null) {
            throw new IllegalArgumentException(getClass().getSimpleName() + " has no buffer '" + name
                    + "'; it has " + buffers.keySet());
        }
        return b;
    }

    private void checkName(String name) {
        if (name == null || name.isEmpty() || name.contains(".")) {
            throw new IllegalArgumentException("name must be non-empty and contain no '.', got '" + name + "'");
        }
        if (parameters.containsKey(name) || buffers.containsKey(name) || children.containsKey(name)) {
            throw new IllegalArgumentException("name '" + name + "' is already registered in "
                    + getClass().getSimpleName());
        }
    }

    // ---- traversal ------------------------------------------------------------------------------

    /** Direct children, in registration order (read-only). */
    public final Map<String, Module> namedChildren() {
        return Collections.unmodifiableMap(children);
    }

    /** This module (path {@code ""}) and every descendant, depth-first, keyed by dotted path. */
    public final Map<String, Module> namedModules() {
        Map<String, Module> out = new LinkedHashMap<>();
        collectModules("", this, out);
        return out;
    }

    private static void collectModules(String prefix, Module m, Map<String, Module> out) {
        out.put(prefix, m);
        for (Map.Entry<String, Module> c : m.children.entrySet()) {
            collectModules(prefix.isEmpty() ? c.getKey() : prefix + "." + c.getKey(), c.getValue(), out);
        }
    }

    /** Every parameter of the tree by dotted path, in registration order. */
    public final Map<String, Parameter> namedParameters() {
        Map<String, Parameter> out = new LinkedHashMap<>();
        namedModules().forEach((path, m) -> m.parameters.forEach((n, p) -> out.put(join(path, n), p)));
        return out;
    }

    /** Every parameter of the tree, in the order of {@link #namedParameters()}. */
    public final List<Parameter> parameters() {
        return new ArrayList<>(namedParameters().values());
    }

    /** Every buffer of the tree by dotted path (live arrays). */
    public final Map<String, INDArray> namedBuffers() {
        Map<String, INDArray> out = new LinkedHashMap<>();
        namedModules().forEach((path, m) -> m.buffers.forEach((n, b) -> out.put(join(path, n), b)));
        return out;
    }

    /** Total number of trainable scalars. */
    public final long parameterCount() {
        long n = 0;
        for (Parameter p : namedParameters().values()) {
            n += p.value().length();
        }
        return n;
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    // ---- state ----------------------------------------------------------------------------------

    /**
     * Parameters then buffers by dotted path: the live arrays, not copies. This is exactly what a
     * checkpoint's {@code weights.safetensors} holds.
     */
    public final Map<String, INDArray> stateDict() {
        Map<String, INDArray> out = new LinkedHashMap<>();
        namedParameters().forEach((n, p) -> out.put(n, p.value()));
        out.putAll(namedBuffers());
        return out;
    }

    /**
     * Copies {@code state} into the parameters and buffers in place, strictly: every key must be
     * present, no key may be unexpected and every shape must match. Values are cast to each
     * target's data type. Nothing is modified when the check fails.
     *
     * @throws IllegalArgumentException one line listing the missing, unexpected and mis-shaped names
     */
    public final void loadStateDict(Map<String, INDArray> state) {
        Map<String, INDArray> own = stateDict();
        String problems = mismatches(own, state);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("state does not match " + getClass().getSimpleName() + ": " + problems);
        }
        own.forEach((n, a) -> a.assign(state.get(n).castTo(a.dataType())));
    }

    /** The missing, unexpected and mis-shaped keys of {@code state} against {@code own}, or "". */
    private static String mismatches(Map<String, INDArray> own, Map<String, INDArray> state) {
        List<String> missing = new ArrayList<>();
        own.forEach((n, a) -> {
            if (!state.containsKey(n)) {
                missing.add(n + Arrays.toString(a.shape()));
            }
        });
        List<String> unexpected = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        for (String n : new TreeSet<>(state.keySet())) {
            INDArray a = own.get(n);
            long[] got = state.get(n).shape();
            if (a == null) {
                unexpected.add(n + Arrays.toString(got));
            } else if (!Arrays.equals(a.shape(), got)) {
                wrong.add(n + " expected " + Arrays.toString(a.shape()) + " got " + Arrays.toString(got));
            }
        }
        List<String> problems = new ArrayList<>();
        if (!missing.isEmpty()) {
            problems.add("missing " + missing);
        }
        if (!unexpected.isEmpty()) {
            problems.add("unexpected " + unexpected);
        }
        if (!wrong.isEmpty()) {
            problems.add("wrong shape " + wrong);
        }
        return String.join("; ", problems);
    }

    /**
     * Replaces every parameter and buffer of the tree by a copy cast to {@code type} (float64 for
     * gradient checks). Build optimisers after this call: it creates new {@link Parameter} objects.
     */
    public final Module castTo(DataType type) {
        for (Module m : namedModules().values()) {
            m.parameters.replaceAll((n, p) -> new Parameter(p.value().castTo(type)));
            m.buffers.replaceAll((n, b) -> b.castTo(type).dup('c'));
        }
        return this;
    }

    // ---- modes and randomness -------------------------------------------------------------------

    /** Training mode (the default) for this module and all descendants. */
    public final Module train() {
        return train(true);
    }

    /** Evaluation mode for this module and all descendants (dropout off, BatchNorm uses running stats). */
    public final Module eval() {
        return train(false);
    }

    /** Sets training mode on the whole tree. */
    public final Module train(boolean on) {
        for (Module m : namedModules().values()) {
            m.training = on;
        }
        return this;
    }

    public final boolean isTraining() {
        return training;
    }

    /** Clears the gradient of every parameter. */
    public final void zeroGrad() {
        for (Parameter p : namedParameters().values()) {
            p.zeroGrad();
        }
    }

    /**
     * Re-seeds every stochastic module of the tree (Dropout, ...). Each module receives a seed
     * derived from {@code seed} and its dotted path, so sibling layers draw different streams. A
     * trainer calls this at the start of each epoch with a seed derived from the run seed and the
     * epoch, which makes a resumed run draw exactly the masks of an uninterrupted one.
     */
    public final void reseed(long seed) {
        for (Map.Entry<String, Module> e : namedModules().entrySet()) {
            long mixed = new SplittableRandom(seed ^ (0x9E3779B97F4A7C15L * (e.getKey().hashCode() + 1L))).nextLong();
            e.getValue().onReseed(mixed);
        }
    }

    /** Hook for stochastic modules: restart the random stream from {@code seed}. No-op by default. */
    protected void onReseed(long seed) {
    }

    @Override
    public String toString() {
        return spec().toString();
    }
}
