package org.snn4j.conversion.ttfs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.snn4j.autograd.nn.Flatten;
import org.snn4j.autograd.nn.Module;
import org.snn4j.autograd.nn.Sequential;
import org.snn4j.conversion.UnsupportedLayerException;

/**
 * A constrained ANN converted to time-to-first-spike coding (LC-TTFS, Yang et al. 2023): the weights
 * {@code W^l} (each row summing to 1) of its layers, threshold θ = 1, layer l firing in the window
 * {@code [l, l+1)}. The ANN it comes from is {@code [Flatten] → (UnitSumLinear → ClippedReLU)+}
 * with no BatchNorm and no bias.
 *
 * @param weights {@code W^l [N_l][N_{l−1}]} for l = 1..L, in float64
 */
public record TtfsNetwork(List<double[][]> weights) {

    public TtfsNetwork {
        weights = List.copyOf(weights);
        if (weights.isEmpty()) {
            throw new IllegalArgumentException("a TTFS network needs at least one layer");
        }
        for (int l = 1; l < weights.size(); l++) {
            if (weights.get(l)[0].length != weights.get(l - 1).length) {
                throw new IllegalArgumentException("TTFS layer " + (l + 1) + " has " + weights.get(l)[0].length
                        + " inputs but layer " + l + " has " + weights.get(l - 1).length + " neurons");
            }
        }
    }

    /** Number of inputs. */
    public int inputs() {
        return weights.get(0)[0].length;
    }

    /**
     * Reads a trained constrained ANN.
     *
     * @throws UnsupportedLayerException for any layer other than a leading Flatten and
     *                                   UnitSumLinear → ClippedReLU pairs, naming its position
     */
    public static TtfsNetwork of(Module ann) {
        List<Map.Entry<String, Module>> layers = new ArrayList<>();
        if (ann instanceof Sequential) {
            layers.addAll(ann.namedChildren().entrySet());
        } else {
            layers.add(Map.entry("0", ann));
        }
        List<double[][]> out = new ArrayList<>();
        boolean needRelu = false;
        for (int i = 0; i < layers.size(); i++) {
            String pos = layers.get(i).getKey();
            Module m = layers.get(i).getValue();
            if (m instanceof Flatten && i == 0) {
                continue;
            }
            if (m instanceof UnitSumLinear u && !needRelu) {
                out.add(u.effectiveWeight().castTo(DataType.DOUBLE).toDoubleMatrix());
                needRelu = true;
            } else if (m instanceof ClippedReLU && needRelu) {
                needRelu = false;
            } else {
                throw new UnsupportedLayerException(pos, typeName(m), "LC-TTFS converts [flatten] then pairs of "
                        + "unit-sum-linear and relu1 (LC-TTFS needs Σ_j w_ij = 1, ReLU1, no bias, no BatchNorm)");
            }
        }
        if (needRelu) {
            throw new IllegalArgumentException("LC-TTFS: the last unit-sum-linear needs a relu1 after it");
        }
        return new TtfsNetwork(out);
    }

    private static String typeName(Module m) {
        try {
            return m.spec().typeName();
        } catch (IllegalArgumentException e) {
            return m.getClass().getSimpleName();
        }
    }
}
