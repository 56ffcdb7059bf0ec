package org.snn4j.datasets.emulator;

/**
 * Smooth circulating movement, as the CIFAR10-DVS recordings moved images on a monitor (Li et
 * al., Front. Neurosci. 11:309, 2017): dx(t) = R·cos(2πt/P + φ) − R·cos φ,
 * dy(t) = R·sin(2πt/P + φ) − R·sin φ, so the image starts at its rest position.
 *
 * @param radiusPx R, in sensor pixels
 * @param periodUs P, one revolution in µs
 * @param phase    φ, in radians
 */
public record CircularMotion(double radiusPx, double periodUs, double phase) implements Motion {

    /** Validates the fields. */
    public CircularMotion {
        if (!(radiusPx >= 0)) {
            throw new IllegalArgumentException("radiusPx must be >= 0, got " + radiusPx);
        }
        if (!(periodUs > 0)) {
            throw new IllegalArgumentException("periodUs must be > 0, got " + periodUs);
        }
    }

    /** CIFAR10-DVS-like: 3 px radius, one revolution per 250 ms. */
    public static CircularMotion cifar10Dvs() {
        return new CircularMotion(3, 250_000, 0);
    }

    @Override
    public double dx(double tUs) {
        return radiusPx * (Math.cos(2 * Math.PI * tUs / periodUs + phase) - Math.cos(phase));
    }

    @Override
    public double dy(double tUs) {
        return radiusPx * (Math.sin(2 * Math.PI * tUs / periodUs + phase) - Math.sin(phase));
    }
}
