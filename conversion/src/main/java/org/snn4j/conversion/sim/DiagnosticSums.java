package org.snn4j.conversion.sim;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/** Running sums behind one {@link LayerDiagnostics} entry (one layer, one T). */
final class DiagnosticSums {
    private double rate;
    private double activation;
    private double absError;
    private double error;
    private double residual;
    private double absResidual;
    private long n;

    /**
     * @param rate       r = N/T per neuron and sample
     * @param activation â = a/λ per neuron and sample
     * @param residual   V(T)/(V_thr·T), or null for a layer without reset (membrane readout)
     */
    void add(INDArray rate, INDArray activation, INDArray residual) {
        INDArray diff = rate.sub(activation);
        this.rate += rate.sumNumber().doubleValue();
        this.activation += activation.sumNumber().doubleValue();
        absError += Transforms.abs(diff, false).sumNumber().doubleValue();
        error += rate.sumNumber().doubleValue() - activation.sumNumber().doubleValue();
        if (residual != null) {
            this.residual += residual.sumNumber().doubleValue();
            absResidual += Transforms.abs(residual, true).sumNumber().doubleValue();
        }
        n += rate.length();
    }

    void merge(DiagnosticSums o) {
        rate += o.rate;
        activation += o.activation;
        absError += o.absError;
        error += o.error;
        residual += o.residual;
        absResidual += o.absResidual;
        n += o.n;
    }

    LayerDiagnostics result(int layer, int timesteps) {
        double d = Math.max(1, n);
        return new LayerDiagnostics(layer, timesteps, rate / d, activation / d, absError / d, error / d, residual / d,
                absResidual / d);
    }
}
