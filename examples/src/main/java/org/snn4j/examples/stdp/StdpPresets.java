package org.snn4j.examples.stdp;

import java.io.IOException;
import java.io.InputStream;
import org.snn4j.autograd.registry.Registry;

/**
 * The built-in STDP presets: name → classpath resource ({@code stdp/mnist-stdp-100.json},
 * {@code stdp/mnist-stdp-400.json}).
 */
public final class StdpPresets {
    /** Preset name → resource path. */
    public static final Registry<String> REGISTRY = new Registry<String>("stdp preset")
            .register("mnist-stdp-100", "stdp/mnist-stdp-100.json")
            .register("mnist-stdp-400", "stdp/mnist-stdp-400.json");

    private StdpPresets() {
    }

    /** Loads a built-in preset by name. */
    public static StdpPreset load(String name) throws IOException {
        String resource = REGISTRY.get(name);
        try (InputStream in = StdpPresets.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("preset resource " + resource + " is missing from the jar");
            }
            return StdpPreset.fromJson(in, resource);
        }
    }
}
