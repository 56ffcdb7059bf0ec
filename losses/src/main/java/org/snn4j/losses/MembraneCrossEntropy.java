package org.snn4j.losses;

import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.ops.LossFunctions;
import org.snn4j.autograd.ops.Reductions;

/**
 * Cross-entropy on a membrane-potential read-out of non-spiking (or spiking) output neurons.
 *
 * <pre>
 * z[b,c] = (1/T) Σ_t u[t,b,c]     (MEAN)      or     z[b,c] = max_t u[t,b,c]     (MAX)
 * L      = −(1/B) Σ_b log softmax(z[b,·])[y_b]
 * </pre>
 * {@code u} is the output layer's membrane potential (in the neuron's voltage units; the softmax
 * treats it as a logit). MAX is snnTorch's {@code ce_max_membrane_loss}, taken from Zenke's
 * SpyTorch tutorial (Zenke &amp; Vogels, Neural Computation 2021); MEAN is the mean-over-time
 * read-out used with non-spiking integrator outputs.
 *
 * @param readout how the trace is reduced over time
 */
public record MembraneCrossEntropy(MembraneReadout readout) implements ClassificationLoss {

    public MembraneCrossEntropy {
        if (readout == null) {
            throw new IllegalArgumentException("readout must be MEAN or MAX, got null");
        }
    }

    @Override
    public String name() {
        return readout == MembraneReadout.MEAN ? "membrane-ce-mean" : "membrane-ce-max";
    }

    @Override
    public Tensor loss(Tensor output, int[] labels) {
        LossInputs.requireClassified(name(), output, labels);
        Tensor logits = readout == MembraneReadout.MEAN
                ? Reductions.mean(output, false, 0)
                : Reductions.max(output, false, 0);
        return LossFunctions.crossEntropy(logits, labels);
    }
}
