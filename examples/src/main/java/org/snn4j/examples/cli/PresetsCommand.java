package org.snn4j.examples.cli;

import org.snn4j.experiment.presets.Presets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Lists the presets, or prints one preset's config file ({@code --show NAME}). */
@Command(name = "presets", mixinStandardHelpOptions = true,
        description = "List the training presets, or print one preset's config (--show NAME).")
final class PresetsCommand implements Runnable {
    @Option(names = "--show", paramLabel = "NAME", description = "Print this preset's config file.")
    String show;

    @Override
    public void run() {
        if (show != null) {
            System.out.print(Presets.text(show));
            return;
        }
        for (String name : Presets.names()) {
            System.out.printf("%-20s %s%n", name, Presets.description(name));
        }
    }
}
