package org.snn4j.autograd.train;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.snn4j.autograd.nn.Module;

/**
 * A gradient monitor in the style of SpikingJelly's {@code GradOutputMonitor}: after every
 * backward pass it records, per layer, the L2 norm of the gradients of that layer's own
 * parameters, {@code ‖∇θ_l‖₂ = sqrt(Σ_{p ∈ l} Σ_i (∂L/∂p_i)²)}. Vanishing or exploding
 * gradients through the surrogate show up as layer norms that shrink or grow along the network.
 *
 * <pre>{@code
 * GradientNorms g = new GradientNorms();
 * new Trainer(model, opt, null, objective, config, g).fit(train, test);
 * List<Map<String, Double>> perStep = g.history();   // one {layer path -> norm} per batch
 * }</pre>
 */
public final class GradientNorms implements TrainingListener {
    private final List<Map<String, Double>> history = new ArrayList<>();

    /** The per-layer gradient norms of {@code model} as they are now (layers without gradients are left out). */
    public static Map<String, Double> of(Module model) {
        Map<String, Double> squares = new LinkedHashMap<>();
        model.namedParameters().forEach((name, p) -> {
            INDArray g = p.grad();
            if (g != null) {
                int dot = name.lastIndexOf('.');
                double n = g.norm2Number().doubleValue();
                squares.merge(dot < 0 ? "<root>" : name.substring(0, dot), n * n, Double::sum);
            }
        });
        Map<String, Double> out = new LinkedHashMap<>();
        squares.forEach((layer, sq) -> out.put(layer, Math.sqrt(sq)));
        return out;
    }

    @Override
    public void afterBackward(Module model) {
        history.add(of(model));
    }

    /** One map (layer path → gradient L2 norm) per recorded step, oldest first. */
    public List<Map<String, Double>> history() {
        return Collections.unmodifiableList(history);
    }
}
