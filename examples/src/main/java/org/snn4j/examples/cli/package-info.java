/**
 * The {@code snn4j} command line: train, eval, data, demo and friends (picocli). Output targets
 * ({@code --checkpoint}, {@code --report}, {@code --out}, {@code --plot}) are probed before any
 * data is loaded; every error is one line naming the path and the cause ({@code --debug} or
 * {@code SNN4J_DEBUG=1} add the stack trace).
 */
package org.snn4j.examples.cli;
