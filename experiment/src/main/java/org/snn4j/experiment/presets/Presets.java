package org.snn4j.experiment.presets;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.snn4j.autograd.registry.Registry;
import org.snn4j.experiment.ConfigLoader;

/**
 * The shipped presets: each is an experiment config resource
 * {@code org/snn4j/experiment/presets/<name>.json}; {@code Presets.REGISTRY} maps the name to that
 * resource path. Adding a preset is one JSON file, one line here and one row in {@code PresetConfigsTest}.
 */
public final class Presets {
    /** Preset name → resource path, in the order {@code snn4j presets} lists them. */
    public static final Registry<String> REGISTRY = byName("mnist-ann-mlp", "mnist-ann-cnn", "mnist-lif-mlp",
            "mnist-lif-cnn", "nmnist-lif-mlp", "nmnist-lif-cnn", "nmnist-slayer-mlp", "nmnist-slayer-cnn",
            "fmnist-lif-cnn", "cifar10dvs-small", "cifar10dvs-vgg", "dvs-gesture-plif");

    private Presets() {
    }

    /** Every preset name, in registry order. */
    public static List<String> names() {
        return REGISTRY.names();
    }

    /** The preset's config file text as shipped. */
    public static String text(String name) {
        String resource = REGISTRY.get(name);
        try (InputStream in = Presets.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("preset resource " + resource + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read preset resource " + resource, e);
        }
    }

    /** The preset's config tree (short form, as shipped). */
    public static ObjectNode config(String name) {
        return ConfigLoader.parse(text(name), "preset " + name);
    }

    /** The preset's one-line description. */
    public static String description(String name) {
        return config(name).path("description").asText("");
    }

    private static Registry<String> byName(String... names) {
        Registry<String> r = new Registry<>("preset");
        for (String n : names) {
            r.register(n, "/org/snn4j/experiment/presets/" + n + ".json");
        }
        return r;
    }
}
