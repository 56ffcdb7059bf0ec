package org.snn4j.examples.cli;

import java.util.ArrayList;
import java.util.List;
import org.snn4j.autograd.backend.NativeBackend;
import org.snn4j.examples.presets.Presets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code snn4j} command line.
 *
 * <p>Selects the native ND4J build before anything touches ND4J, then dispatches to the
 * subcommands. Every command that trains or evaluates can write a JSON report.
 */
@Command(name = "snn4j", mixinStandardHelpOptions = true, version = "snn4j 0.1.0-SNAPSHOT",
        description = "Spiking neural networks on the JVM: train, evaluate, convert and inspect data.",
        subcommands = {TrainCommand.class, EvalCommand.class, ConvertCommand.class, CompareCommand.class,
            PresetsCommand.class, DataCommand.class,
            DemoCommand.class, CommandLine.HelpCommand.class})
public final class Snn4jCli implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Print stack traces of errors (also with the environment variable SNN4J_DEBUG). */
    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "Print the stack trace of an error (also: SNN4J_DEBUG=1).")
    boolean debug;

    public static void main(String[] args) {
        NativeBackend.configure();
        System.exit(commandLine().execute(args));
    }

    /** The configured picocli command line (used by tests too). */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Snn4jCli());
        List<String> footer = new ArrayList<>(List.of("", "Presets (expected runtime on 2 cores):"));
        new Presets.Descriptions().forEach(line -> footer.add(line.replace("%", "%%"))); // picocli formats footers
        cl.getSubcommands().get("train").getCommandSpec().usageMessage().footer(footer.toArray(new String[0]));
        cl.setExecutionExceptionHandler((ex, line, parseResult) -> {
            line.getErr().println("snn4j: " + CliErrors.describe(ex));
            if (System.getenv("SNN4J_DEBUG") != null || debugRequested(parseResult)) {
                ex.printStackTrace(line.getErr());
            }
            line.getErr().flush();
            return 1;
        });
        CommandLine.IExecutionStrategy run = new CommandLine.RunLast();
        cl.setExecutionStrategy(parseResult -> {
            try {
                return run.execute(parseResult);
            } catch (OutOfMemoryError e) {
                throw new CommandLine.ExecutionException(cl, CliErrors.describe(e), new OutOfMemory(e));
            }
        });
        return cl;
    }

    /** An {@link OutOfMemoryError} carried as an exception to the error handler. */
    static final class OutOfMemory extends RuntimeException {
        private static final long serialVersionUID = 1L;

        OutOfMemory(OutOfMemoryError e) {
            super(CliErrors.describe(e), e);
        }
    }

    private static boolean debugRequested(CommandLine.ParseResult pr) {
        for (CommandLine.ParseResult p = pr; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
