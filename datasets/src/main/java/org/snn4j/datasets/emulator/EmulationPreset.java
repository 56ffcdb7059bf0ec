package org.snn4j.datasets.emulator;

import java.util.random.RandomGenerator;
import org.snn4j.datasets.events.Events;

/**
 * A complete recording setup: camera, motion and how the image sits on the sensor.
 *
 * @param config     the simulated camera
 * @param motion     the camera/image movement
 * @param imageScale sensor pixels per image pixel (the image is centred)
 * @param background intensity outside the image, in [0, 1]
 */
public record EmulationPreset(EmulatorConfig config, Motion motion, double imageScale, float background) {

    /** Validates the fields. */
    public EmulationPreset {
        if (config == null || motion == null) {
            throw new IllegalArgumentException("config and motion must not be null");
        }
        if (!(imageScale > 0)) {
            throw new IllegalArgumentException("imageScale must be > 0, got " + imageScale);
        }
        if (!(background >= 0 && background <= 1)) {
            throw new IllegalArgumentException("background must be in [0, 1], got " + background);
        }
    }

    /**
     * N-MNIST style: a 28×28 image centred 1:1 on a 34×34 sensor (3 px margin), black
     * background, three 100 ms saccades along a triangle (300 ms).
     */
    public static EmulationPreset nmnist() {
        return new EmulationPreset(EmulatorConfig.nmnist(), SaccadeMotion.nmnist(), 1.0, 0f);
    }

    /**
     * CIFAR10-DVS style: a 32×32 image upscaled 3.5× (112 px) and centred on a 128×128 DVS128,
     * black surround, circulating with 3 px radius at 4 Hz for 1 s.
     */
    public static EmulationPreset cifar10Dvs() {
        return new EmulationPreset(EmulatorConfig.cifar10Dvs(), CircularMotion.cifar10Dvs(), 3.5, 0f);
    }

    /** The same setup with another camera configuration. */
    public EmulationPreset withConfig(EmulatorConfig newConfig) {
        return new EmulationPreset(newConfig, motion, imageScale, background);
    }

    /**
     * Records one image.
     *
     * @param image row-major intensities in [0, 1], {@code width × height}
     */
    public Events emulate(float[] image, int width, int height, RandomGenerator rng) {
        ImageScene scene = ImageScene.centered(image, width, height, imageScale, config.width(), config.height(), background);
        return new DvsEmulator(config).emulate(scene, motion, rng);
    }
}
