package org.snn4j.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.snn4j.experiment.Experiment;
import org.snn4j.experiment.ExperimentResult;
import org.snn4j.experiment.presets.Presets;
import picocli.CommandLine;

/**
 * {@code train --config}: the README example trains from the command line with the same per-epoch
 * losses as from Java; a run repeats from its report; config errors are one line with exit code 2.
 */
class ConfigCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static String[] run(String... args) {
        CommandLine cl = Snn4jCli.commandLine();
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err));
        PrintStream saved = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            int code = cl.execute(args);
            return new String[] {Integer.toString(code), out.toString(StandardCharsets.UTF_8), err.toString()};
        } finally {
            System.setOut(saved);
        }
    }

    static Path root() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("docs/quickstart"))) {
                return p;
            }
        }
        throw new IllegalStateException("no repository root above " + Path.of("").toAbsolutePath());
    }

    static Path mnist() {
        String env = System.getenv("SNN4J_DATA");
        Path p = env == null ? null : Path.of(env, "mnist");
        return p != null && Files.isDirectory(p) ? p : null;
    }

    static List<String> tiny(Path mnist) {
        return List.of("data.dir=" + mnist, "data.limitTrain=64", "data.limitTest=32", "train.batchSize=32",
                "train.epochs=2");
    }

    static List<Double> losses(Path report) throws Exception {
        List<Double> out = new ArrayList<>();
        for (JsonNode e : JSON.readTree(report.toFile()).get("epochs")) {
            out.add(e.get("trainLoss").doubleValue());
        }
        return out;
    }

    @Test
    void readmeExampleTrainsLikeJavaAndRepeatsFromItsReport(@TempDir Path tmp) throws Exception {
        Path mnist = mnist();
        assumeTrue(mnist != null, "shared MNIST not found (set SNN4J_DATA)");
        Path example = root().resolve("docs/quickstart/fmnist-small-csnn.json");
        List<String> args = new ArrayList<>(List.of("train", "--config", example.toString(), "--quiet",
                "--report", tmp.resolve("r1.json").toString()));
        tiny(mnist).forEach(s -> {
            args.add("--set");
            args.add(s);
        });
        String[] r = run(args.toArray(new String[0]));
        assertEquals("0", r[0], r[2]);
        assertTrue(r[1].contains("parameters") && r[1].contains("[4, B, 10]"), "model summary:\n" + r[1]);
        List<Double> cli = losses(tmp.resolve("r1.json"));
        assertEquals(2, cli.size());

        ExperimentResult java = Experiment.fromFile(example, tiny(mnist))
                .output(new PrintStream(new ByteArrayOutputStream()), false).run();
        assertEquals(java.epochLosses(), cli, "CLI and Java give identical losses");

        String[] again = run("train", "--config", tmp.resolve("r1.json").toString(), "--quiet", "--report",
                tmp.resolve("r2.json").toString());
        assertEquals("0", again[0], again[2]);
        assertEquals(cli, losses(tmp.resolve("r2.json")), "the run repeats from its report");
        JsonNode report = JSON.readTree(tmp.resolve("r2.json").toFile());
        assertEquals(15786, report.get("parameters").intValue());
        assertEquals(7, report.at("/model/layers").size());
        assertEquals("[4, B, 10]", report.at("/model/layers/6/output").textValue());
        assertEquals(6282, report.at("/model/neurons").intValue());
        assertEquals(JSON.readTree(tmp.resolve("r1.json").toFile()).get("config"), report.get("config"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "data.limitTrian=5            | data.limitTrian: unknown key; allowed:",
        "train.epochs=two             | train.epochs: expected an integer, got \"two\"",
        "model.layers[2].type=lfi     | model.layers[2].type: \"lfi\" is not one of ",
        "model.layers[2].tauMs=0.1    | model.layers[2].tauMs: tauMs = 0.1 must be in [dtMs = 1.0, +inf)",
        "data.dataset=nmnist          | data.encoder: event data take \"frames\", not an encoder"})
    void configErrorsAreOneLineWithExitCode2(String edit, String expected) {
        String[] r = run("train", "--config", root().resolve("docs/quickstart/fmnist-small-csnn.json").toString(),
                "--set", edit.trim());
        assertEquals("2", r[0], r[2]);
        String err = r[2].strip();
        assertFalse(err.contains("\n"), "one line:\n" + err);
        assertTrue(err.startsWith("snn4j: " + expected.trim()), err);
    }

    @Test
    void framesByIsCheckedWithTheAllowedValues(@TempDir Path tmp) throws Exception {
        Path cfg = tmp.resolve("c.json");
        Files.writeString(cfg, "{\"data\": {\"dataset\": \"nmnist\", \"frames\": {\"by\": \"tme\"}},"
                + " \"model\": {\"layers\": [{\"type\": \"flatten\"}, {\"type\": \"linear\", \"out\": 10}]}}");
        String[] r = run("train", "--config", cfg.toString());
        assertEquals("2", r[0]);
        assertEquals("snn4j: data.frames.by: \"tme\" is not one of time, count, spikes", r[2].strip());
    }

    @Test
    void presetsShowPrintsTheShippedConfig() throws Exception {
        String[] r = run("presets", "--show", "nmnist-slayer-mlp");
        assertEquals("0", r[0]);
        assertEquals(Presets.text("nmnist-slayer-mlp"), r[1]);
        assertEquals("nmnist-slayer-mlp", JSON.readTree(r[1]).get("name").textValue());
        String[] list = run("presets");
        for (String name : Presets.names()) {
            assertTrue(list[1].contains(name), list[1]);
        }
    }
}
