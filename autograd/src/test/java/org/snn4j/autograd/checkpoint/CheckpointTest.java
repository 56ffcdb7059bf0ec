package org.snn4j.autograd.checkpoint;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.snn4j.autograd.GradMode;
import org.snn4j.autograd.Tensor;
import org.snn4j.autograd.nn.BatchNorm1dSpec;
import org.snn4j.autograd.nn.DropoutSpec;
import org.snn4j.autograd.nn.LayerSpec;
import org.snn4j.autograd.nn.LinearSpec;
import org.snn4j.autograd.nn.Module;
import org.snn4j.autograd.nn.ReLUSpec;
import org.snn4j.autograd.nn.SequentialSpec;
import org.snn4j.autograd.optim.AdamSpec;
import org.snn4j.autograd.optim.Optimizer;
import org.snn4j.autograd.optim.SgdSpec;

class CheckpointTest {
    private static final LayerSpec SPEC = new SequentialSpec(new LinearSpec(6, 5), new BatchNorm1dSpec(5), new ReLUSpec(),
            new DropoutSpec(0.2), new LinearSpec(5, 3));
    private static final INDArray X = Nd4j.rand(new SplittableRandom(1).nextLong(), new long[] {8, 6}).castTo(DataType.FLOAT);

    @TempDir
    Path tmp;

    /** One training step: mean of the outputs, seeded dropout. */
    private static void trainStep(Module model, Optimizer opt, long seed) {
        model.reseed(seed);
        opt.zeroGrad();
        model.forward(Tensor.constant(X)).mean().backward();
        opt.step();
    }

    private static Module trained(Optimizer[] optOut) {
        Module model = SPEC.build(new SplittableRandom(42));
        Optimizer opt = new AdamSpec(0.01).build(model.namedParameters());
        trainStep(model, opt, 1);
        trainStep(model, opt, 2);
        optOut[0] = opt;
        return model;
    }

    private static INDArray evalOutput(Module m) {
        m.eval();
        try (GradMode.Scope s = GradMode.noGrad()) {
            return m.forward(Tensor.constant(X)).value();
        }
    }

    @Test
    void modelRoundTripsThroughJsonAndSafetensors() throws IOException {
        Optimizer[] opt = new Optimizer[1];
        Module model = trained(opt);
        Path dir = tmp.resolve("ckpt");
        Checkpoint.save(dir, model, opt[0], Map.of("epoch", 3, "history", List.of(0.5, 0.25)), Map.of("preset", "test"));
        assertEquals(SPEC, Checkpoint.readSpec(dir));
        Module loaded = Checkpoint.loadModel(dir);
        model.stateDict().forEach((k, v) -> assertEquals(v, loaded.stateDict().get(k), k));
        assertEquals(evalOutput(model), evalOutput(loaded));
        assertEquals(Map.of("preset", "test"), Checkpoint.readMetadata(dir));
        assertEquals(Map.of("epoch", 3, "history", List.of(0.5, 0.25)), Checkpoint.readTrainerState(dir));
        String json = Files.readString(dir.resolve("model.json"));
        assertTrue(json.contains("\"format\" : \"snn4j-model\"") && json.contains("\"version\" : 2"), json);
        assertFalse(json.contains("org.snn4j"), "no class names: " + json);
        assertTrue(SafeTensors.read(dir.resolve("weights.safetensors")).tensors().containsKey("1.running_mean"));
    }

    @Test
    void resumedOptimizerContinuesExactly() throws IOException {
        Optimizer[] opt = new Optimizer[1];
        Module model = trained(opt);
        Path dir = tmp.resolve("ckpt");
        Checkpoint.save(dir, model, opt[0], null, Map.of());
        Module resumed = Checkpoint.loadModel(dir);
        Optimizer resumedOpt = new AdamSpec(0.5).build(resumed.namedParameters());
        Checkpoint.loadOptimizer(dir, resumedOpt);
        assertEquals(2, resumedOpt.stepCount());
        assertEquals(0.01, resumedOpt.learningRate(), 0.0);
        resumed.train();
        trainStep(model, opt[0], 3);
        trainStep(resumed, resumedOpt, 3);
        model.stateDict().forEach((k, v) -> assertEquals(v, resumed.stateDict().get(k), k));
    }

    @Test
    void loadingIntoAnotherArchitectureListsTheOffenders() throws IOException {
        Path dir = tmp.resolve("ckpt");
        Checkpoint.save(dir, new SequentialSpec(new LinearSpec(4, 3)).build(new SplittableRandom(0)), null, null, Map.of());
        Module other = new SequentialSpec(new LinearSpec(4, 2, false), new LinearSpec(2, 2)).build(new SplittableRandom(0));
        CheckpointFormatException e = assertThrows(CheckpointFormatException.class, () -> Checkpoint.loadWeights(dir, other));
        assertEquals(dir.resolve("weights.safetensors") + ": state does not match Sequential: missing [1.weight[2, 2], "
                + "1.bias[2]]; unexpected [0.bias[3]]; wrong shape [0.weight expected [2, 4] got [3, 4]]", e.getMessage());
    }

    @Test
    void truncatedWeightsAreAClearError() throws IOException {
        Path dir = tmp.resolve("ckpt");
        Checkpoint.save(dir, SPEC.build(new SplittableRandom(0)), null, null, Map.of());
        Path w = dir.resolve("weights.safetensors");
        byte[] b = Files.readAllBytes(w);
        Files.write(w, java.util.Arrays.copyOf(b, b.length - 1));
        assertEquals(w + ": has " + (b.length - 1) + " bytes but manifest.json records " + b.length
                + "; the file was truncated or changed after it was written",
                assertThrows(CheckpointFormatException.class, () -> Checkpoint.loadModel(dir)).getMessage());
        Files.delete(dir.resolve(CheckpointManifest.FILE)); // as written before manifests: the parser catches it
        CheckpointFormatException e = assertThrows(CheckpointFormatException.class, () -> Checkpoint.loadModel(dir));
        assertTrue(e.getMessage().startsWith(w + ": truncated: tensor "), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void saveReplacesAtomicallyAndLeavesNoTemporaries() throws IOException {
        Path dir = tmp.resolve("ckpt");
        Module a = new SequentialSpec(new LinearSpec(2, 2)).build(new SplittableRandom(1));
        Module b = new SequentialSpec(new LinearSpec(2, 2)).build(new SplittableRandom(2));
        Checkpoint.save(dir, a, new SgdSpec(0.1, 0.9).build(a.namedParameters()), Map.of("epoch", 1), Map.of());
        Checkpoint.save(dir, b, null, null, Map.of());
        assertEquals(b.stateDict(), Checkpoint.loadModel(dir).stateDict());
        assertFalse(Checkpoint.hasOptimizer(dir), "the old checkpoint's files are gone");
        assertTrue(Files.isSymbolicLink(dir), "the checkpoint is a link to its current version");
        Path version = dir.resolveSibling(Files.readSymbolicLink(dir));
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(java.util.Set.of(dir, version), java.util.Set.copyOf(s.toList()), "one version, no temporaries");
        }
    }

    @Test
    void refusesToReplaceSomethingThatIsNotACheckpoint() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("data"));
        Files.writeString(dir.resolve("precious.txt"), "x");
        IOException e = assertThrows(IOException.class,
                () -> Checkpoint.save(dir, SPEC.build(new SplittableRandom(0)), null, null, Map.of()));
        assertEquals("refusing to replace " + dir.toAbsolutePath() + ": it is not empty and has no model.json, so it is not an"
                + " snn4j checkpoint", e.getMessage());
        assertTrue(Files.exists(dir.resolve("precious.txt")));
    }

    @Test
    void badModelJsonIsAClearError() throws IOException {
        Path dir = tmp.resolve("ckpt");
        Checkpoint.save(dir, SPEC.build(new SplittableRandom(0)), null, null, Map.of());
        Path m = dir.resolve("model.json");
        String json = Files.readString(m);
        Files.delete(dir.resolve(CheckpointManifest.FILE)); // as written before manifests: the parser catches it
        Files.writeString(m, json.replace("\"version\" : 2", "\"version\" : 3"));
        assertEquals(m + ": field 'version' is 3; this snn4j reads version 1..2",
                assertThrows(CheckpointFormatException.class, () -> Checkpoint.readSpec(dir)).getMessage());
        Files.writeString(m, json.replace("\"relu\"", "\"gelu\""));
        String unknown = assertThrows(CheckpointFormatException.class, () -> Checkpoint.readSpec(dir)).getMessage();
        assertTrue(unknown.startsWith(m + ": field 'model': invalid layer spec:") && unknown.contains("'gelu'"), unknown);
        Files.writeString(m, json.substring(0, json.length() / 2));
        assertTrue(assertThrows(CheckpointFormatException.class, () -> Checkpoint.readSpec(dir)).getMessage()
                .startsWith(m + ": not valid JSON:"));
    }

    @Test
    void missingDirectoryAndMismatchedOptimizerAreClearErrors() throws IOException {
        Path none = tmp.resolve("nope");
        assertEquals(none + ": checkpoint directory does not exist",
                assertThrows(CheckpointFormatException.class, () -> Checkpoint.loadModel(none)).getMessage());
        Module model = SPEC.build(new SplittableRandom(0));
        Path dir = tmp.resolve("ckpt");
        Checkpoint.save(dir, model, new AdamSpec(0.1).build(model.namedParameters()), null, Map.of());
        assertEquals(dir.resolve("optimizer.json") + ": holds adam state but the optimizer is sgd",
                assertThrows(CheckpointFormatException.class,
                        () -> Checkpoint.loadOptimizer(dir, new SgdSpec(0.1).build(model.namedParameters()))).getMessage());
    }

    @Test
    void weightsArePlainFloat32ByDottedName() throws IOException {
        Module model = SPEC.build(new SplittableRandom(0));
        Path dir = tmp.resolve("ckpt");
        Checkpoint.save(dir, model, null, null, Map.of());
        SafeTensorsFile f = SafeTensors.read(dir.resolve("weights.safetensors"));
        assertEquals(List.of("0.weight", "0.bias", "1.weight", "1.bias", "4.weight", "4.bias", "1.running_mean", "1.running_var"),
                List.copyOf(f.tensors().keySet()));
        assertArrayEquals(new long[] {5, 6}, f.tensors().get("0.weight").shape());
        assertEquals(DataType.FLOAT, f.tensors().get("0.weight").dataType());
    }
}
