package org.snn4j.neurons.fused;

import java.util.Arrays;
import org.snn4j.autograd.backend.ArrayPool;
/**
 * What the fused linear-charge node keeps per neuron-step for its reverse sweep when that sweep
 * needs no membrane: the surrogate derivative {@code σ = σ'(h − θ)} of every step, and the spikes
 * as bits when the sweep reads them (a reset to a value, or a threshold gradient). With a detached
 * reset, BPTT of {@code h = a·v + b·x + c} reads nothing else ({@link LinearChargeKernel}), so the
 * node keeps {@code σ} instead of its input current and the reverse sweep does not re-run the
 * forward recurrence.
 *
 * <p>{@code σ} is kept either in the lane type (exact: 4 B per neuron-step in float32, 8 B in
 * float64) or, {@code compact} (float32 only, the default: {@link FusedLinearCharge#compactState()}),
 * as a 16-bit code relative to the surrogate's peak ({@link SigmaCode}: 2 B, absolute error at most
 * 7.7·10⁻⁶ of the peak); spikes cost 1 bit. One array per block of the {@link SequenceLayout},
 * written by the forward pass of that block only, so blocks run in parallel without sharing (a
 * compact state also keeps each block's crossing buffer for the coding). An exact σ is computed in
 * place in that array and read there by the reverse sweep ({@link #exact}), with no copy per step;
 * a compact one is computed in a row and coded ({@link #put}), and decoded back ({@link #get}).
 * The arrays come from the {@link ArrayPool} and go back to it when the graph drops the node
 * ({@link #release}), so a training loop reuses one step's state arrays in the next instead of
 * allocating them (tens of MB per step for a conv net, which young collections otherwise copy
 * while the step runs).
 *
 * @param <A> {@code float[]} or {@code double[]}
 */
final class StepState<A> {
    private final Lanes<A> lanes;
    private final int steps;
    private final Object[] sigma;
    private final long[][] spikes;
    /** Null for an exact state. */
    private final SigmaCode code;
    /** Per block, {@link SigmaCode#crossing()} (null entries without the vector API); null for an exact state. */
    private final byte[][] crossing;
    private boolean released;

    /**
     * @param code null to keep σ exact; else (float32 lanes only) the code σ is kept in
     */
    StepState(Lanes<A> lanes, SequenceLayout layout, boolean keepSpikes, SigmaCode code) {
        this.lanes = lanes;
        this.steps = layout.steps();
        this.code = code;
        int blocks = layout.blocks();
        sigma = new Object[blocks];
        spikes = keepSpikes ? new long[blocks][] : null;
        crossing = code != null ? new byte[blocks][] : null;
        for (int blk = 0; blk < blocks; blk++) {
            int width = layout.width(blk);
            int n = steps * width;
            sigma[blk] = code != null ? ArrayPool.ints(steps * SigmaCode.words(width)) : lanes.pooled(n);
            if (code != null) {
                crossing[blk] = SigmaCode.crossing();
            }
            if (keepSpikes) {
                spikes[blk] = ArrayPool.longs((n + 63) >>> 6);
                Arrays.fill(spikes[blk], 0L);
            }
        }
    }

    /**
     * Gives the arrays back to the {@link ArrayPool} once the node's rule is dropped (its backward
     * pass has run and will not run again); the state must not be read afterwards.
     */
    void release() {
        if (released) {
            return;
        }
        released = true;
        for (int blk = 0; blk < sigma.length; blk++) {
            ArrayPool.give(sigma[blk]);
            sigma[blk] = null;
            if (spikes != null) {
                ArrayPool.give(spikes[blk]);
                spikes[blk] = null;
            }
        }
    }

    boolean keepsSpikes() {
        return spikes != null;
    }

    /**
     * The exact σ array of block {@code block} ({@code steps · width} lanes, step {@code t} at
     * {@code t · width}), which the kernel writes and reads in place instead of copying through
     * {@link #put}/{@link #get}; null for a compact state.
     */
    @SuppressWarnings("unchecked")
    A exact(int block) {
        checkLive();
        return code != null ? null : (A) sigma[block];
    }

    /** Stores the spikes {@code s[0, len)} of step {@code t} of block {@code block} (when kept). */
    void putSpikes(int block, int t, A s, int len) {
        if (spikes != null) {
            lanes.packBits(s, spikes[block], t * len, len);
        }
    }

    /** Loads the spikes of step {@code t} of block {@code block} into {@code s} (when kept). */
    private void getSpikes(int block, int t, A s, int len) {
        checkLive();
        if (spikes != null) {
            lanes.unpackBits(spikes[block], t * len, s, len);
        }
    }

    private void checkLive() {
        if (released) {
            throw new IllegalStateException("the neuron state was released with its graph; backward ran twice");
        }
    }

    /** Stores step {@code t} of block {@code block}: {@code σ[0, len)} and spikes {@code s[0, len)}. */
    @SuppressWarnings("unchecked")
    void put(int block, int t, A sig, A s, int len) {
        if (code != null) {
            code.encode((float[]) sig, (int[]) sigma[block], t * SigmaCode.words(len), len, crossing[block]);
        } else {
            System.arraycopy(sig, 0, (A) sigma[block], t * len, len);
        }
        putSpikes(block, t, s, len);
    }

    /** Loads step {@code t} of block {@code block} into {@code sig} (and {@code s} when spikes are kept). */
    @SuppressWarnings("unchecked")
    void get(int block, int t, A sig, A s, int len) {
        checkLive();
        if (code != null) {
            code.decode((int[]) sigma[block], t * SigmaCode.words(len), (float[]) sig, len, crossing[block]);
        } else {
            System.arraycopy((A) sigma[block], t * len, sig, 0, len);
        }
        getSpikes(block, t, s, len);
    }
}
