package org.snn4j.datasets.emulator;

/**
 * Parameters of the simulated event camera.
 *
 * <p>Each pixel i keeps a reference log intensity r<sub>i</sub>. With L<sub>i</sub>(t) =
 * ln(I<sub>i</sub>(t) + ε) and I in [0, 1]: while L<sub>i</sub> − r<sub>i</sub> ≥ C<sup>on</sup><sub>i</sub>
 * the pixel emits ON and r<sub>i</sub> += C<sup>on</sup><sub>i</sub>; while r<sub>i</sub> − L<sub>i</sub> ≥
 * C<sup>off</sup><sub>i</sub> it emits OFF and r<sub>i</sub> −= C<sup>off</sup><sub>i</sub> (Lichtsteiner,
 * Posch &amp; Delbruck, IEEE JSSC 43(2), 2008). Per-pixel thresholds C<sup>on/off</sup><sub>i</sub> ~
 * N(C, σ²), at least {@link #MIN_THRESHOLD}, model transistor mismatch. A crossing less than the
 * refractory period after the pixel's previous event is absorbed (the reference still moves, as
 * the pixel's reset holds during refractoriness). Background activity adds events at
 * {@code noiseRateHz} per pixel with random polarity. Intensities are sampled every
 * {@code dtUs}; crossing times are interpolated linearly inside the step.
 *
 * @param width              sensor width in pixels
 * @param height             sensor height in pixels
 * @param durationUs         recording length in µs
 * @param dtUs               simulation step in µs (1 ms is fine for saccade speeds)
 * @param contrastThreshold  C, in natural-log units (0.2 ≈ 22 % intensity change)
 * @param thresholdSigma     σ of the per-pixel threshold mismatch, log units
 * @param refractoryUs       refractory period in µs
 * @param noiseRateHz        background events per pixel per second
 * @param logEpsilon         ε added to intensities before the logarithm (dark-current floor)
 */
public record EmulatorConfig(int width, int height, long durationUs, long dtUs, double contrastThreshold,
                             double thresholdSigma, long refractoryUs, double noiseRateHz, double logEpsilon) {

    /** Smallest per-pixel threshold after mismatch. */
    public static final double MIN_THRESHOLD = 0.01;

    /** Validates every field. */
    public EmulatorConfig {
        check(width >= 1 && width <= Short.MAX_VALUE, "width", width, "1.." + Short.MAX_VALUE);
        check(height >= 1 && height <= Short.MAX_VALUE, "height", height, "1.." + Short.MAX_VALUE);
        check(dtUs >= 1, "dtUs", dtUs, ">= 1");
        check(durationUs >= dtUs, "durationUs", durationUs, ">= dtUs (" + dtUs + ")");
        check(contrastThreshold > MIN_THRESHOLD && contrastThreshold < 10, "contrastThreshold", contrastThreshold,
                "(" + MIN_THRESHOLD + ", 10)");
        check(thresholdSigma >= 0 && thresholdSigma < 1, "thresholdSigma", thresholdSigma, "[0, 1)");
        check(refractoryUs >= 0, "refractoryUs", refractoryUs, ">= 0");
        check(noiseRateHz >= 0 && noiseRateHz <= 1e4, "noiseRateHz", noiseRateHz, "[0, 10000]");
        check(logEpsilon > 0 && logEpsilon <= 1, "logEpsilon", logEpsilon, "(0, 1]");
    }

    /** The N-MNIST setup: 34×34 sensor, 300 ms at 1 ms steps. */
    public static EmulatorConfig nmnist() {
        return new EmulatorConfig(34, 34, 300_000, 1000, 0.35, 0.03, 500, 0.2, 0.1);
    }

    /** The CIFAR10-DVS setup: 128×128 DVS128, 1 s at 1 ms steps. */
    public static EmulatorConfig cifar10Dvs() {
        return new EmulatorConfig(128, 128, 1_000_000, 1000, 0.25, 0.03, 500, 0.1, 0.1);
    }

    /** A copy with another background rate (e.g. 0 for noise-free tests). */
    public EmulatorConfig withNoiseRateHz(double rateHz) {
        return new EmulatorConfig(width, height, durationUs, dtUs, contrastThreshold, thresholdSigma, refractoryUs,
                rateHz, logEpsilon);
    }

    /** A copy with another mismatch σ. */
    public EmulatorConfig withThresholdSigma(double sigma) {
        return new EmulatorConfig(width, height, durationUs, dtUs, contrastThreshold, sigma, refractoryUs,
                noiseRateHz, logEpsilon);
    }

    private static void check(boolean ok, String field, Object value, String range) {
        if (!ok) {
            throw new IllegalArgumentException(field + " must be " + range + ", got " + value);
        }
    }
}
