package org.snn4j.datasets.emulator;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * State of the simulated pixels (see {@link EmulatorConfig} for the model): reference log
 * intensities, mismatched thresholds and the time of each pixel's last event. {@link #step}
 * appends the events of one simulation step to a {@link StepEvents} buffer.
 */
final class PixelArray {
    private final EmulatorConfig config;
    private final double[] reference;
    private final double[] previous;
    private final float[] previousIntensity;
    private final double[] onThreshold;
    private final double[] offThreshold;
    private final double[] lastEventUs;

    /** Draws the per-pixel thresholds (ON then OFF, pixel order) and sets the references. */
    PixelArray(EmulatorConfig config, float[] initialIntensity, RandomGenerator rng) {
        this.config = config;
        int n = config.width() * config.height();
        reference = new double[n];
        previous = new double[n];
        previousIntensity = initialIntensity.clone();
        onThreshold = new double[n];
        offThreshold = new double[n];
        lastEventUs = new double[n];
        Arrays.fill(lastEventUs, Double.NEGATIVE_INFINITY);
        for (int i = 0; i < n; i++) {
            onThreshold[i] = threshold(rng);
            offThreshold[i] = threshold(rng);
            reference[i] = log(initialIntensity[i]);
            previous[i] = reference[i];
        }
    }

    private double threshold(RandomGenerator rng) {
        double c = config.contrastThreshold() + config.thresholdSigma() * rng.nextGaussian();
        return Math.max(EmulatorConfig.MIN_THRESHOLD, c);
    }

    private double log(float intensity) {
        return Math.log(Math.max(0f, intensity) + config.logEpsilon());
    }

    /** Advances every pixel from {@code t0} to {@code t0 + dt} where the intensity is {@code now}. */
    void step(double t0Us, float[] now, StepEvents out) {
        double dt = config.dtUs();
        int w = config.width();
        for (int i = 0; i < now.length; i++) {
            double from = previous[i];
            double to = now[i] == previousIntensity[i] ? from : log(now[i]);
            previous[i] = to;
            previousIntensity[i] = now[i];
            double span = to - from;
            while (to - reference[i] >= onThreshold[i]) {
                reference[i] += onThreshold[i];
                emit(i, t0Us + dt * crossing(from, span, reference[i]), 1, w, out);
            }
            while (reference[i] - to >= offThreshold[i]) {
                reference[i] -= offThreshold[i];
                emit(i, t0Us + dt * crossing(from, span, reference[i]), 0, w, out);
            }
        }
    }

    /** Fraction of the step at which the linear ramp from {@code from} reaches {@code level}. */
    private static double crossing(double from, double span, double level) {
        if (span == 0) {
            return 1;
        }
        return Math.min(1, Math.max(0, (level - from) / span));
    }

    private void emit(int pixel, double tUs, int polarity, int width, StepEvents out) {
        if (tUs - lastEventUs[pixel] < config.refractoryUs()) {
            return; // absorbed: the reference moved but the pixel is still resetting
        }
        lastEventUs[pixel] = tUs;
        out.add(pixel % width, pixel / width, tUs, polarity);
    }
}
