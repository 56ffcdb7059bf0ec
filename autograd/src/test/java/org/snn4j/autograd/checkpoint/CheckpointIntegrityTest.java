package org.snn4j.autograd.checkpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.snn4j.autograd.nn.LinearSpec;
import org.snn4j.autograd.nn.Module;
import org.snn4j.autograd.nn.SequentialSpec;
import org.snn4j.autograd.optim.AdamSpec;

/**
 * Issue 19: checksums in the manifest, the size cap on {@code model.json}, and a checkpoint swap
 * without a window (a simulated kill before every file-system step of a save).
 */
class CheckpointIntegrityTest {
    @TempDir
    Path tmp;

    /** Thrown by the fault hook: an Error, so {@code save} does not clean up, as after a kill. */
    static final class SimulatedKill extends Error {
        SimulatedKill(String step) {
            super("killed before " + step);
        }
    }

    @AfterEach
    void removeHook() {
        SaveSteps.install(null);
    }

    static Module model(long seed) {
        return new SequentialSpec(new LinearSpec(3, 2)).build(new SplittableRandom(seed));
    }

    /** Saves {@link #model}{@code (seed)} with its optimiser to {@code dir}. */
    static void saveSmall(Path dir, long seed) throws IOException {
        save(dir, model(seed));
    }

    private static void save(Path dir, Module m) throws IOException {
        Checkpoint.save(dir, m, new AdamSpec(0.1).build(m.namedParameters()), Map.of("epochsDone", 1), Map.of());
    }

    private static Map<String, INDArray> loaded(Path dir) throws IOException {
        return Checkpoint.loadModel(dir).stateDict();
    }

    @Test
    void aFlippedByteInAnyFileIsCaughtByTheManifest() throws IOException {
        Path dir = tmp.resolve("ckpt");
        save(dir, model(1));
        for (String name : List.of(Checkpoint.MODEL_FILE, Checkpoint.WEIGHTS_FILE, Checkpoint.OPTIMIZER_FILE,
                Checkpoint.OPTIMIZER_STATE_FILE, Checkpoint.TRAINER_FILE)) {
            Path f = dir.resolve(name);
            byte[] original = Files.readAllBytes(f);
            byte[] b = original.clone();
            b[b.length - 2] ^= 0x01;
            Files.write(f, b);
            Module m = model(1);
            CheckpointFormatException e = assertThrows(CheckpointFormatException.class, () -> {
                Checkpoint.loadModel(dir);
                Checkpoint.loadOptimizer(dir, new AdamSpec(0.1).build(m.namedParameters()));
                Checkpoint.readTrainerState(dir);
            }, name);
            assertTrue(e.getMessage().startsWith(f + ": SHA-256 ") && e.getMessage().contains("manifest.json"), e.getMessage());
            Files.write(f, original);
        }
        assertEquals(model(1).stateDict(), loaded(dir));
    }

    @Test
    void aCheckpointWithoutManifestStillLoadsAndIsUpgradedOnTheNextSave() throws IOException {
        Path dir = tmp.resolve("old");
        save(tmp.resolve("new"), model(3));
        Files.createDirectories(dir);
        for (String n : List.of(Checkpoint.MODEL_FILE, Checkpoint.WEIGHTS_FILE)) {
            Files.copy(tmp.resolve("new").resolve(n), dir.resolve(n));
        }
        assertEquals(model(3).stateDict(), loaded(dir), "a pre-manifest folder loads");
        save(dir, model(4));
        assertTrue(Files.isSymbolicLink(dir));
        assertEquals(model(4).stateDict(), loaded(dir));
        assertEquals(1, siblings("old").size(), "the old-style folder is gone: " + siblings("old"));
    }

    @Test
    void aKillBeforeAnyStepOfASaveLeavesALoadableCheckpoint() throws IOException {
        for (boolean oldStyle : new boolean[] {false, true}) {
            List<String> steps = new ArrayList<>();
            for (int n = 1; ; n++) {
                Path dir = tmp.resolve((oldStyle ? "legacy" : "link") + n);
                save(dir, model(1));
                if (oldStyle) {
                    makeOldStyle(dir);
                }
                int[] count = {0};
                int killAt = n;
                SaveSteps.install(step -> {
                    if (++count[0] == killAt) {
                        throw new SimulatedKill(step);
                    }
                });
                boolean killed = false;
                try {
                    save(dir, model(2));
                } catch (SimulatedKill k) {
                    killed = true;
                    steps.add(k.getMessage());
                }
                SaveSteps.install(null);
                Map<String, INDArray> state = loaded(dir);
                assertTrue(state.equals(model(1).stateDict()) || state.equals(model(2).stateDict()),
                        "after a kill at step " + n + " the old or the new checkpoint loads");
                save(dir, model(5));
                assertEquals(model(5).stateDict(), loaded(dir), "the next save succeeds");
                assertEquals(1, siblings(dir.getFileName().toString()).size(),
                        "the next save cleans up: " + siblings(dir.getFileName().toString()));
                if (!killed) {
                    break;
                }
            }
            assertTrue(steps.contains("killed before rename link"), steps.toString());
            assertEquals(oldStyle, steps.contains("killed before move the old-style folder aside"), steps.toString());
            System.out.println((oldStyle ? "old-style folder" : "link") + ": a kill before each of " + steps.size()
                    + " steps leaves a loadable checkpoint: " + steps);
        }
    }

    @Test
    void anIoErrorAtAnyStepKeepsTheOldCheckpointAndLeavesNothingBehind() throws IOException {
        Path dir = tmp.resolve("ckpt");
        save(dir, model(1));
        for (int n = 1; ; n++) {
            int[] count = {0};
            int failAt = n;
            String[] failed = {null};
            SaveSteps.install(step -> {
                if (++count[0] == failAt) {
                    failed[0] = step;
                    throw new IOException("No space left on device");
                }
            });
            try {
                save(dir, model(2));
            } catch (IOException e) {
                assertEquals("No space left on device", e.getMessage());
            }
            SaveSteps.install(null);
            if (failed[0] == null) {
                break;
            }
            boolean published = failed[0].equals("clean up");
            assertEquals(published ? model(2).stateDict() : model(1).stateDict(), loaded(dir), failed[0]);
            if (!published) {
                assertEquals(1, siblings("ckpt").size(), "nothing left after a failed " + failed[0]);
            }
            save(dir, model(1));
        }
    }

    @Test
    void staleLeftoversAreDeletedByTheNextSave() throws IOException {
        Path dir = tmp.resolve("ckpt");
        save(dir, model(1));
        Files.createDirectories(tmp.resolve(".ckpt.tmp-123"));
        Files.createDirectories(tmp.resolve(".ckpt.v-0000000000000001"));
        Files.createSymbolicLink(tmp.resolve(".ckpt.link-0000000000000002"), Path.of(".ckpt.v-gone"));
        Files.writeString(tmp.resolve(".ckpt.notes"), "not ours");
        save(dir, model(2));
        assertEquals(List.of(".ckpt.notes", dir.resolveSibling(Files.readSymbolicLink(dir)).getFileName().toString()),
                siblings("ckpt").stream().map(p -> p.getFileName().toString()).sorted().toList());
    }

    @Test
    void aModelJsonDeclaringHugeLayersIsRefusedBeforeBuilding() throws IOException {
        Path dir = tmp.resolve("ckpt");
        save(dir, model(1));
        Path m = dir.resolve(Checkpoint.MODEL_FILE);
        String json = Files.readString(m);
        Files.delete(dir.resolve(CheckpointManifest.FILE));
        Files.writeString(m, json.replace("\"in\" : 3", "\"in\" : 30000").replace("\"out\" : 2", "\"out\" : 30000"));
        String big = assertThrows(CheckpointFormatException.class, () -> Checkpoint.loadModel(dir)).getMessage();
        assertEquals(m + ": field 'model' declares 900030000 parameter values, more than the limit of 200000000; if the model"
                + " is really this large, raise it with SNN4J_JAVA_OPTS=-Dsnn4j.maxParameters=900030000", big);
        Files.writeString(m, json.replace("\"in\" : 3", "\"in\" : 2147483647"));
        assertTrue(assertThrows(CheckpointFormatException.class, () -> Checkpoint.loadModel(dir)).getMessage()
                .contains("declares 4294967296 parameter values, more than the limit"));
        Files.writeString(m, json.replace("\"in\" : 3", "\"in\" : 100000"));
        assertEquals(m + ": field 'model' declares 200002 parameter values but weights.safetensors holds only 8; the two"
                + " files do not belong together", assertThrows(CheckpointFormatException.class, () -> Checkpoint.loadModel(dir))
                .getMessage());
        String previous = System.setProperty(ModelSizeLimit.PROPERTY, "5");
        try {
            Files.writeString(m, json);
            assertTrue(assertThrows(CheckpointFormatException.class, () -> Checkpoint.loadModel(dir)).getMessage()
                    .contains("declares 8 parameter values, more than the limit of 5"));
        } finally {
            if (previous == null) {
                System.clearProperty(ModelSizeLimit.PROPERTY);
            } else {
                System.setProperty(ModelSizeLimit.PROPERTY, previous);
            }
        }
        assertEquals(model(1).stateDict(), loaded(dir));
    }

    @Test
    void pathsThatAreNotCheckpointsAreNamed() throws IOException {
        Path file = Files.writeString(tmp.resolve("file"), "x");
        assertEquals(file + ": is a file, not a checkpoint directory",
                assertThrows(CheckpointFormatException.class, () -> Checkpoint.loadModel(file)).getMessage());
        Path dangling = Files.createSymbolicLink(tmp.resolve("dangling"), Path.of("nowhere"));
        assertEquals(dangling + ": is a link to nowhere, which does not exist",
                assertThrows(CheckpointFormatException.class, () -> Checkpoint.loadModel(dangling)).getMessage());
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        assertEquals(empty.resolve("model.json") + ": file is missing; not a complete snn4j checkpoint",
                assertThrows(CheckpointFormatException.class, () -> Checkpoint.loadModel(empty)).getMessage());
    }

    /** Replaces the link {@code dir} by a real folder holding the files, as snn4j wrote it before links. */
    private static void makeOldStyle(Path dir) throws IOException {
        Path version = dir.resolveSibling(Files.readSymbolicLink(dir));
        Files.delete(dir);
        Files.move(version, dir);
    }

    private List<Path> siblings(String name) throws IOException {
        try (Stream<Path> s = Files.list(tmp)) {
            return s.filter(p -> p.getFileName().toString().equals(name) || p.getFileName().toString().startsWith("." + name + "."))
                    .filter(p -> !p.getFileName().toString().equals(name)).toList();
        } catch (IOException e) {
            fail(e);
            return List.of();
        }
    }
}
