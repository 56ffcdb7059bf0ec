/** The {@code snn4j} command line: train, eval, data, demo and friends (picocli). */
package org.snn4j.examples.cli;
