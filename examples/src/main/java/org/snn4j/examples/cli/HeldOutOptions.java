package org.snn4j.examples.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options {@code train} and {@code eval} share: where the data is, how much of the test set, where the report goes. */
final class HeldOutOptions {
    @Option(names = "--data", description = "The dataset's own root folder (default: $SNN4J_DATA/<dataset>).")
    Path data;

    @Option(names = "--limit-test", description = "Use only N evenly spaced test samples.")
    Integer limitTest;

    @Option(names = "--report", description = "Write a JSON report to this file, its Markdown twin (.md) and its plots"
            + " (NAME-curves.png, NAME-confusion.png, ...) beside it.")
    Path report;
}
