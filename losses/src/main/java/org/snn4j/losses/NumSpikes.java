package org.snn4j.losses;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.snn4j.autograd.Broadcasting;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.ops.Arithmetic;
import org.snn4j.autograd.ops.Reductions;
import org.snn4j.autograd.temporal.SrmAlphaKernel;
import org.snn4j.autograd.temporal.TemporalKernel;

/**
 * SLAYER's spike-count loss (Shrestha &amp; Orchard, "SLAYER: Spike Layer Error Reassignment in
 * Time", NeurIPS 2018; the {@code NumSpikes} error of slayerPytorch).
 *
 * <p>The paper's loss is {@code E = ½ ∫ e(t)² dt} with the count error
 * {@code e(t) = ∫_{T_int} (s(τ) − ŝ(τ)) dτ}: only the number of output spikes inside a target
 * window matters. With the window {@code W = [startStep, stopStep)} of {@code L} steps, unit spikes
 * {@code s[t,b,c] ∈ {0, 1}}, labels {@code y} and a causal error filter {@code F} (kernel
 * {@code errorKernel}), discretised at {@code Ts}:
 * <pre>
 * A[b,c] = Σ_{t∈W} s[t,b,c]                        actual count in the window (held constant)
 * D[b,c] = trueCount if c = y_b, else falseCount   desired count
 * e      = F(s − sg(s)·1_W) + ((A − D)/L)·1_W      the error signal; in value
 *        = F(s·1_{t∉W})     + ((A − D)/L)·1_W
 * L      = ½ · Ts · Σ_{t,b,c} e[t,b,c]²              summed over the batch, like slayerPytorch
 * </pre>
 * {@code sg} is stop-gradient (detach). Inside the window this is the error against the target
 * signal {@code ŝ[t] = s[t] + (D − A)/L} (the actual spikes plus the missing count spread evenly
 * over the window, so {@code s − ŝ = (A − D)/L}); outside it, spikes are errors against silence,
 * filtered as in {@link SpikeTime}. This is slayerPytorch's construction. Choices made here:
 * <ul>
 *   <li>Spikes are unit events, so counts need no {@code ·Ts} (slayerPytorch's spikes have
 *       amplitude 1/Ts and it multiplies the sum by Ts: the same count).</li>
 *   <li>With the identity filter ({@link TemporalKernel#delta()}, the default) the gradient
 *       {@code ∂L/∂s[t] = Ts·e[t]} is exactly the derivative of the loss value (inside W:
 *       {@code Ts·(A − D)/L}, outside: {@code Ts·s[t]}), and the gradient checker verifies it.</li>
 *   <li>With SLAYER's ε filter (slayerPytorch passes {@code s − ŝ} through its {@code psp}), the
 *       gradient is SLAYER's error assignment {@code ∂L/∂s = Ts·Fᵀe} (the correlation of e with ε),
 *       which is <i>not</i> the derivative of the value: the count inside the window is held
 *       constant, as in slayerPytorch. The value is the same either way.</li>
 *   <li>slayerPytorch's optional {@code numSpikesScale} is left out: it scales the count error
 *       inside the value, which would make the gradient differ from the value's derivative even
 *       with the identity filter; multiply the loss instead.</li>
 * </ul>
 * With the whole sequence as window and the identity filter, {@code L = ½·Ts·Σ_{b,c} (A − D)²/T}:
 * the plain squared count error, divided by {@code T} (each of the T steps carries 1/T of it).
 *
 * @param startStep   first step of the window, ≥ 0
 * @param stopStep    end of the window (exclusive), &gt; startStep, or {@link #TO_END} for T
 * @param trueCount   desired spikes in the window for the labelled class, ≥ 0
 * @param falseCount  desired spikes in the window for every other class, ≥ 0
 * @param errorKernel the filter F of the spike-train part of the error ({@link TemporalKernel#delta()}
 *                    for none; slayerPytorch uses its ε, {@link SrmAlphaKernel})
 * @param tsMs        the step Ts in ms (the integral's dt), &gt; 0
 */
public record NumSpikes(int startStep, int stopStep, double trueCount, double falseCount,
                        TemporalKernel errorKernel, double tsMs) implements ClassificationLoss {
    /** {@code stopStep} value meaning "the end of the sequence". */
    public static final int TO_END = -1;

    public NumSpikes {
        if (startStep < 0) {
            throw new IllegalArgumentException("startStep must be >= 0, got " + startStep);
        }
        if (stopStep != TO_END && stopStep <= startStep) {
            throw new IllegalArgumentException("stopStep must be > startStep (" + startStep + ") or TO_END (-1), got "
                    + stopStep);
        }
        if (!(trueCount >= 0) || Double.isInfinite(trueCount)) {
            throw new IllegalArgumentException("trueCount must be a finite count >= 0, got " + trueCount);
        }
        if (!(falseCount >= 0) || Double.isInfinite(falseCount)) {
            throw new IllegalArgumentException("falseCount must be a finite count >= 0, got " + falseCount);
        }
        if (errorKernel == null) {
            throw new IllegalArgumentException("errorKernel must be a TemporalKernel (TemporalKernel.delta() for none)");
        }
        if (!(tsMs > 0) || Double.isInfinite(tsMs)) {
            throw new IllegalArgumentException("tsMs must be in (0, inf) ms, got " + tsMs);
        }
    }

    /** The whole sequence as window, identity filter, Ts = 1 ms. */
    public static NumSpikes wholeSequence(double trueCount, double falseCount) {
        return new NumSpikes(0, TO_END, trueCount, falseCount, TemporalKernel.delta(), 1);
    }

    /**
     * A window given in ms as in slayerPytorch's {@code tgtSpikeRegion}: the steps are
     * {@code rint(startMs/Ts)} and {@code rint(stopMs/Ts)}.
     */
    public static NumSpikes fromMs(double startMs, double stopMs, double trueCount, double falseCount,
                                   TemporalKernel errorKernel, double tsMs) {
        if (!(tsMs > 0)) {
            throw new IllegalArgumentException("tsMs must be in (0, inf) ms, got " + tsMs);
        }
        return new NumSpikes((int) Math.rint(startMs / tsMs), (int) Math.rint(stopMs / tsMs), trueCount, falseCount,
                errorKernel, tsMs);
    }

    @Override
    public String name() {
        return "num-spikes";
    }

    @Override
    public Tensor loss(Tensor output, int[] labels) {
        long[] dims = LossInputs.requireClassified(name(), output, labels);
        long steps = dims[0];
        long classes = dims[2];
        long stop = stopStep == TO_END ? steps : stopStep;
        if (stop > steps) {
            throw new IllegalArgumentException(name() + ": window [" + startStep + ", " + stopStep
                    + ") does not fit in T = " + steps + " steps");
        }
        INDArray window = LossInputs.stepWindow(steps, startStep, stop, output.dataType());
        INDArray desired = LossInputs.classTargets(labels, classes, trueCount, falseCount, output.dataType());
        INDArray actual = output.value().get(NDArrayIndex.interval(startStep, stop), NDArrayIndex.all(),
                NDArrayIndex.all()).sum(0);
        INDArray countError = actual.sub(desired).divi(stop - startStep);
        long[] shape = output.shape();
        Tensor spread = Tensor.constant(Broadcasting.expand(window, shape)
                .mul(Broadcasting.expand(countError.reshape(1, shape[1], classes), shape)));
        Tensor held = Arithmetic.mul(output.detach(), Tensor.constant(window));
        Tensor residual = Arithmetic.sub(output, held);
        double[] h = errorKernel.taps();
        Tensor filtered = h.length == 1 && h[0] == 1 ? residual : errorKernel.filter(residual);
        Tensor e = Arithmetic.add(filtered, spread);
        return Arithmetic.mul(Reductions.sum(Arithmetic.mul(e, e)), 0.5 * tsMs);
    }
}
