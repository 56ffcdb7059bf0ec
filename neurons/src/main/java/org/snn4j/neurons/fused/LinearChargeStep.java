package org.snn4j.neurons.fused;

import org.snn4j.neurons.model.ChargeLaw;
import org.snn4j.neurons.model.Readout;
import org.snn4j.neurons.model.ResetLaw;

/**
 * One forward step of linear-charge neurons over a flat batch state {@code [B·N]} in float64, for
 * simulators that advance one time step at a time (conversion's IF simulator). It runs the step of
 * {@link LinearChargeKernel} (the body the fused-vs-tape sweep checks) block by block:
 *
 * <pre>
 * h = a·v + b·x + c,   s = H(h − θ),   v ← h + s·(q·(vReset − h) − r·θ)
 * </pre>
 * For IF ({@link ChargeLaw#integrate()}) with reset by subtraction or to 0 this is exactly
 * {@code h = v + x}, {@code s = [h ≥ θ]}, {@code v ← h − s·θ} or {@code (1 − s)·h} (Rueckauer et al.
 * 2017, eqs. 1–3). A step allocates nothing; an instance is not thread-safe.
 */
public final class LinearChargeStep {
    private final LinearChargeKernel<double[]> kernel;
    private final SequenceLayout layout;
    private final Coefficients<double[]>[] blocks;
    private final double[] v;
    private final double[] x;
    private final double[] h;
    private final double[] s;

    /**
     * @param law        the charge law (its learnable parameter, if any, is read at its current value)
     * @param reset      the reset after a spike
     * @param spikesOut  whether {@link #apply} reports spikes (else the pre-reset membrane)
     * @param threshold  θ per layer (length 1) or per channel of the first neuron dimension
     * @param batch      B
     * @param neurons    N, the neurons of one sample
     */
    @SuppressWarnings("unchecked")
    public LinearChargeStep(ChargeLaw law, ResetLaw reset, boolean spikesOut, double[] threshold, int batch,
                            int neurons) {
        this.layout = SequenceLayout.of(new long[] {1, batch, neurons});
        this.kernel = new LinearChargeKernel<>(DoubleLanes.INSTANCE, layout, law, reset,
                spikesOut ? Readout.SPIKES : Readout.MEMBRANE, null, threshold);
        this.blocks = new Coefficients[layout.blocksPerSample()];
        for (int i = 0; i < blocks.length; i++) {
            blocks[i] = kernel.keptCoefficients(layout.firstNeuron(i), layout.width(i));
        }
        int width = Math.min(SequenceLayout.BLOCK, neurons);
        v = new double[width];
        x = new double[width];
        h = new double[width];
        s = new double[width];
    }

    /**
     * Advances every neuron one step: {@code membrane} ({@code [B·N]}) is updated in place and the
     * step's output (spikes or pre-reset membrane) handed to {@code out} block by block, in order.
     */
    public void apply(double[] input, double[] membrane, BlockOutput out) {
        for (int blk = 0; blk < layout.blocks(); blk++) {
            int len = layout.width(blk);
            int at = layout.stateIndex(layout.sampleOf(blk), layout.firstNeuron(blk));
            System.arraycopy(membrane, at, v, 0, len);
            System.arraycopy(input, at, x, 0, len);
            double[] y = kernel.step(blocks[blk % blocks.length], v, x, h, s, len);
            System.arraycopy(v, 0, membrane, at, len);
            out.accept(at, y, len);
        }
    }
}
