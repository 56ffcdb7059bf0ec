/**
 * The {@code snn4j} command line: train, eval, plot, data, demo and friends (picocli). Output
 * targets ({@code --checkpoint}, {@code --report}, {@code --metrics}, {@code --monitor-out},
 * {@code --out}, {@code --plot}) are probed before any data is loaded ({@link
 * org.snn4j.examples.cli.OutputTargets}); every error is one line naming the path and the cause,
 * exit 2 for a bad flag or value and 1 for a failed run ({@link org.snn4j.examples.cli.CliErrors};
 * {@code --debug} or {@code SNN4J_DEBUG=1} add the stack trace).
 */
package org.snn4j.examples.cli;
