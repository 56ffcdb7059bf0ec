package org.snn4j.examples.presets;
import org.snn4j.experiment.data.*;
import org.snn4j.losses.SoftmaxObjective;
import org.snn4j.losses.SpikeCountObjective;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.snn4j.autograd.registry.Registry;

/**
 * The preset registry: every training recipe under its command-line {@link Preset#name()}
 * ({@code Presets.REGISTRY.get("mnist-lif-mlp")}). Adding a preset is one class, one test and one
 * line here.
 */
public final class Presets {
    /** Preset name → preset, in the order {@code snn4j presets} lists them. */
    public static final Registry<Preset> REGISTRY = byOwnName(
            new MnistAnnMlp(),
            new MnistAnnCnn(),
            new MnistLifMlp(),
            new MnistLifCnn(),
            new NmnistLifMlp(),
            new NmnistLifCnn(),
            new NmnistSlayerMlp(),
            new NmnistSlayerCnn(),
            new FmnistLifCnn());

    private Presets() {
    }

    /** Every preset, in registry order. */
    public static List<Preset> all() {
        return REGISTRY.values();
    }

    private static Registry<Preset> byOwnName(Preset... presets) {
        Registry<Preset> r = new Registry<>("preset");
        for (Preset p : presets) {
            r.register(p.name(), p);
        }
        return r;
    }

    /** One help line per preset (used by {@code train --help}). */
    public static final class Descriptions implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            List<String> lines = new ArrayList<>();
            for (Preset p : all()) {
                lines.add(String.format("  %-18s %-14s %s", p.name(), p.expectedRuntime(), p.summary()));
            }
            return lines.iterator();
        }
    }
}
