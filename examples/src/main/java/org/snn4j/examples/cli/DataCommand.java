package org.snn4j.examples.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code snn4j data ...}: inspect, convert and emulate event data. */
@Command(name = "data", mixinStandardHelpOptions = true,
        description = "Inspect event files, emulate event datasets, download datasets.",
        subcommands = {DataStatsCommand.class, DataInfoCommand.class, DataFramesCommand.class, DataEmulateCommand.class, DataDownloadCommand.class})
final class DataCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
