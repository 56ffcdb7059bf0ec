package org.snn4j.autograd.ops;

import java.util.Locale;

/**
 * Whether an op with an event-driven (sparse) kernel uses it: {@link #AUTO} decides from the
 * input's measured density against the op's documented crossover, {@link #ON} always takes the
 * event path (where the op supports the configuration), {@link #OFF} never does.
 *
 * <p>The process-wide choice is the system property {@value #PROPERTY} ({@code auto}, {@code on}
 * or {@code off}; default {@code auto}), read on every call through {@link #current()}, so a test
 * or a bench may switch it between steps. Ops that take a policy argument use it instead.
 */
public enum SparsePolicy {
    AUTO, ON, OFF;

    /** The system property naming the process-wide policy. */
    public static final String PROPERTY = "snn4j.sparse";

    /** The policy named by {@value #PROPERTY}; fails with a one-line message on any other value. */
    public static SparsePolicy current() {
        String v = System.getProperty(PROPERTY);
        if (v == null || v.isBlank()) {
            return AUTO;
        }
        return switch (v.trim().toLowerCase(Locale.ROOT)) {
            case "auto" -> AUTO;
            case "on" -> ON;
            case "off" -> OFF;
            default -> throw new IllegalArgumentException("system property " + PROPERTY
                    + " must be auto, on or off, got '" + v + "'");
        };
    }

    /**
     * The largest input density at which this policy takes the event path: {@code crossover} for
     * {@link #AUTO}, every density for {@link #ON}, none for {@link #OFF} (−1).
     */
    public double maxDensity(double crossover) {
        return switch (this) {
            case AUTO -> crossover;
            case ON -> Double.POSITIVE_INFINITY;
            case OFF -> -1;
        };
    }
}
