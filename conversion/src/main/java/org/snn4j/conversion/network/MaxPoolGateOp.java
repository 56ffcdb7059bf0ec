package org.snn4j.conversion.network;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.snn4j.autograd.GradMode;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.ops.Pooling;

/**
 * Max pooling, converted by the spiking approximation of Rueckauer et al. 2017 (Front. Neurosci.
 * 11:682, section 2.2.4): each pooling window passes on, at every step, the spike of the input
 * neuron that has fired most so far (its running spike count, which estimates the firing rate).
 *
 * <pre>
 * analog:   y = max_{window} x
 * spiking:  n[t] = n[t−1] + s[t]                                (running counts, this step included)
 *           y[t] = 2·( max_{window}(n[t] + ½·s[t]) − max_{window} n[t] )
 * </pre>
 * Counts are whole multiples of the spike amplitude, so {@code n + ½·s} ranks first the inputs
 * with the highest count and, among them, one that spikes now: {@code y[t]} is one spike (of the
 * inputs' amplitude) exactly when a highest-count input spikes at {@code t}. Over T steps the
 * output rate tends to the largest input rate, i.e. max pooling of rates. It is an approximation:
 * while counts are still equal (early steps) the window behaves like an OR of its inputs.
 *
 * @param kernelSize window side, ≥ 1
 * @param stride     ≥ 1
 * @param padding    in [0, kernelSize/2]
 */
public record MaxPoolGateOp(int kernelSize, int stride, int padding) implements SynapseOp {

    public MaxPoolGateOp {
        if (kernelSize < 1 || stride < 1 || padding < 0 || 2 * padding > kernelSize) {
            throw new IllegalArgumentException("MaxPoolGateOp: kernelSize >= 1, stride >= 1, padding in "
                    + "[0, kernelSize/2] required, got " + kernelSize + ", " + stride + ", " + padding);
        }
    }

    /** Analog max pooling (the ANN's layer). */
    @Override
    public INDArray apply(INDArray x) {
        return maxPool(x);
    }

    /**
     * One spiking step: adds {@code spikes} to the running {@code counts} (updated in place, same
     * shape as the spikes) and returns the gated spikes of each window.
     */
    public INDArray gate(INDArray spikes, INDArray counts) {
        counts.addi(spikes);
        INDArray keyed = maxPool(counts.add(spikes.mul(0.5)));
        return keyed.subi(maxPool(counts)).muli(2.0);
    }

    private INDArray maxPool(INDArray x) {
        try (GradMode.Scope s = GradMode.noGrad()) {
            return Pooling.maxPool2d(Tensor.constant(x), kernelSize, stride, padding).value();
        }
    }

    @Override
    public long[] outputShape(long[] in) {
        return AvgPoolOp.poolShape(describe(), in, kernelSize, stride, padding);
    }

    @Override
    public String describe() {
        return "maxpool2d k" + kernelSize + " s" + stride + " p" + padding + " (spiking gate)";
    }
}
