package org.snn4j.examples.presets;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** The registry of presets: adding a preset is one line here. */
public final class Presets {
    private static final List<Preset> ALL = List.of(
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

    public static List<Preset> all() {
        return ALL;
    }

    /** The preset called {@code name}, or an error listing the valid names. */
    public static Preset byName(String name) {
        List<String> names = new ArrayList<>();
        for (Preset p : ALL) {
            if (p.name().equals(name)) {
                return p;
            }
            names.add(p.name());
        }
        throw new IllegalArgumentException("unknown preset '" + name + "'; valid presets: " + String.join(", ", names));
    }

    /** One help line per preset (used by {@code train --help}). */
    public static final class Descriptions implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            List<String> lines = new ArrayList<>();
            for (Preset p : ALL) {
                lines.add(String.format("  %-18s %-14s %s", p.name(), p.expectedRuntime(), p.summary()));
            }
            return lines.iterator();
        }
    }
}
