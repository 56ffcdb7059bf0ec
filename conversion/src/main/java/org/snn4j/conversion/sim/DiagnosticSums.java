package org.snn4j.conversion.sim;

/** Running sums behind one {@link LayerDiagnostics} entry (one layer, one T). */
final class DiagnosticSums {
    private double rate;
    private double activation;
    private double absError;
    private double error;
    private double residual;
    private double absResidual;
    private long n;

    /** Adds one neuron of one sample: rate r, normalised activation â and residual V/(V_thr·T). */
    void add(double r, double a, double residualTerm) {
        rate += r;
        activation += a;
        absError += Math.abs(r - a);
        error += r - a;
        residual += residualTerm;
        absResidual += Math.abs(residualTerm);
        n++;
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
