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
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Issue 19 through the real commands: early checks of output targets, strict resume, the
 * numerical guard, empty splits, {@code data stats} going on after bad files, and one-line
 * messages that name the path and the cause. Training runs use a few dozen MNIST samples.
 */
class HostileCliTest {
    @TempDir
    Path tmp;

    /** Exit code, stdout and stderr of one command. */
    record Run(int code, String out, String err) {
        /** All output, for assertion messages. */
        String all() {
            return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    static Run run(String... args) {
        CommandLine cl = Snn4jCli.commandLine();
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err, true));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream errStream = new ByteArrayOutputStream();
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(errStream, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = cl.execute(args);
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        return new Run(code, out.toString(StandardCharsets.UTF_8), errStream.toString(StandardCharsets.UTF_8) + err);
    }

    private static Path mnist() {
        String env = System.getenv("SNN4J_DATA");
        Path p = Path.of(env != null ? env : "../shared/data").toAbsolutePath().normalize().resolve("mnist");
        Assumptions.assumeTrue(Files.isDirectory(p), "shared MNIST not found at " + p);
        return p;
    }

    private static String[] train(String... extra) {
        String[] base = {"train", "--preset", "mnist-ann-mlp", "--data", mnist().toString(), "--limit-train", "48",
            "--limit-test", "24", "--batch-size", "16", "--quiet"};
        String[] all = new String[base.length + extra.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(extra, 0, all, base.length, extra.length);
        return all;
    }

    /** The error line: exactly one line starting with "snn4j: ", no stack trace. */
    private static String errorLine(Run r) {
        assertEquals(1, r.code(), r.all());
        String[] lines = r.err().strip().split("\n");
        assertEquals(1, lines.length, "one line, no stack trace: " + r.all());
        assertTrue(lines[0].startsWith("snn4j: "), r.all());
        return lines[0];
    }

    @Test
    void checkpointResumeAndEvalThroughTheCli() throws Exception {
        Path ck = tmp.resolve("ck");
        Run first = run(train("--epochs", "1", "--checkpoint", ck.toString()));
        assertEquals(0, first.code(), first.all());
        assertTrue(Files.isRegularFile(ck.resolve("manifest.json")), "the checkpoint has a manifest");

        Run eval = run("eval", "--checkpoint", ck.toString(), "--preset", "mnist-ann-mlp", "--data", mnist().toString(),
                "--limit-test", "24");
        assertEquals(0, eval.code(), eval.all());
        assertTrue(eval.out().contains(ck + " on mnist-ann-mlp: test accuracy "), eval.all());
        Run own = run("eval", "--checkpoint", ck.toString(), "--data", mnist().toString(), "--limit-test", "24");
        assertEquals(0, own.code(), own.all());
        assertEquals(eval.out(), own.out(), "the checkpoint's own config (metadata.config) names the same data");

        String notPast = errorLine(run(train("--epochs", "1", "--resume", ck.toString())));
        assertEquals("snn4j: --epochs 1 does not go past the 1 epochs already in checkpoint " + ck
                + "; pass --epochs 2 or more to continue", notPast);

        Run fromCk = run("train", "--config", ck.toString(), "--data", mnist().toString(), "--epochs", "2", "--quiet",
                "--resume", ck.toString());
        assertEquals(0, fromCk.code(), "the checkpoint's config continues it unchanged: " + fromCk.all());

        String changed = errorLine(run(train("--epochs", "2", "--lr", "0.25", "--resume", ck.toString())));
        assertTrue(changed.startsWith("snn4j: resuming " + ck + " would change settings the checkpoint recorded: "
                + "optimizer.lr 0.001 -> 0.25; rerun with the recorded settings, or pass --override"), changed);

        Path report = tmp.resolve("report.json");
        Run over = run(train("--epochs", "2", "--lr", "0.25", "--resume", ck.toString(), "--checkpoint", ck.toString(),
                "--override", "--report", report.toString()));
        assertEquals(0, over.code(), over.all());
        String json = Files.readString(report);
        assertTrue(json.contains("\"settingsChanges\"") && json.contains("\"fromEpoch\" : 2") && json.contains("\"optimizer.lr\" : 0.25"),
                json);
    }

    @Test
    void outputTargetsAreCheckedBeforeTraining() throws Exception {
        String proc = errorLine(run(train("--checkpoint", "/proc/snn4j-ck")));
        assertTrue(proc.startsWith("snn4j: --checkpoint /proc/snn4j-ck: cannot write in /proc: ")
                && !proc.endsWith(".tmp"), "names the OS cause, not a temp path: " + proc);

        Path data = Files.createDirectories(tmp.resolve("data"));
        Files.writeString(data.resolve("notes.txt"), "x");
        assertEquals("snn4j: --checkpoint refusing to replace " + data + ": it is not empty and has no model.json, so it is"
                + " not an snn4j checkpoint", errorLine(run(train("--checkpoint", data.toString()))));

        assertEquals("snn4j: --report " + data + ": is a directory, expected a file name",
                errorLine(run(train("--report", data.toString()))));
        Run early = run(train("--report", "/proc/snn4j/report.json"));
        assertTrue(errorLine(early).startsWith("snn4j: --report /proc/snn4j/report.json: cannot write in /proc/snn4j: "),
                early.all());
        assertFalse(early.out().contains("snn4j train"), "the check comes before any data is loaded");
    }

    @Test
    void metricsMonitorAndDemoOutputsAreCheckedBeforeTraining() {
        Run metrics = run(train("--metrics", "/proc/snn4j/m.jsonl"));
        assertTrue(errorLine(metrics).startsWith("snn4j: --metrics /proc/snn4j/m.jsonl: cannot write in /proc/snn4j: "),
                metrics.all());
        assertFalse(metrics.out().contains("snn4j train"), "the check comes before any data is loaded");
        Run monitor = run(train("--monitor", "spikes", "--monitor-out", "/proc/snn4j/m.safetensors"));
        assertTrue(errorLine(monitor).startsWith("snn4j: --monitor-out /proc/snn4j/m.safetensors: cannot write in"
                + " /proc/snn4j: "), monitor.all());
        Run beside = run(train("--monitor", "spikes", "--report", "/proc/snn4j/r.json"));
        assertTrue(errorLine(beside).startsWith("snn4j: --report /proc/snn4j/r.json: cannot write in /proc/snn4j: "),
                beside.all());
        Run demo = run("demo", "--out", "/proc/snn4j-demo", "--quiet");
        assertTrue(errorLine(demo).startsWith("snn4j: --out /proc/snn4j-demo: cannot write in /proc/snn4j-demo: "),
                demo.all());
        assertFalse(demo.out().contains("demo: test accuracy"), "nothing was trained");
    }

    @Test
    void aHugeLearningRateStopsWithOneLineAndExitCode1() {
        String line = errorLine(run(train("--epochs", "1", "--lr", "1e30")));
        assertTrue(line.startsWith("snn4j: training diverged: loss is ") && line.contains(" at epoch 1, batch ")
                && line.contains("try a smaller --lr"), line);
    }

    @Test
    void anEmptySplitIsAnError() throws Exception {
        Path root = Files.createDirectories(tmp.resolve("mnist"));
        for (String f : new String[] {"train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz"}) {
            Files.copy(mnist().resolve(f), root.resolve(f));
        }
        Files.write(root.resolve("t10k-images-idx3-ubyte"), new byte[] {0, 0, 8, 3, 0, 0, 0, 0, 0, 0, 0, 28, 0, 0, 0, 28});
        Files.write(root.resolve("t10k-labels-idx1-ubyte"), new byte[] {0, 0, 8, 1, 0, 0, 0, 0});
        String line = errorLine(run("train", "--preset", "mnist-ann-mlp", "--data", root.toString(), "--limit-train", "16",
                "--epochs", "1", "--quiet"));
        assertEquals("snn4j: " + root.resolve("t10k-images-idx3-ubyte") + " at byte 4: the file declares 0 images; an empty"
                + " test split cannot be used", line);
    }

    @Test
    void dataStatsReportsEachBadFileAndGoesOn() throws Exception {
        Path good = tmp.resolve("good.bin");
        Files.write(good, new byte[] {0x12, 0x10, (byte) 0x80, 0x03, 0x7d});
        Path fifo = tmp.resolve("fifo.bin");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        Assumptions.assumeTrue(mk.waitFor(10, TimeUnit.SECONDS) && mk.exitValue() == 0, "mkfifo works");
        Path dir = Files.createDirectories(tmp.resolve("dir.bin"));
        Path missing = tmp.resolve("missing.bin");
        Path bad = Files.write(tmp.resolve("bad.bin"), new byte[] {1, 2, 3});
        Run r = run("data", "stats", fifo.toString(), dir.toString(), missing.toString(), bad.toString(), good.toString());
        assertEquals(1, r.code(), r.all());
        assertTrue(r.out().contains(good + "\tNMNIST_BIN\t34x34\t1\t1/0\t18..18\t16..16\t893..893"), r.all());
        String[] err = r.err().strip().split("\n");
        assertEquals(5, err.length, r.all());
        assertEquals("snn4j: " + fifo + ": is not a regular file (a FIFO, device or socket); refusing to read it", err[0]);
        assertEquals("snn4j: " + dir + ": is a directory, expected a data file", err[1]);
        assertEquals("snn4j: " + missing + ": no such file", err[2]);
        assertTrue(err[3].startsWith("snn4j: " + bad + " at byte 0: truncated event"), err[3]);
        assertEquals("snn4j: 4 of 5 files could not be read", err[4]);
    }

    @Test
    void dataStatsJsonListsTheGoodFilesAndReportsTheBadOnes() throws Exception {
        Path good = Files.write(tmp.resolve("good.bin"), new byte[] {0x12, 0x10, (byte) 0x80, 0x03, 0x7d});
        Path bad = Files.write(tmp.resolve("bad.bin"), new byte[] {1, 2, 3});
        Run r = run("data", "stats", "--json", bad.toString(), good.toString());
        assertEquals(1, r.code(), r.all());
        assertTrue(r.out().contains("\"file\" : \"" + good + "\"") && r.out().contains("\"sumT\" : 893")
                && !r.out().contains(bad.toString()), r.all());
        String[] err = r.err().strip().split("\n");
        assertEquals(2, err.length, r.all());
        assertTrue(err[0].startsWith("snn4j: " + bad + " at byte 0: truncated event"), err[0]);
        assertEquals("snn4j: 1 of 2 files could not be read", err[1]);
    }

    @Test
    void corruptCheckpointsAndMissingFilesAreOneLineErrors() throws Exception {
        Path ck = tmp.resolve("nope");
        assertEquals("snn4j: " + ck + ": checkpoint directory does not exist", errorLine(run("eval", "--checkpoint",
                ck.toString(), "--preset", "mnist-ann-mlp", "--data", mnist().toString(), "--limit-test", "8")));
        String missing = errorLine(run("data", "frames", tmp.resolve("gone.bin").toString(), "--out",
                tmp.resolve("f.png").toString()));
        assertEquals("snn4j: " + tmp.resolve("gone.bin") + ": no such file", missing);
        Run debug = run("data", "frames", tmp.resolve("gone.bin").toString(), "--out", tmp.resolve("f.png").toString(),
                "--debug");
        assertEquals(1, debug.code());
        assertTrue(debug.err().contains("\tat org.snn4j."), "--debug prints the stack trace: " + debug.all());
    }
}
