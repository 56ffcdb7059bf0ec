package org.snn4j.examples.monitor;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What {@code --monitor KINDS[:LAYERS]} asks to record, e.g. {@code spikes,membrane,rates} or
 * {@code spikes,rates:1,3} (layers are dotted module paths; none named = every spiking layer).
 *
 * @param kinds   what to record, at least one
 * @param layers  the layer paths, empty for all spiking layers
 * @param samples how many test samples to record ({@code --monitor-samples}), at least 1
 */
public record MonitorRequest(Set<Kind> kinds, List<String> layers, int samples) {

    /** One recordable quantity. */
    public enum Kind {
        /** The 0/1 spikes {@code [S, T, N]}. */
        SPIKES,
        /** The pre-reset membrane of the first traced neurons {@code [S, T, K]}. */
        MEMBRANE,
        /** Spikes per neuron per step averaged over samples and steps {@code [N]}. */
        RATES
    }

    public MonitorRequest {
        if (kinds.isEmpty()) {
            throw new IllegalArgumentException("--monitor: name at least one of spikes, membrane, rates");
        }
        if (samples < 1) {
            throw new IllegalArgumentException("--monitor-samples must be >= 1, got " + samples);
        }
        kinds = Set.copyOf(kinds);
        layers = List.copyOf(layers);
    }

    /**
     * Parses {@code KINDS[:LAYERS]}.
     *
     * @throws IllegalArgumentException one line naming the bad part and the allowed values
     */
    public static MonitorRequest parse(String spec, int samples) {
        String[] parts = spec.split(":", 2);
        Set<Kind> kinds = EnumSet.noneOf(Kind.class);
        for (String k : parts[0].split(",")) {
            String name = k.trim().toUpperCase(Locale.ROOT);
            try {
                kinds.add(Kind.valueOf(name));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--monitor: unknown kind '" + k.trim()
                        + "'; use spikes, membrane, rates, optionally followed by :LAYER,LAYER");
            }
        }
        List<String> layers = new ArrayList<>();
        if (parts.length == 2) {
            for (String l : parts[1].split(",")) {
                if (!l.isBlank()) {
                    layers.add(l.trim());
                }
            }
        }
        return new MonitorRequest(kinds, layers, samples);
    }

    /** Whether {@code kind} was asked for. */
    public boolean wants(Kind kind) {
        return kinds.contains(kind);
    }
}
