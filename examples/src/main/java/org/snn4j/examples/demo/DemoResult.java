package org.snn4j.examples.demo;

import java.util.Map;
import org.snn4j.autograd.nn.Module;
import org.snn4j.autograd.train.BatchSource;
import org.snn4j.autograd.train.Objective;
import org.snn4j.autograd.train.TrainingResult;

/**
 * What the demo measured.
 *
 * @param training    per-epoch metrics and final test accuracy
 * @param meanEvents  mean events per emulated recording
 * @param dataSeconds time spent rendering and emulating
 * @param config      the configuration, for the report
 * @param model       the trained network
 * @param objective   its loss and prediction rule
 * @param test        the held-out recordings
 */
public record DemoResult(TrainingResult training, double meanEvents, double dataSeconds, Map<String, Object> config,
                         Module model, Objective objective, BatchSource test) {
}
