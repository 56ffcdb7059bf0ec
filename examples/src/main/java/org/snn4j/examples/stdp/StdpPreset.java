package org.snn4j.examples.stdp;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.InputStream;
import org.snn4j.autograd.nn.LayerJson;
import org.snn4j.neurons.diehlcook.DiehlCookConfig;

/**
 * An unsupervised STDP experiment as a JSON config: the Diehl &amp; Cook (2015) network, how many
 * MNIST images train it (each shown {@code epochs} times), label it (a frozen pass over the first
 * training images) and test it, and the seed. Built-in presets are resources
 * {@code stdp/<name>.json} listed in {@link StdpPresets#REGISTRY}.
 *
 * @param name        preset name
 * @param description one line for listings
 * @param trainImages training images from {@code mnist/train-*}
 * @param epochs      passes over the training images
 * @param labelImages images (first of the training set) used to assign labels after training
 * @param testImages  test images from {@code mnist/t10k-*}
 * @param seed        seeds the weights and the Poisson input
 * @param network     the network
 */
public record StdpPreset(String name, String description, int trainImages, int epochs, int labelImages,
                         int testImages, long seed, DiehlCookConfig network) {

    public StdpPreset {
        if (trainImages < 1 || epochs < 1 || labelImages < 1 || testImages < 1) {
            throw new IllegalArgumentException("StdpPreset " + name + ": trainImages, epochs, labelImages, testImages must be >= 1");
        }
        if (network == null) {
            throw new IllegalArgumentException("StdpPreset " + name + ": network is missing");
        }
    }

    /** Reads a preset from JSON text; {@code source} names it in errors. */
    public static StdpPreset fromJson(InputStream in, String source) throws IOException {
        try {
            return LayerJson.mapper().readValue(in, StdpPreset.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(source + ": " + e.getOriginalMessage() + " at "
                    + e.getLocation().offsetDescription(), e);
        }
    }

    /** This preset as indented JSON. */
    public String toJson() {
        try {
            return LayerJson.mapper().writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same preset with other data sizes (0 keeps a size). */
    public StdpPreset limited(int train, int test) {
        int tr = train > 0 ? train : trainImages;
        return new StdpPreset(name, description, tr, epochs, Math.min(labelImages, tr), test > 0 ? test : testImages,
                seed, network);
    }
}
