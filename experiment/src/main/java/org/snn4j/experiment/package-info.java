/**
 * Experiments as data: an {@link org.snn4j.experiment.config.ExperimentConfig} (JSON) fully
 * describes a training run, {@link org.snn4j.experiment.ConfigLoader} reads it strictly (errors
 * name the JSON path), {@link org.snn4j.experiment.ConfigResolver} fills in defaults and inferred
 * sizes, and {@link org.snn4j.experiment.Experiment} builds and runs it.
 */
package org.snn4j.experiment;
