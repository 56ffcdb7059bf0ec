/**
 * The immutable records of a resolved experiment config. Every field is written out in reports
 * and checkpoints; {@code docs/CONFIG.md} documents them and a test checks it against these records.
 */
package org.snn4j.experiment.config;
