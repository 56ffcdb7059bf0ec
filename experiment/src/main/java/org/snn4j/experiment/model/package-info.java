/**
 * Model resolution: short layer forms completed from defaults and from the input shape walked
 * through the layers, the model summary table and the dead-network check.
 */
package org.snn4j.experiment.model;
