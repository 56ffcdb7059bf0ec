/**
 * Monitors for spiking networks: per-layer firing rates, membrane traces of chosen neurons and
 * recorded spikes for raster plots.
 *
 * <p>Monitoring is off by default and costs nothing when off: a {@link org.snn4j.neurons.monitor.Monitorable}
 * layer consults a probe field on its own instance, which is {@code null} until
 * {@link org.snn4j.neurons.monitor.Monitor#attach} sets it for one network instance. There is no
 * static registry; closing the monitor clears the fields again. Recording reads values only and
 * never adds graph nodes.
 */
package org.snn4j.neurons.monitor;
