package org.snn4j.examples.cli;

import java.util.ArrayList;
import java.util.List;
import org.snn4j.experiment.ConfigException;
import org.snn4j.experiment.presets.Presets;
import org.snn4j.nativebuild.NativeSelection;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code snn4j} command line.
 *
 * <p>Selects the native ND4J build before anything touches ND4J, then dispatches to the
 * subcommands. Every command that trains or evaluates can write a JSON report.
 */
@Command(name = "snn4j", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Spiking neural networks on the JVM: train, evaluate, convert and inspect data.",
        subcommands = {TrainCommand.class, EvalCommand.class, ConvertCommand.class, CompareCommand.class,
            PresetsCommand.class, DataCommand.class,
            DemoCommand.class, CommandLine.HelpCommand.class})
public final class Snn4jCli implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        String problem = NativeSelection.preview().problem();
        if (problem != null) {
            System.err.println("snn4j: " + problem);
            System.exit(2);
        }
        NativeSelection.configure();
        System.exit(commandLine().execute(args));
    }

    /** The configured picocli command line (used by tests too). */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Snn4jCli());
        List<String> footer = new ArrayList<>(List.of("", "Presets (expected runtime on 2 cores):"));
        for (String name : Presets.names()) { // picocli formats footers
            footer.add(String.format("  %-18s %s", name, Presets.description(name)).replace("%", "%%"));
        }
        cl.getSubcommands().get("train").getCommandSpec().usageMessage().footer(footer.toArray(new String[0]));
        cl.setExecutionExceptionHandler((ex, line, parseResult) -> {
            line.getErr().println("snn4j: " + ex.getMessage());
            if (ex instanceof ConfigException) {
                return 2; // a config error is a usage error: one line, no stack trace
            }
            if (System.getenv("SNN4J_DEBUG") != null) {
                ex.printStackTrace(line.getErr());
            }
            return 1;
        });
        return cl;
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
