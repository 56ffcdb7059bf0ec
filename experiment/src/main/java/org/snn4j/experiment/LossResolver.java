package org.snn4j.experiment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.snn4j.autograd.nn.LayerJson;
import org.snn4j.autograd.nn.LayerSpec;
import org.snn4j.autograd.temporal.TemporalKernel;
import org.snn4j.autograd.train.Objective;
import org.snn4j.experiment.config.LossConfig;
import org.snn4j.losses.ClassificationLoss;
import org.snn4j.losses.Losses;
import org.snn4j.losses.NumSpikes;
import org.snn4j.losses.SoftmaxObjective;
import org.snn4j.losses.SpikeCountObjective;
import org.snn4j.losses.SpikeLoss;
import org.snn4j.neurons.slayer.SrmParameters;
import org.snn4j.neurons.slayer.layer.SlayerConvSpec;
import org.snn4j.neurons.slayer.layer.SlayerDenseSpec;
import org.snn4j.neurons.slayer.layer.SlayerPoolSpec;

/**
 * The loss section: {@code cross-entropy} (softmax on an ANN's {@code [B, C]} output, arg-max
 * prediction) or any classification loss of {@link Losses#REGISTRY} on the time-major output
 * (prediction: the output neuron with the largest sum over time). Settings default to the
 * registry's instance; {@code num-spikes} takes {@code errorFilter}: {@code none} (identity) or
 * {@code epsilon} (the SRM ε of the model's last SLAYER layer, as slayerPytorch filters the error).
 */
public final class LossResolver {
    /** The softmax cross-entropy of non-spiking classifiers. */
    public static final String CROSS_ENTROPY = "cross-entropy";

    private LossResolver() {
    }

    /** The loss names a config accepts. */
    public static List<String> names() {
        List<String> names = new ArrayList<>(List.of(CROSS_ENTROPY));
        for (String n : Losses.REGISTRY.names()) {
            if (Losses.REGISTRY.get(n) instanceof ClassificationLoss) {
                names.add(n);
            }
        }
        return names;
    }

    /** The loss section with every setting written out. */
    static ObjectNode resolve(ObjectNode user, boolean timeMajor) {
        String type = ConfigTree.textOr(user, "type", "loss", timeMajor ? "count-ce" : CROSS_ENTROPY);
        ConfigTree.oneOf(type, "loss.type", names());
        ObjectNode d = LayerJson.mapper().createObjectNode().put("type", type);
        if (type.equals("num-spikes")) {
            NumSpikes n = (NumSpikes) Losses.REGISTRY.get(type);
            d.put("startStep", n.startStep()).put("stopStep", n.stopStep()).put("trueCount", n.trueCount())
                    .put("falseCount", n.falseCount()).put("tsMs", n.tsMs()).put("errorFilter", "none");
        } else if (!type.equals(CROSS_ENTROPY)) {
            d.setAll((ObjectNode) LayerJson.mapper().valueToTree(Losses.REGISTRY.get(type)));
        }
        ObjectNode merged = ConfigTree.merge(d, user);
        List<String> keys = new ArrayList<>();
        d.fieldNames().forEachRemaining(keys::add);
        ConfigTree.onlyKeys(merged, "loss", keys);
        return merged;
    }

    /** The training objective of {@code loss} for a model with these layers. */
    public static Objective objective(LossConfig loss, List<LayerSpec> layers) {
        if (loss.type().equals(CROSS_ENTROPY)) {
            return new SoftmaxObjective();
        }
        SpikeLoss dflt = Losses.REGISTRY.get(loss.type());
        ObjectNode s = LayerJson.mapper().valueToTree(loss.settings());
        try {
            if (dflt instanceof NumSpikes) {
                String filter = s.path("errorFilter").asText("none");
                ConfigTree.oneOf(filter, "loss.errorFilter", List.of("none", "epsilon"));
                TemporalKernel k = filter.equals("none") ? TemporalKernel.delta() : lastSrm(layers).epsilon();
                return new SpikeCountObjective(new NumSpikes(s.get("startStep").intValue(), s.get("stopStep").intValue(),
                        s.get("trueCount").doubleValue(), s.get("falseCount").doubleValue(), k,
                        s.get("tsMs").doubleValue()));
            }
            return new SpikeCountObjective((ClassificationLoss) LayerJson.mapper().treeToValue(s, dflt.getClass()));
        } catch (JsonProcessingException e) {
            throw ConfigErrors.of("loss", e);
        } catch (IllegalArgumentException e) {
            throw e instanceof ConfigException c ? c : new ConfigException("loss", e.getMessage());
        }
    }

    private static SrmParameters lastSrm(List<LayerSpec> layers) {
        for (int i = layers.size() - 1; i >= 0; i--) {
            LayerSpec l = layers.get(i);
            if (l instanceof SlayerDenseSpec d) {
                return d.neuron();
            }
            if (l instanceof SlayerConvSpec c) {
                return c.neuron();
            }
            if (l instanceof SlayerPoolSpec p) {
                return p.neuron();
            }
        }
        throw new ConfigException("loss.errorFilter", "\"epsilon\" needs a SLAYER layer in the model");
    }
}
