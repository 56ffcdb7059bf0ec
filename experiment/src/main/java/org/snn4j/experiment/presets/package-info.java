/**
 * The shipped presets: named experiment config resources
 * ({@code org/snn4j/experiment/presets/<name>.json}), listed in {@link org.snn4j.experiment.presets.Presets#REGISTRY}.
 */
package org.snn4j.experiment.presets;
