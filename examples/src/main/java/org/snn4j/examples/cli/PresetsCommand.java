package org.snn4j.examples.cli;

import org.snn4j.examples.presets.Preset;
import org.snn4j.examples.presets.Presets;
import picocli.CommandLine.Command;

/** Lists the presets with their expected runtimes. */
@Command(name = "presets", description = "List the training presets with their expected runtime.")
final class PresetsCommand implements Runnable {
    @Override
    public void run() {
        for (Preset p : Presets.all()) {
            System.out.printf("%-20s %-16s %s%n", p.name(), p.expectedRuntime(), p.summary());
        }
    }
}
