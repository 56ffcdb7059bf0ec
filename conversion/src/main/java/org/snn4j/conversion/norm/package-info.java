/**
 * Normalisation of converted networks: model-based and data-based max-norm (Diehl et al. 2015,
 * seed 002), robust percentile norm (Rueckauer et al. 2017), the channel-wise variant, and the
 * two ways to apply the scales, weight normalisation and threshold balancing (seed 000).
 */
package org.snn4j.conversion.norm;
