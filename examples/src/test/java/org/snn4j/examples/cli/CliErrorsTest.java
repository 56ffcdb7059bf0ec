package org.snn4j.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snn4j.autograd.checkpoint.Checkpoint;
import org.snn4j.autograd.nn.LinearSpec;
import picocli.CommandLine;

/**
 * Each user error prints exactly one line (what, where, how to fix) and exits non-zero; a stack
 * trace appears only with {@code --debug}.
 */
class CliErrorsTest {
    /** {exit code, stdout, stderr}. */
    static String[] run(String... args) {
        CommandLine cl = Snn4jCli.commandLine();
        StringWriter err = new StringWriter();
        StringWriter usage = new StringWriter();
        cl.setErr(new PrintWriter(err));
        cl.setOut(new PrintWriter(usage));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream saved = System.out;
        int code;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            code = cl.execute(args);
        } finally {
            System.setOut(saved);
        }
        return new String[] {Integer.toString(code), out.toString(StandardCharsets.UTF_8) + usage, err.toString()};
    }

    private static void assertOneLine(String[] r, String code, String... parts) {
        assertEquals(code, r[0], r[2]);
        assertEquals(1, r[2].lines().count(), "one line:\n" + r[2]);
        for (String p : parts) {
            assertTrue(r[2].contains(p), "'" + p + "' in: " + r[2]);
        }
        assertFalse(r[2].contains("\tat "), "no stack trace without --debug");
    }

    @Test
    void badFlagNamesItAndSuggestsTheRightOne() {
        assertOneLine(run("train", "--preset", "demo", "--epoch", "3"), "2", "snn4j train", "--epoch",
                "did you mean", "--epochs", "--help");
    }

    @Test
    void badValueNamesTheOptionAndTheValue() {
        assertOneLine(run("train", "--preset", "nmnist-lif-mlp", "--epochs", "many"), "2", "--epochs", "many");
    }

    @Test
    void badMonitorKindIsOneLineBeforeAnyTraining() {
        assertOneLine(run("train", "--preset", "nmnist-lif-mlp", "--monitor", "voltage", "--data", "/nowhere"), "1",
                "--monitor: unknown kind 'voltage'", "spikes, membrane, rates");
    }

    @Test
    void missingDatasetSaysWhereItLooked(@TempDir Path dir) throws Exception {
        Path ckpt = dir.resolve("ckpt"); // eval loads the checkpoint before the data, so it must be a real one
        Checkpoint.save(ckpt, new LinearSpec(2, 2).build(new SplittableRandom(0)), null, null, Map.of());
        assertOneLine(run("eval", "--preset", "nmnist-lif-mlp", "--checkpoint", ckpt.toString(), "--data",
                "/nonexistent/nmnist"), "1", "dataset 'nmnist' not found", "Looked in: /nonexistent/nmnist: no such folder",
                "Pass --data DIR");
    }

    @Test
    void missingFileIsOneLine() {
        assertOneLine(run("data", "info", "/nonexistent/recording.bin"), "1", "/nonexistent/recording.bin",
                "no such file");
        assertOneLine(run("plot", "curves", "/nonexistent/report.json", "--out", "x.png"), "1",
                "/nonexistent/report.json: no such file");
    }

    @Test
    void unreadableFileNamesTheFileAndTheOffset(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("broken.bin");
        Files.write(bad, new byte[] {1, 2, 3, 4, 5, 6, 7});
        assertOneLine(run("data", "info", bad.toString()), "1", bad.toString());
        Path notJson = dir.resolve("report.json");
        Files.writeString(notJson, "{ not json");
        assertOneLine(run("plot", "curves", notJson.toString(), "--out", dir.resolve("c.png").toString()), "1",
                notJson.toString(), "not a JSON report");
    }

    @Test
    void unknownPlotKindListsTheKinds() {
        assertOneLine(run("plot", "histogram", "x.json", "--out", "x.png"), "1", "unknown plot kind 'histogram'",
                "raster", "accuracy-vs-t");
    }

    @Test
    void debugAddsTheStackTrace() {
        String[] r = run("data", "info", "/nonexistent/recording.bin", "--debug");
        assertEquals("1", r[0]);
        assertTrue(r[2].lines().findFirst().orElse("").contains("no such file"), r[2]);
        assertTrue(r[2].contains("\tat "), "stack trace with --debug:\n" + r[2]);
    }

    @Test
    void messagesNameTheCauseOnceAndOnOneLine() {
        java.nio.file.AccessDeniedException denied = new java.nio.file.AccessDeniedException("/ro/ck");
        assertEquals("could not write checkpoint /ro/ck: /ro/ck: permission denied", CliErrors.message(
                new java.io.UncheckedIOException("could not write checkpoint /ro/ck: " + denied.getMessage(), denied)));
        assertEquals("/ro/ck: permission denied", CliErrors.message(new java.io.UncheckedIOException(denied)));
        assertEquals("/x: no such file", CliErrors.message(new java.nio.file.NoSuchFileException("/x", null, "no such file")));
        assertEquals("a; b", CliErrors.message(new IllegalStateException("a\nb")));
        assertTrue(CliErrors.message(new OutOfMemoryError("Java heap space")).startsWith(
                "out of memory (Java heap space); give Java more heap, e.g. SNN4J_JAVA_OPTS=-Xmx4g"));
    }

    @Test
    void completionScriptIsGenerated() {
        String[] r = run("completion");
        assertEquals("0", r[0], r[2]);
        assertTrue(r[1].contains("complete -F") && r[1].contains("plot") && r[1].contains("--monitor"), r[1]);
    }
}
