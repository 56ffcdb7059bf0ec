package org.snn4j.examples.demo;

import java.util.Map;
import org.snn4j.autograd.train.TrainingResult;

/**
 * What the demo measured.
 *
 * @param training    per-epoch metrics and final test accuracy
 * @param meanEvents  mean events per emulated recording
 * @param dataSeconds time spent rendering and emulating
 * @param config      the configuration, for the report
 */
public record DemoResult(TrainingResult training, double meanEvents, double dataSeconds, Map<String, Object> config) {
}
