/**
 * Data glue of experiments: image and event datasets in memory, input encoders applied per batch,
 * framing of event streams and augmentations, turned into {@link org.snn4j.autograd.train.BatchSource}s.
 */
package org.snn4j.experiment.data;
