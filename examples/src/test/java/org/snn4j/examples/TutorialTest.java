package org.snn4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snn4j.examples.cli.Snn4jCli;
import org.snn4j.examples.plot.PlotKinds;
import org.snn4j.examples.plot.PlotOptions;

/**
 * Runs every {@code ./snn4j} command of {@code docs/tutorial.md} in order, with tiny limits added
 * (fewer samples and epochs; nothing else changes), then renders every plot kind from what that
 * real run wrote (plus a tiny {@code snn4j stdp} run for {@code fields}), in PNG and SVG.
 */
class TutorialTest {
    /** Per command: flag → value set (replaced when the tutorial gives it) to keep the run tiny. */
    private static final Map<String, String[]> TINY = Map.of(
            "demo", new String[] {"--train-per-class", "3", "--test-per-class", "1", "--epochs", "1", "--quiet", null},
            "train", new String[] {"--limit-train", "40", "--limit-test", "20", "--epochs", "1", "--quiet", null},
            "eval", new String[] {"--limit-test", "20"},
            "convert", new String[] {"--limit-test", "20", "--calibration", "40"});

    @Test
    void everyTutorialCommandRunsAndEveryPlotKindRenders(@TempDir Path tmp) throws Exception {
        Path data = sharedData();
        Path tutorial = Files.exists(Path.of("docs", "tutorial.md")) ? Path.of("docs", "tutorial.md")
                : Path.of("..", "docs", "tutorial.md");
        List<String[]> commands = commands(tutorial, data, tmp);
        assertEquals(10, commands.size(), "the tutorial has ten commands");
        for (String[] args : commands) {
            String out = run(args);
            assertTrue(out.startsWith("0\n"), String.join(" ", args) + " failed:\n" + out);
        }
        Path runs = tmp.resolve("runs");
        for (String f : new String[] {"demo/demo.json", "demo/demo.md", "demo/demo-raster.png", "demo/demo-curves.png",
            "frames.png", "nmnist/report.json", "nmnist/report.md", "nmnist/metrics.jsonl", "nmnist/eval.json",
            "nmnist/report-monitor.safetensors", "raster.svg", "curves.png", "convert.json", "accuracy-vs-t.png"}) {
            assertTrue(Files.size(runs.resolve(f)) > 100, f + " written");
        }
        JsonNode report = new ObjectMapper().readTree(runs.resolve("nmnist/report.json").toFile());
        for (String field : new String[] {"dataset", "model", "config", "seed", "epochs", "timings", "machine",
            "confusion", "plots"}) {
            assertTrue(report.has(field), "report has " + field + ": " + report);
        }
        assertEquals("report-curves.png", report.path("plots").path("curves").asText());
        List<String> metrics = Files.readAllLines(runs.resolve("nmnist/metrics.jsonl"));
        assertTrue(metrics.get(metrics.size() - 1).contains("\"type\":\"epoch\""), metrics.toString());

        // fields reads the weights of an stdp run, which the ten-command tutorial does not make: a tiny one here
        Path stdp = runs.resolve("stdp/report.json");
        String stdpOut = run(new String[] {"stdp", "--preset", "mnist-stdp-100", "--train-limit", "12", "--test-limit", "6",
            "--compare-samples", "0", "--report", stdp.toString()});
        assertTrue(stdpOut.startsWith("0\n"), "stdp failed:\n" + stdpOut);
        Map<String, Path> inputs = Map.of("raster", runs.resolve("nmnist/report-monitor.safetensors"),
                "membrane", runs.resolve("nmnist/report-monitor.json"),
                "rates", runs.resolve("demo/demo-monitor.safetensors"),
                "curves", runs.resolve("demo/demo.json"),
                "confusion", runs.resolve("nmnist/eval.json"),
                "frames", data.resolve("nmnist/Test/0/00004.bin"),
                "gif", data.resolve("aedat4-dvxplorer-sample/sample.aedat4"),
                "accuracy-vs-t", runs.resolve("convert.json"),
                "fields", runs.resolve("stdp/report.weights.safetensors"));
        assertEquals(PlotKinds.registry().names().size(), inputs.size(), "every kind is covered");
        Path plots = tmp.resolve("plots");
        for (String kind : PlotKinds.registry().names()) {
            for (String ext : kind.equals("gif") ? new String[] {"gif"} : new String[] {"png", "svg"}) {
                Path out = plots.resolve(kind + "." + ext);
                PlotKinds.registry().get(kind).render(inputs.get(kind), out, new PlotOptions(1, 4, 640, 400));
                check(out, ext);
            }
        }
    }

    private static void check(Path out, String ext) throws Exception {
        if (ext.equals("svg")) {
            String svg = Files.readString(out);
            assertTrue(svg.contains("<svg") && svg.contains("</svg>") && svg.length() > 2000, out + " is an SVG");
            return;
        }
        BufferedImage img = ImageIO.read(out.toFile());
        assertTrue(img != null && img.getWidth() >= 400, out + " is a readable image");
        if (ext.equals("png")) {
            long colours = Arrays.stream(img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth()))
                    .distinct().count();
            assertTrue(colours > 8, out + " draws something (" + colours + " colours)");
        }
    }

    /** The {@code ./snn4j} lines of the tutorial as argument arrays, tiny limits added. */
    static List<String[]> commands(Path tutorial, Path data, Path tmp) throws Exception {
        List<String[]> out = new ArrayList<>();
        for (String line : Files.readAllLines(tutorial)) {
            if (!line.startsWith("./snn4j ")) {
                continue;
            }
            List<String> args = new ArrayList<>();
            for (String a : line.substring("./snn4j ".length()).trim().split("\\s+")) {
                a = a.replace("$SNN4J_DATA", data.toString());
                args.add(a.startsWith("runs/") ? tmp.resolve(a).toString() : a);
            }
            String[] tiny = TINY.getOrDefault(args.get(0), new String[0]);
            for (int i = 0; i < tiny.length; i += 2) {
                int at = args.indexOf(tiny[i]);
                if (at >= 0 && tiny[i + 1] != null) {
                    args.set(at + 1, tiny[i + 1]);
                } else if (at < 0) {
                    args.add(tiny[i]);
                    if (tiny[i + 1] != null) {
                        args.add(tiny[i + 1]);
                    }
                }
            }
            out.add(args.toArray(new String[0]));
        }
        return out;
    }

    /** Exit code, a newline, then what the command printed. */
    private static String run(String[] args) throws Exception {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream saved = System.out;
        int code;
        try {
            System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
            code = Snn4jCli.commandLine().execute(args);
        } finally {
            System.setOut(saved);
        }
        return code + "\n" + buf.toString(StandardCharsets.UTF_8);
    }

    static Path sharedData() {
        String env = System.getenv("SNN4J_DATA");
        for (String c : new String[] {env == null ? "" : env, "../shared/data", "../../shared/data"}) {
            Path p = Path.of(c).toAbsolutePath().normalize();
            if (!c.isEmpty() && Files.isDirectory(p.resolve("nmnist")) && Files.isDirectory(p.resolve("mnist"))) {
                return p;
            }
        }
        assumeTrue(false, "shared data not found (set SNN4J_DATA to the folder holding nmnist/ and mnist/)");
        return null;
    }
}
