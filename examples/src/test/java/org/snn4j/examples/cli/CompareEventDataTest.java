package org.snn4j.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snn4j.autograd.checkpoint.Checkpoint;
import org.snn4j.examples.compare.EmulatedTrees;

/**
 * {@code snn4j compare} and {@code snn4j convert} end to end on event data: tiny DVS-emulated
 * CIFAR10-DVS and DVS128 Gesture trees written here, and the shared N-MNIST subset; every method of
 * the comparison is in the report, and {@code convert} takes dataset, size and split from the
 * checkpoint {@code compare} saved.
 */
class CompareEventDataTest {
    @TempDir
    static Path tmp;

    private static String[] run(String... args) {
        return CliErrorsTest.run(args);
    }

    /** A comparison with one epoch of everything at T = 2 and 4. */
    private static JsonNode compare(Path out, String... data) throws Exception {
        List<String> args = new ArrayList<>(List.of("compare", "--out", out.toString(), "--epochs", "1", "--snn-epochs", "1",
                "--hybrid-epochs", "1", "--train-timesteps", "2", "--timesteps", "2,4", "--norms", "data,percentile:99",
                "--calibration", "8", "--shift", "0"));
        args.addAll(List.of(data));
        String[] r = run(args.toArray(String[]::new));
        assertEquals("0", r[0], r[1] + r[2]);
        JsonNode report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
        List<String> methods = new ArrayList<>();
        report.get("methods").forEach(m -> methods.add(m.get("method").asText()));
        assertEquals(List.of("conversion data", "conversion percentile:99", "direct SNN (IF, surrogate BPTT)",
                "hybrid (percentile:99/weights + BPTT)"), methods);
        assertTrue(report.get("lcTtfs").get("testAccuracy").isNumber(), "LC-TTFS present");
        assertFalse(report.get("setup").has("partial"), "the final report");
        assertTrue(Files.exists(out.resolve("report.md")) && Files.exists(out.resolve("accuracy-vs-t.png")));
        return report;
    }

    private static JsonNode convert(Path checkpoint, Path report, String... more) throws Exception {
        List<String> args = new ArrayList<>(List.of("convert", "--checkpoint", checkpoint.toString(), "--norm",
                "percentile:99", "--timesteps", "2,4", "--calibration", "8", "--report", report.toString()));
        args.addAll(List.of(more));
        String[] r = run(args.toArray(String[]::new));
        assertEquals("0", r[0], r[1] + r[2]);
        return new ObjectMapper().readTree(report.toFile());
    }

    @Test
    void compareAndConvertOnCifar10Dvs() throws Exception {
        String cifar = EmulatedTrees.cifar10Dvs().toString();
        Path out = tmp.resolve("cmp-cifar");
        JsonNode report = compare(out, "--dataset", "cifar10-dvs", "--data", cifar, "--split", "random",
                "--train-ratio", "0.5", "--size", "24,24");
        assertEquals("cifar10-dvs", report.get("dataset").asText());
        assertEquals(10, report.get("setup").get("trainSamples").asInt());
        assertEquals("conv16c5-avgpool2-conv32c5-avgpool2-fc10 on 2x24x24", report.get("setup").get("architecture").asText());
        Map<String, Object> meta = Checkpoint.readMetadata(out.resolve("ann-checkpoint"));
        assertEquals(List.of(2, 24, 24), meta.get("inputShape"));
        // no --dataset, --size or --split: all from the checkpoint
        JsonNode c = convert(out.resolve("ann-checkpoint"), tmp.resolve("convert-cifar.json"), "--data",
                cifar);
        assertEquals("cifar10-dvs", c.get("dataset").asText());
        assertEquals("random", c.get("data").get("split").asText());
        assertEquals(10, c.get("testSamples").asInt());
        assertEquals(2, c.get("accuracyByT").size());
        String[] bad = run("convert", "--checkpoint", out.resolve("ann-checkpoint").toString(), "--data", cifar,
                "--size", "32,32");
        assertEquals("1", bad[0]);
        assertEquals("snn4j: --size: the checkpoint was trained on [2, 24, 24] images, the data options give [2, 32, 32]",
                bad[2].strip());
        String[] reuse = run("compare", "--dataset", "cifar10-dvs", "--data", cifar, "--ann-checkpoint",
                out.resolve("ann-checkpoint").toString(), "--out", tmp.resolve("reuse").toString());
        assertEquals("snn4j: --size: the checkpoint was trained on [2, 24, 24] images, the data options give [2, 48, 48]",
                reuse[2].strip(), "checked before any data is read");
    }

    @Test
    void compareOnDvsGesture() throws Exception {
        JsonNode report = compare(tmp.resolve("cmp-gesture"), "--dataset", "dvs-gesture", "--data",
                EmulatedTrees.dvsGesture().toString());
        assertEquals(EmulatedTrees.GESTURE_TRAIN, report.get("setup").get("trainSamples").asInt());
        assertEquals("conv16c5-avgpool2-conv32c5-avgpool2-fc11 on 2x32x32", report.get("setup").get("architecture").asText());
    }

    @Test
    void convertACheckpointTrainedOnNmnistFrames() throws Exception {
        Path nmnist = nmnist();
        Path out = tmp.resolve("cmp-nmnist");
        compare(out, "--dataset", "nmnist", "--data", nmnist.toString(), "--limit-train", "20", "--limit-test", "10");
        JsonNode c = convert(out.resolve("ann-checkpoint"), tmp.resolve("convert-nmnist.json"), "--data", nmnist.toString(),
                "--limit-test", "10", "--input", "poisson");
        assertEquals("nmnist", c.get("dataset").asText());
        assertEquals("poisson", c.get("input").asText());
        assertEquals(List.of(34, 34), new ObjectMapper().convertValue(c.get("data").get("size"), List.class));
    }

    @Test
    void unknownDatasetIsOneLineListingTheNames() {
        for (String target : new String[] {"--out", "--checkpoint"}) {
            String[] r = run(target.equals("--out") ? "compare" : "convert", "--dataset", "cifar10", target,
                    tmp.resolve("x").toString());
            String expected = "--dataset: unknown compare dataset 'cifar10'; known: mnist, fashion-mnist, nmnist, "
                    + "cifar10-dvs, dvs-gesture";
            assertEquals(1, r[2].lines().count(), r[2]);
            assertTrue(r[2].contains(expected), r[2]);
        }
    }

    @Test
    void helpListsTheDatasets() {
        for (String cmd : new String[] {"compare", "convert"}) {
            String[] r = run(cmd, "--help");
            assertEquals("0", r[0]);
            for (String name : List.of("mnist", "fashion-mnist", "nmnist", "cifar10-dvs", "dvs-gesture", "--size", "--split",
                    "--orientation", "--train-ratio")) {
                assertTrue(r[1].contains(name), cmd + " help lists " + name + ":\n" + r[1]);
            }
        }
    }

    private static Path nmnist() {
        String env = System.getenv("SNN4J_DATA");
        for (String c : new String[] {env == null ? "" : env + "/nmnist", "../shared/data/nmnist", "../../shared/data/nmnist"}) {
            if (!c.isEmpty() && Files.isDirectory(Path.of(c))) {
                return Path.of(c);
            }
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(false, "shared N-MNIST not found (set SNN4J_DATA)");
        return null;
    }
}
