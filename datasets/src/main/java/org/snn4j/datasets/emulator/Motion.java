package org.snn4j.datasets.emulator;

/**
 * Sub-pixel offset of the image on the sensor over time: the image content that would be at
 * sensor position (x, y) without motion appears at (x + dx(t), y + dy(t)). Implementations are
 * immutable and deterministic.
 */
public interface Motion {

    /** Horizontal offset in sensor pixels at time {@code tUs} (positive = right). */
    double dx(double tUs);

    /** Vertical offset in sensor pixels at time {@code tUs} (positive = down). */
    double dy(double tUs);
}
