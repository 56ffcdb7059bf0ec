/**
 * A small headless Java2D line-plot PNG writer ({@link org.snn4j.examples.plot.LinePlot}): axes,
 * ticks (linear or log₂), legend, several series. Used for accuracy-vs-T curves and conversion
 * diagnostics.
 */
package org.snn4j.examples.plot;
