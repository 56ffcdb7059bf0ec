/**
 * Monitors from the command line: {@code train}/{@code eval --monitor spikes,membrane,rates[:LAYERS]}
 * record what each spiking layer did on a few test samples ({@link org.snn4j.examples.monitor.MonitorRecorder})
 * and write it as safetensors named by layer plus a JSON sidecar ({@link org.snn4j.examples.monitor.MonitorFile}),
 * which {@code snn4j plot} and Python read.
 */
package org.snn4j.examples.monitor;
