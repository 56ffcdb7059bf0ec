/**
 * What {@code snn4j data stats} and {@code data info} report about event files
 * ({@link org.snn4j.examples.data.EventFileReport}): TSV, JSON and human-readable forms.
 */
package org.snn4j.examples.data;
