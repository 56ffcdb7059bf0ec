package org.snn4j.losses;

import java.util.List;
import org.snn4j.autograd.registry.Registry;
import org.snn4j.autograd.temporal.ExponentialKernel;

/**
 * The loss registry: one default instance of each loss under its stable {@link SpikeLoss#name()},
 * for parameterised tests and for the command line ({@code Losses.REGISTRY.get("tet")}). Adding a
 * loss is one record, its contract row in {@code LossesRegistryTest} and one line here; another
 * module contributes losses through a {@link org.snn4j.autograd.registry.RegistryEntries} service
 * of kind {@code "loss"}.
 *
 * <table>
 *   <caption>Registered losses</caption>
 *   <tr><th>name</th><th>default</th><th>target</th></tr>
 *   <tr><td>count-ce</td><td>{@code new CountCrossEntropy(false)}</td><td>labels</td></tr>
 *   <tr><td>rate-ce</td><td>{@code new CountCrossEntropy(true)}</td><td>labels</td></tr>
 *   <tr><td>rate-mse</td><td>{@code new RateMse(1, 0)} (snnTorch's defaults)</td><td>labels</td></tr>
 *   <tr><td>membrane-ce-mean</td><td>{@code new MembraneCrossEntropy(MEAN)}</td><td>labels</td></tr>
 *   <tr><td>membrane-ce-max</td><td>{@code new MembraneCrossEntropy(MAX)}</td><td>labels</td></tr>
 *   <tr><td>tet</td><td>{@code new Tet(1e-3, 1)} (the authors' defaults)</td><td>labels</td></tr>
 *   <tr><td>num-spikes</td><td>{@code NumSpikes.wholeSequence(4, 1)}</td><td>labels</td></tr>
 *   <tr><td>van-rossum</td><td>{@code new VanRossumLabels(5, 1, 5, 0)}</td><td>labels</td></tr>
 *   <tr><td>spike-time</td><td>{@code new SpikeTime(new ExponentialKernel(5, 1), 1)}</td><td>spike trains</td></tr>
 * </table>
 */
public final class Losses {
    /** Loss name → the loss with its default settings, in the order of the table above. */
    public static final Registry<SpikeLoss> REGISTRY = byOwnName(
            new CountCrossEntropy(false),
            new CountCrossEntropy(true),
            new RateMse(1, 0),
            new MembraneCrossEntropy(MembraneReadout.MEAN),
            new MembraneCrossEntropy(MembraneReadout.MAX),
            new Tet(1e-3, 1),
            NumSpikes.wholeSequence(4, 1),
            new VanRossumLabels(5, 1, 5, 0),
            new SpikeTime(new ExponentialKernel(5, 1), 1));

    private Losses() {
    }

    /** Every registered loss with its default settings, in registry order (for parameterised tests). */
    public static List<SpikeLoss> all() {
        return REGISTRY.values();
    }

    private static Registry<SpikeLoss> byOwnName(SpikeLoss... losses) {
        Registry<SpikeLoss> r = new Registry<>("loss");
        for (SpikeLoss l : losses) {
            r.register(l.name(), l);
        }
        return r;
    }
}
