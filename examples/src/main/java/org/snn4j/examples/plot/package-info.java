/**
 * Plots through JFreeChart (PNG) and JFreeSVG (SVG): spike rasters, membrane traces, firing-rate
 * histograms, training curves, confusion matrices, event frames, animated GIFs of recordings and
 * accuracy against T. {@link org.snn4j.examples.plot.PlotKinds} names them for {@code snn4j plot};
 * {@link org.snn4j.examples.plot.ChartFile} writes any chart as PNG or SVG.
 */
package org.snn4j.examples.plot;
