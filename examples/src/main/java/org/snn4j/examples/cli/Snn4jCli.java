package org.snn4j.examples.cli;

import java.util.ArrayList;
import java.util.List;
import org.snn4j.experiment.presets.Presets;
import org.snn4j.nativebuild.NativeSelection;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code snn4j} command line.
 *
 * <p>Selects the native ND4J build before anything touches ND4J, then dispatches to the
 * subcommands. Every command that trains or evaluates can write a JSON report. Errors are one
 * line ({@link CliErrors}); {@code --debug} adds the stack trace.
 */
@Command(name = "snn4j", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Spiking neural networks on the JVM: train, evaluate, convert, plot and inspect data.",
        subcommands = {TrainCommand.class, EvalCommand.class, ConvertCommand.class, CompareCommand.class,
            PresetsCommand.class, DataCommand.class, StdpCommand.class, PlotCommand.class, CompletionCommand.class,
            DemoCommand.class, CommandLine.HelpCommand.class})
public final class Snn4jCli implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Print stack traces of errors (also with the environment variable SNN4J_DEBUG); one global flag. */
    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "Print the stack trace of an error (also: SNN4J_DEBUG=1).")
    boolean debug;

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
        cl.setExecutionExceptionHandler(CliErrors::execution);
        cl.setParameterExceptionHandler(CliErrors::parameter);
        CommandLine.IExecutionStrategy run = new CommandLine.RunLast();
        cl.setExecutionStrategy(parseResult -> {
            try {
                return run.execute(parseResult);
            } catch (OutOfMemoryError e) {
                throw new CommandLine.ExecutionException(cl, CliErrors.message(e), new OutOfMemory(e));
            }
        });
        return cl;
    }

    /** An {@link OutOfMemoryError} carried as an exception to the error handler. */
    static final class OutOfMemory extends RuntimeException {
        private static final long serialVersionUID = 1L;

        OutOfMemory(OutOfMemoryError e) {
            super(CliErrors.message(e), e);
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
