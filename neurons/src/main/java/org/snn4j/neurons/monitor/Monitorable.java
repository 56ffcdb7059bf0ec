package org.snn4j.neurons.monitor;

/**
 * A layer that reports what it computes to a {@link LayerProbe} when one is attached. The probe
 * is a field of the layer instance; {@code null} (the default) means unmonitored, and then the
 * layer does no monitoring work at all.
 */
public interface Monitorable {

    /** The attached probe, or {@code null} when the layer is not monitored. */
    LayerProbe probe();

    /** Attaches {@code probe}, or detaches with {@code null}. Called by {@link Monitor}. */
    void setProbe(LayerProbe probe);
}
