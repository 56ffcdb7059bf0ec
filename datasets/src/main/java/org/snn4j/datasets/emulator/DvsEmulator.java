package org.snn4j.datasets.emulator;

import java.util.random.RandomGenerator;
import org.snn4j.datasets.events.Events;
import org.snn4j.datasets.events.EventsBuilder;

/**
 * Simulates an event camera watching a moving image (model in {@link EmulatorConfig}).
 *
 * <p>At t = 0 the scene is rendered and every pixel's reference is set to its log intensity (no
 * events). For each step k = 1..⌊duration/dt⌋ the scene is rendered at t<sub>k</sub> = k·dt with
 * the motion offset at that time, every pixel's threshold crossings between t<sub>k−1</sub> and
 * t<sub>k</sub> become events at linearly interpolated times, Poisson background events are added
 * at uniform times inside the step, and the step's events are appended in time order. The
 * generator is used for the per-pixel thresholds (ON then OFF, pixel order) and then, step by
 * step, for the noise, so one seed gives one stream.
 */
public final class DvsEmulator {
    private final EmulatorConfig config;

    public DvsEmulator(EmulatorConfig config) {
        if (config == null) {
            throw new IllegalArgumentException("config must not be null");
        }
        this.config = config;
    }

    public EmulatorConfig config() {
        return config;
    }

    /** The event stream of {@code scene} moving along {@code motion}. */
    public Events emulate(ImageScene scene, Motion motion, RandomGenerator rng) {
        int w = config.width();
        int h = config.height();
        float[] frame = new float[w * h];
        scene.render(motion.dx(0), motion.dy(0), w, h, frame);
        PixelArray pixels = new PixelArray(config, frame, rng);
        EventsBuilder out = new EventsBuilder(w, h, 4096);
        StepEvents step = new StepEvents();
        long dt = config.dtUs();
        long steps = config.durationUs() / dt;
        for (long k = 1; k <= steps; k++) {
            long t0 = (k - 1) * dt;
            double t1 = k * (double) dt;
            scene.render(motion.dx(t1), motion.dy(t1), w, h, frame);
            pixels.step(t0, frame, step);
            addNoise(t0, step, rng);
            step.drainTo(out, t0);
        }
        return out.build();
    }

    private void addNoise(long t0, StepEvents step, RandomGenerator rng) {
        if (config.noiseRateHz() == 0) {
            return;
        }
        int n = config.width() * config.height();
        double lambda = config.noiseRateHz() * config.dtUs() * 1e-6 * n;
        int count = poisson(lambda, rng);
        for (int k = 0; k < count; k++) {
            int pixel = rng.nextInt(n);
            double t = t0 + rng.nextDouble() * config.dtUs();
            step.add(pixel % config.width(), pixel / config.width(), t, rng.nextInt(2));
        }
    }

    /** Poisson sample: Knuth's product method below 30, a rounded normal approximation above. */
    static int poisson(double lambda, RandomGenerator rng) {
        if (lambda >= 30) {
            return (int) Math.max(0, Math.round(lambda + Math.sqrt(lambda) * rng.nextGaussian()));
        }
        double limit = Math.exp(-lambda);
        int k = 0;
        for (double prod = rng.nextDouble(); prod > limit; prod *= rng.nextDouble()) {
            k++;
        }
        return k;
    }
}
