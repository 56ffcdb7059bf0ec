package org.snn4j.neurons.model;

import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.ops.Activations;

/**
 * Parametric LIF (Fang et al. 2021, "Incorporating learnable membrane time constant to enhance
 * learning of spiking neural networks", ICCV, Eq. 5; SpikingJelly's {@code ParametricLIFNode}):
 * the charge-form LIF whose factor {@code k = dt/τ = sigmoid(w)} is learned, one {@code w} per
 * layer or per channel (the caller's tensor {@value #W}).
 *
 * <pre>
 * decayInput:   h[t] = v[t−1] + sigmoid(w)·(x[t] − (v[t−1] − vReset))
 * otherwise:    h[t] = v[t−1] − sigmoid(w)·(v[t−1] − vReset) + x[t]
 * fire, reset:  s[t] = H(h[t] − θ),  v[t] per {@link ResetMode}
 * ∂L/∂w = sigmoid(w)·(1 − sigmoid(w))·Σ_t,b,n ∂L/∂h[t]·(x[t]·[decayInput] − v[t−1] + vReset)
 * </pre>
 * τ = dt / sigmoid(w) in ms; {@code w} starts at {@code −ln(τ₀/dt − 1)}.
 */
public final class Plif extends LinearChargeNeuron<PlifParameters> {
    /** The name of the learnable tensor. */
    public static final String W = "w";

    @Override
    public Class<PlifParameters> parametersType() {
        return PlifParameters.class;
    }

    @Override
    public PlifParameters defaults() {
        return PlifParameters.defaults();
    }

    @Override
    public Map<String, Double> learnables(PlifParameters p) {
        return Map.of(W, p.initialW());
    }

    /** The membrane time constants τ = dt / sigmoid(w) in ms for the given {@code w}, one per channel. */
    public static double[] tauMs(PlifParameters p, Tensor w) {
        double[] k = factors(w);
        for (int i = 0; i < k.length; i++) {
            k[i] = p.dtMs() / k[i];
        }
        return k;
    }

    @Override
    Tensor charge(Tensor v, Tensor x, PlifParameters p, NeuronTensors t) {
        Tensor k = Activations.sigmoid(t.perChannel(W, x));
        Tensor leak = v.add(-p.firing().vReset());
        return p.decayInput() ? v.add(x.sub(leak).mul(k)) : v.sub(leak.mul(k)).add(x);
    }

    private static double[] factors(Tensor w) {
        double[] k = w.value().castTo(DataType.DOUBLE).dup('c').data().asDouble();
        for (int i = 0; i < k.length; i++) {
            k[i] = 1.0 / (1.0 + Math.exp(-k[i]));
        }
        return k;
    }

    @Override
    ChargeLaw chargeLaw(PlifParameters p, NeuronTensors t) {
        Tensor w = t.get(W);
        double[] k = factors(w);
        double vReset = p.firing().vReset();
        boolean decayInput = p.decayInput();
        double[][] abc = new double[3][k.length];
        for (int i = 0; i < k.length; i++) {
            abc[0][i] = 1.0 - k[i];
            abc[1][i] = decayInput ? k[i] : 1.0;
            abc[2][i] = k[i] * vReset;
        }
        return new ChargeLaw() {
            @Override public double[] decay() {
                return abc[0].clone();
            }

            @Override public double[] inputGain() {
                return abc[1].clone();
            }

            @Override public double[] bias() {
                return abc[2].clone();
            }

            @Override public Tensor parameter() {
                return w;
            }

            @Override public INDArray parameterGradient(double[] dA, double[] dB, double[] dC) {
                double[] gw = new double[k.length];
                for (int i = 0; i < k.length; i++) {
                    double dk = -dA[i] + (decayInput ? dB[i] : 0.0) + vReset * dC[i];
                    gw[i] = dk * k[i] * (1.0 - k[i]);
                }
                return Nd4j.create(gw, w.shape(), 'c').castTo(w.dataType());
            }
        };
    }
}
