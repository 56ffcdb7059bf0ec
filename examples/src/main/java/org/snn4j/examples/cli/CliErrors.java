package org.snn4j.examples.cli;

import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * One-line errors for the command line: {@code snn4j: what (where); how to fix}, exit code 2 for a
 * bad flag or value and 1 for a failed run. A stack trace is printed only with {@code --debug}.
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

    /** A run that failed: one line from the exception; exit 1. */
    static int execution(Exception ex, CommandLine line, ParseResult parsed) {
        PrintWriter err = line.getErr();
        err.println("snn4j: " + message(ex));
        if (debug(parsed)) {
            ex.printStackTrace(err);
        } else if (!(ex instanceof IllegalArgumentException) && !(ex instanceof java.io.IOException)
                && !(ex instanceof java.io.UncheckedIOException)) {
            err.println("snn4j: run again with --debug for the stack trace");
        }
        err.flush();
        return 1;
    }

    /** The user-facing message of {@code ex}. */
    static String message(Throwable ex) {
        if (ex instanceof java.io.UncheckedIOException u && u.getCause() != null) {
            String m = u.getMessage();
            return (m == null ? "" : m + ": ") + message(u.getCause());
        }
        if (ex instanceof NoSuchFileException f) {
            return f.getFile() + ": no such file or folder";
        }
        if (ex instanceof AccessDeniedException f) {
            return f.getFile() + ": permission denied (check the file's read permission)";
        }
        if (ex instanceof FileSystemException f) {
            return f.getFile() + ": " + (f.getReason() == null ? "cannot be read" : f.getReason());
        }
        String m = ex.getMessage();
        return m == null || m.isBlank() ? ex.getClass().getSimpleName() : oneLine(m);
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
