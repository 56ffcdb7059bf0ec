/**
 * Normalisation of converted networks: model-based and data-based max-norm (Diehl et al. 2015,
 * Algorithms 1 and 2), robust percentile norm (Rueckauer et al. 2017), the channel-wise variant,
 * and the two ways to apply the scales, weight normalisation (Diehl et al. 2015) and threshold
 * balancing (Sengupta et al. 2019), equivalent under reset by subtraction.
 */
package org.snn4j.conversion.norm;
