package org.snn4j.neurons.layers;

import java.util.random.RandomGenerator;
import org.snn4j.autograd.nn.LayerSpec;
import org.snn4j.neurons.model.Readout;
import org.snn4j.neurons.model.AlifParameters;
import org.snn4j.neurons.model.ChargeLifParameters;
import org.snn4j.neurons.model.ExecutionPath;
import org.snn4j.neurons.model.IfParameters;
import org.snn4j.neurons.model.LifParameters;
import org.snn4j.neurons.model.NeuronParameters;
import org.snn4j.neurons.model.PlifParameters;

/**
 * The spec of a {@link NeuronLayer}: one record per neuron model ({@link IfSpec}, {@link LifSpec},
 * {@link ChargeLifSpec}, {@link PlifSpec}, {@link AlifSpec}), registered under the model's
 * registry name. Besides the model's dynamics every neuron spec carries:
 * <ul>
 *   <li>{@code firing}: threshold, reset, surrogate ({@link FiringSpec});</li>
 *   <li>{@code channels}: 1 for one learnable value per layer, or C for one per channel of input
 *       {@code [T, B, C, ...]} (only learnable values use it);</li>
 *   <li>{@code path}: {@code FUSED} (default, one graph node per sequence) or {@code REFERENCE}
 *       (the step unrolled on the tape); both give the same spikes and gradients;</li>
 *   <li>{@code readout}: {@code SPIKES}, or {@code MEMBRANE} (the pre-reset membrane, for a
 *       membrane-potential output layer).</li>
 * </ul>
 */
public interface NeuronSpec extends LayerSpec {

    /** The model parameters this spec describes (validated). */
    NeuronParameters toParameters();

    FiringSpec firing();

    int channels();

    ExecutionPath path();

    Readout readout();

    /** The same dynamics with these layer settings. */
    NeuronSpec with(FiringSpec firing, int channels, ExecutionPath path, Readout readout);

    default NeuronSpec withFiring(FiringSpec v) {
        return with(v, channels(), path(), readout());
    }

    default NeuronSpec withChannels(int v) {
        return with(firing(), v, path(), readout());
    }

    default NeuronSpec withPath(ExecutionPath v) {
        return with(firing(), channels(), v, readout());
    }

    default NeuronSpec withReadout(Readout v) {
        return with(firing(), channels(), path(), v);
    }

    /** A neuron layer; it draws nothing from {@code rng} (learnable values start from the spec). */
    @Override
    default NeuronLayer build(RandomGenerator rng) {
        return new NeuronLayer(this);
    }

    /** The spec of a model's parameters record: one value per layer, fused path, spike output. */
    static NeuronSpec of(NeuronParameters p) {
        return of(p, 1, ExecutionPath.FUSED, Readout.SPIKES);
    }

    /**
     * The spec of a model's parameters record with the given layer settings.
     *
     * @throws IllegalArgumentException for a parameters record without a layer spec
     */
    static NeuronSpec of(NeuronParameters p, int channels, ExecutionPath path, Readout readout) {
        FiringSpec f = FiringSpec.of(p.firing());
        if (p instanceof IfParameters) {
            return new IfSpec(f, channels, path, readout);
        } else if (p instanceof LifParameters q) {
            return new LifSpec(q.tauMs(), q.dtMs(), f, channels, path, readout);
        } else if (p instanceof ChargeLifParameters q) {
            return new ChargeLifSpec(q.tauMs(), q.dtMs(), q.decayInput(), f, channels, path, readout);
        } else if (p instanceof PlifParameters q) {
            return new PlifSpec(q.initialTauMs(), q.dtMs(), q.decayInput(), f, channels, path, readout);
        } else if (p instanceof AlifParameters q) {
            return new AlifSpec(q.tauMs(), q.adaptationTauMs(), q.adaptationJump(), q.dtMs(), f, channels, path,
                    readout);
        }
        throw new IllegalArgumentException("no layer spec for neuron model '" + p.modelName() + "'");
    }

    /** Checks the layer settings shared by every neuron spec; {@code record} names the spec in errors. */
    static void checkLayerSettings(String record, FiringSpec firing, int channels, ExecutionPath path,
                                   Readout readout) {
        if (firing == null) {
            throw new IllegalArgumentException(record + ".firing is required");
        }
        if (channels < 1) {
            throw new IllegalArgumentException(record + ".channels must be >= 1 (1 = one value per layer), got "
                    + channels);
        }
        if (path == null) {
            throw new IllegalArgumentException(record + ".path must be FUSED or REFERENCE");
        }
        if (readout == null) {
            throw new IllegalArgumentException(record + ".readout must be SPIKES or MEMBRANE");
        }
    }

    /** Runs {@code validation}, prefixing its error with {@code record}. */
    static <T> T validated(String record, java.util.function.Supplier<T> validation) {
        try {
            return validation.get();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(record + ": " + e.getMessage(), e);
        }
    }
}
