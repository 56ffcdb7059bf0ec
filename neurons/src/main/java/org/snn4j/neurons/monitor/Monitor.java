package org.snn4j.neurons.monitor;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.snn4j.autograd.nn.Module;

/**
 * A monitor attached to one network instance: it sets a {@link LayerProbe} on every
 * {@link Monitorable} layer of the tree and reads them back by dotted layer path.
 *
 * <pre>{@code
 * try (Monitor m = Monitor.attach(net, MonitorOptions.withSpikes())) {
 *     net.forward(x);
 *     Map<String, Double> rates = m.firingRates();      // e.g. {"1": 0.12, "3": 0.04}
 *     List<INDArray> raster = m.spikes("1");            // [T, N] per forward
 * }                                                     // probes removed: monitoring off
 * }</pre>
 * Monitoring never changes what a layer computes, and never records graph nodes.
 */
public final class Monitor implements AutoCloseable {
    private final Map<String, Monitorable> layers = new LinkedHashMap<>();
    private final Map<String, LayerProbe> probes = new LinkedHashMap<>();
    private boolean closed;

    private Monitor() {
    }

    /** Monitors firing rates of every spiking layer of {@code network}. */
    public static Monitor attach(Module network) {
        return attach(network, MonitorOptions.ratesOnly());
    }

    /**
     * Attaches probes to the {@link Monitorable} layers of {@code network}: those named in
     * {@code layers} (dotted paths, e.g. {@code "1"}, {@code "features.3"}), or all when none are
     * named.
     *
     * @throws IllegalArgumentException if the network has no monitorable layer, or a named layer
     *                                  is not a monitorable layer of it (the message lists them)
     * @throws IllegalStateException    if a layer is already monitored (close the other monitor first)
     */
    public static Monitor attach(Module network, MonitorOptions options, String... layers) {
        Map<String, Monitorable> candidates = new LinkedHashMap<>();
        network.namedModules().forEach((path, module) -> {
            if (module instanceof Monitorable layer) {
                candidates.put(path, layer);
            }
        });
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("network " + network.getClass().getSimpleName()
                    + " has no monitorable (spiking) layer");
        }
        Monitor m = new Monitor();
        for (String path : layers.length == 0 ? candidates.keySet().toArray(new String[0]) : layers) {
            Monitorable layer = candidates.get(path);
            if (layer == null) {
                throw new IllegalArgumentException("'" + path + "' is not a monitorable layer; monitorable layers: "
                        + candidates.keySet());
            }
            if (layer.probe() != null) {
                throw new IllegalStateException("layer '" + path + "' is already monitored; close that monitor first");
            }
            m.layers.put(path, layer);
        }
        m.layers.forEach((path, layer) -> {
            LayerProbe p = new LayerProbe(path, options);
            m.probes.put(path, p);
            layer.setProbe(p);
        });
        return m;
    }

    /** The monitored layer paths, in network order. */
    public List<String> layers() {
        return List.copyOf(probes.keySet());
    }

    /** The probe of layer {@code path}. */
    public LayerProbe probe(String path) {
        LayerProbe p = probes.get(path);
        if (p == null) {
            throw new IllegalArgumentException("no monitored layer '" + path + "'; monitored: " + probes.keySet());
        }
        return p;
    }

    /** Spikes per neuron per step of every monitored layer (NaN for layers not yet run). */
    public Map<String, Double> firingRates() {
        Map<String, Double> out = new LinkedHashMap<>();
        probes.forEach((path, p) -> out.put(path, p.firingRate()));
        return Collections.unmodifiableMap(out);
    }

    /** Recorded spikes of layer {@code path}, one {@code [T, N]} array per forward. */
    public List<INDArray> spikes(String path) {
        return probe(path).spikes();
    }

    /** Recorded membrane traces of layer {@code path}, one {@code [T, k]} array per forward. */
    public List<INDArray> membraneTraces(String path) {
        return probe(path).traces();
    }

    /** Forgets all recordings, keeps monitoring. */
    public void clear() {
        probes.values().forEach(LayerProbe::clear);
    }

    /** Detaches every probe this monitor attached; the layers are unmonitored again. Idempotent. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        probes.forEach((path, p) -> {
            Monitorable layer = layers.get(path);
            if (layer.probe() == p) {
                layer.setProbe(null);
            }
        });
    }
}
