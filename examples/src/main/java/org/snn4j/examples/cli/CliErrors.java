package org.snn4j.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;
import org.snn4j.autograd.train.TrainingDivergedException;
import org.snn4j.experiment.ConfigException;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * One-line errors for the command line: {@code snn4j: what (where); how to fix}, exit code 2 for a
 * bad flag or value (including an experiment config error, which names its JSON path) and 1 for a
 * failed run. File-system errors name the path and the cause
 * (Java's own messages are often the bare path), out-of-memory errors name the
 * {@code SNN4J_JAVA_OPTS} setting, and nothing spans lines. A stack trace is printed only with
 * {@code --debug} (or {@code SNN4J_DEBUG}).
 */
final class CliErrors {
    private CliErrors() {
    }

    /** A bad flag or a bad value: one line naming it and the help to read; exit 2. */
    static int parameter(ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        PrintWriter err = cl.getErr();
        String hint = "";
        if (ex instanceof UnmatchedArgumentException u && !u.getSuggestions().isEmpty()) {
            hint = " (did you mean " + String.join(" or ", u.getSuggestions()) + "?)";
        }
        String name = cl.getCommandSpec().qualifiedName();
        err.println(name + ": " + ex.getMessage().trim().replace(System.lineSeparator(), " ") + hint
                + "; see '" + name + " --help'");
        if (debug(args)) {
            ex.printStackTrace(err);
        }
        err.flush();
        return 2;
    }

    /**
     * A run that failed: one line from the exception; exit 1 (2 for a {@link ConfigException}, a usage
     * error). Errors of unexpected types (likely
     * bugs) add a second line pointing to {@code --debug}.
     */
    static int execution(Exception ex, CommandLine line, ParseResult parsed) {
        PrintWriter err = line.getErr();
        err.println("snn4j: " + message(ex));
        if (debug(parsed)) {
            ex.printStackTrace(err);
        } else if (!expected(ex)) {
            err.println("snn4j: run again with --debug for the stack trace");
        }
        err.flush();
        return ex instanceof ConfigException ? 2 : 1;
    }

    /** Failures whose one line says all the user needs: bad input, file-system errors, divergence, memory. */
    private static boolean expected(Exception ex) {
        return ex instanceof IllegalArgumentException || ex instanceof IOException || ex instanceof UncheckedIOException
                || ex instanceof TrainingDivergedException || ex instanceof Snn4jCli.OutOfMemory;
    }

    /** The user-facing one-line message of {@code ex}. */
    static String message(Throwable ex) {
        if (ex instanceof OutOfMemoryError) {
            return "out of memory (" + ex.getMessage() + "); give Java more heap, e.g. SNN4J_JAVA_OPTS=-Xmx4g,"
                    + " or use smaller inputs";
        }
        if (ex instanceof UncheckedIOException u && u.getCause() != null) {
            String m = u.getMessage();
            String cause = message(u.getCause());
            if (m == null || m.equals(u.getCause().toString())) {
                return cause;
            }
            String raw = u.getCause().getMessage();
            if (raw != null && m.endsWith(": " + raw)) { // the wrapper already quotes its cause: say it once
                m = m.substring(0, m.length() - raw.length() - 2);
            }
            return oneLine(m) + ": " + cause;
        }
        if (ex instanceof FileSystemException f) {
            return oneLine(f.getFile() + (f.getOtherFile() == null ? "" : " (" + f.getOtherFile() + ")") + ": "
                    + (f.getReason() == null ? reason(f) : f.getReason()));
        }
        String m = ex.getMessage();
        return m == null || m.isBlank() ? ex.getClass().getSimpleName() : oneLine(m);
    }

    /** The OS cause of a file-system error that carries no reason text. */
    static String reason(FileSystemException fs) {
        if (fs instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (fs instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (fs instanceof NotDirectoryException) {
            return "not a directory";
        }
        return fs.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }

    /** Joins a multi-line message: {@code "Looked in:\n  /x"} → {@code "Looked in: /x"}, other breaks → {@code "; "}. */
    static String oneLine(String m) {
        return m.strip().replaceAll(":\\s*\\R\\s*", ": ").replaceAll("\\s*\\R\\s*", "; ");
    }

    private static boolean debug(ParseResult parsed) {
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return System.getenv("SNN4J_DEBUG") != null;
    }

    private static boolean debug(String[] args) {
        for (String a : args) {
            if (a.equals("--debug")) {
                return true;
            }
        }
        return System.getenv("SNN4J_DEBUG") != null;
    }
}
