package org.snn4j.examples.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The options {@code train} and {@code eval} share: where the data is, how much of the test set, where the report goes. */
final class HeldOutOptions {
    @Option(names = "--data", description = "The dataset's own root folder (same as --set data.dir=PATH).")
    Path data;

    @Option(names = "--limit-test", description = "Use only N evenly spaced test samples (same as --set data.limitTest=N).")
    Integer limitTest;

    @Option(names = "--report", description = "Write a JSON report to this file, its Markdown twin (.md) and its plots"
            + " (NAME-curves.png, NAME-confusion.png, ...) beside it.")
    Path report;

    /** These options as config edits. */
    List<String> sets() {
        List<String> out = new ArrayList<>();
        if (data != null) {
            out.add("data.dir=" + data.toAbsolutePath());
        }
        TrainCommand.add(out, "data.limitTest", limitTest);
        return out;
    }
}
