package org.snn4j.neurons.slayer;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.ops.Indexing;
import org.snn4j.neurons.model.NeuronState;

/**
 * The immutable state of SRM neurons between steps: what the past still adds to the coming
 * membranes. With K ε taps, L ν taps and {@code H = max(K, L) − 1} ({@link SrmParameters#historySteps()}),
 * after step t
 *
 * <pre>
 * pending[j] = Σ_{k ≥ j+1} ε[k]·a[t + 1 + j − k] + Σ_{i ≥ j+1} ν[i]·s[t + 1 + j − i],   j = 0 … H − 1
 * </pre>
 * is the part of {@code u[t + 1 + j]} due to drives and spikes up to t (SRM membrane equation,
 * Shrestha &amp; Orchard 2018, eq. 1, with the truncated kernels). The drive terms stay on the tape
 * (the gradient flows back through ε); the spike terms use detached spikes, since SLAYER does not
 * differentiate through the refractory response. At rest every entry is 0.
 *
 * <p>The rest state and the fused path's (detached) final state are computed on first use of
 * {@link #pending()}: a layer that does not stream never pays for them.
 */
public final class SrmState implements NeuronState {
    private final boolean rest;
    private Supplier<Tensor> source;
    private Tensor pending;

    /** @param pending {@code [H, B, ...]}: row j is added to the membrane j + 1 steps later */
    public SrmState(Tensor pending) {
        this(false, null);
        check(pending);
        this.pending = pending;
    }

    private SrmState(boolean rest, Supplier<Tensor> source) {
        this.rest = rest;
        this.source = source;
    }

    /** The state whose history {@code source} computes when first asked; {@code rest} if it is all zeros. */
    static SrmState lazy(boolean rest, Supplier<Tensor> source) {
        return new SrmState(rest, source);
    }

    /** Whether this is the rest state (no history) by construction. */
    boolean atRest() {
        return rest;
    }

    /** {@code [H, B, ...]}: row j is added to the membrane j + 1 steps later. */
    public synchronized Tensor pending() {
        if (pending == null) {
            Tensor p = source.get();
            check(p);
            pending = p;
            source = null;
        }
        return pending;
    }

    /** The next step's membrane before its own drive: {@code pending[0]} (all of it, since ε(0) = 0). */
    @Override
    public Tensor membrane() {
        return Indexing.select(pending(), 0, 0);
    }

    @Override
    public List<Tensor> tensors() {
        return List.of(pending());
    }

    @Override
    public SrmState detach() {
        return new SrmState(pending().detach());
    }

    private static void check(Tensor pending) {
        if (pending == null || pending.rank() < 2) {
            throw new IllegalArgumentException("srm state: pending must be [H, B, ...], got "
                    + (pending == null ? "null" : Arrays.toString(pending.shape())));
        }
    }
}
