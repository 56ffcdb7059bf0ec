package org.snn4j.losses;

import java.util.List;
import java.util.stream.Collectors;
import org.snn4j.autograd.temporal.ExponentialKernel;

/**
 * The registry of losses: one default instance of each, by stable name, for parameterised tests
 * and for the command line. Adding a loss is one line here.
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
 *   <tr><td>spike-time</td><td>{@code new SpikeTime(new ExponentialKernel(5, 1), 1)}</td><td>spike trains</td></tr>
 * </table>
 */
public final class Losses {
    private static final List<SpikeLoss> ALL = List.of(
            new CountCrossEntropy(false),
            new CountCrossEntropy(true),
            new RateMse(1, 0),
            new MembraneCrossEntropy(MembraneReadout.MEAN),
            new MembraneCrossEntropy(MembraneReadout.MAX),
            new Tet(1e-3, 1),
            NumSpikes.wholeSequence(4, 1),
            new SpikeTime(new ExponentialKernel(5, 1), 1));

    private Losses() {
    }

    /** Every registered loss with its default settings, in a fixed order. */
    public static List<SpikeLoss> all() {
        return ALL;
    }

    /** The registered loss called {@code name}. */
    public static SpikeLoss byName(String name) {
        for (SpikeLoss l : ALL) {
            if (l.name().equals(name)) {
                return l;
            }
        }
        throw new IllegalArgumentException("unknown loss '" + name + "'; known: "
                + ALL.stream().map(SpikeLoss::name).collect(Collectors.joining(", ")));
    }
}
