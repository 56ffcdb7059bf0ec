package org.snn4j.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class CliTest {
    private static String[] run(String... args) {
        CommandLine cl = Snn4jCli.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new String[] {Integer.toString(code), out.toString(), err.toString()};
    }

    @Test
    void helpListsTheCommands() {
        String[] r = run("--help");
        assertEquals("0", r[0]);
        for (String c : new String[] {"train", "eval", "presets", "data", "demo"}) {
            assertTrue(r[1].contains(c), "help mentions " + c + ":\n" + r[1]);
        }
    }

    @Test
    void trainHelpListsPresetsWithRuntime() {
        String[] r = run("train", "--help");
        assertEquals("0", r[0]);
        assertTrue(r[1].contains("mnist-ann-mlp") && r[1].contains("mnist-ann-cnn"), r[1]);
        assertTrue(r[1].contains("min"), "expected runtimes are listed:\n" + r[1]);
    }

    @Test
    void unknownPresetIsAClearError() {
        String[] r = run("train", "--preset", "nope");
        assertEquals("2", r[0]);
        assertTrue(r[2].contains("--preset: \"nope\" is not one of mnist-ann-mlp"), r[2]);
    }

    @Test
    void missingDatasetSaysWhereItLooked() {
        String[] r = run("train", "--preset", "mnist-ann-mlp", "--data", "/nonexistent/mnist", "--quiet");
        assertEquals("1", r[0]);
        assertTrue(r[2].contains("/nonexistent/mnist"), r[2]);
    }
}
