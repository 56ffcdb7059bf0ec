package org.snn4j.autograd.checkpoint;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snn4j.autograd.nn.Module;
import org.snn4j.autograd.optim.AdamSpec;
import org.snn4j.autograd.optim.Optimizer;

/**
 * The fuzz suite of issue 19 over the checkpoint loader: truncation, bit flips, inserted and
 * deleted bytes and extreme 32-bit values in each file of a checkpoint, with and without its
 * manifest; huge declared sizes; wrong format fields; FIFOs and directories in place of files.
 * Every case runs under a time bound and ends in a one-line {@link CheckpointFormatException}
 * naming a file of the checkpoint, in the original state, or (only without a manifest, which
 * older checkpoints lack) in other values the JSON and safetensors formats cannot detect.
 */
class CheckpointFuzzTest {
    private static final Duration CASE_LIMIT = Duration.ofSeconds(10);
    private static final List<String> FILES = List.of(Checkpoint.MODEL_FILE, Checkpoint.WEIGHTS_FILE,
            Checkpoint.OPTIMIZER_FILE, Checkpoint.OPTIMIZER_STATE_FILE, Checkpoint.TRAINER_FILE);

    @TempDir
    Path tmp;

    /** Loads everything a resume loads; returns a fingerprint of the loaded state. */
    private static String load(Path dir) throws IOException {
        Module m = Checkpoint.loadModel(dir);
        Optimizer o = new AdamSpec(0.1).build(m.namedParameters());
        Checkpoint.loadOptimizer(dir, o);
        return m.stateDict() + " " + o.stateTensors() + " " + o.stepCount() + " " + Checkpoint.readTrainerState(dir);
    }

    private static String outcome(Path dir, String expected) {
        try {
            return load(dir).equals(expected) ? "unchanged" : "accepted (no manifest)";
        } catch (CheckpointFormatException e) {
            String m = e.getMessage();
            return m.startsWith(dir.toString()) && !m.contains("\n") ? "rejected" : "FAILED: message " + m;
        } catch (Throwable t) {
            return "FAILED: " + t;
        }
    }

    @Test
    void corruptedCheckpointsAreRejectedOrUnchanged() throws Exception {
        Map<String, Integer> total = new TreeMap<>();
        for (boolean manifest : new boolean[] {true, false}) {
            Path dir = tmp.resolve(manifest ? "with" : "without");
            CheckpointIntegrityTest.saveSmall(dir, 1);
            if (!manifest) {
                Files.delete(dir.resolve(CheckpointManifest.FILE));
            }
            String expected = load(dir);
            SplittableRandom random = new SplittableRandom(19);
            Map<String, Integer> counts = new TreeMap<>();
            for (String name : FILES) {
                Path f = dir.resolve(name);
                byte[] original = Files.readAllBytes(f);
                for (int c = 0; c < 60; c++) {
                    int kind = random.nextInt(5);
                    Files.write(f, mutate(original, kind, random));
                    String where = name + " case " + c + " (mutation " + kind + ")" + (manifest ? "" : " without manifest");
                    String outcome = assertTimeoutPreemptively(CASE_LIMIT, () -> outcome(dir, expected), where);
                    assertTrue(!outcome.startsWith("FAILED"), where + ": " + outcome);
                    assertTrue(!manifest || !outcome.startsWith("accepted"), where + ": accepted despite the manifest");
                    counts.merge(outcome, 1, Integer::sum);
                }
                Files.write(f, original);
            }
            System.out.println("checkpoint fuzz " + (manifest ? "with" : "without") + " manifest: " + counts);
            counts.forEach((k, v) -> total.merge(k, v, Integer::sum));
        }
        System.out.println("checkpoint fuzz total: " + total);
    }

    @Test
    void hostileFilesAndDeclaredSizesAreRejected() throws Exception {
        Map<String, Integer> counts = new TreeMap<>();
        for (String name : FILES) {
            for (String kind : List.of("fifo", "directory", "missing", "huge", "wrong format")) {
                for (boolean manifest : new boolean[] {true, false}) {
                    Path dir = tmp.resolve(name + "-" + kind.replace(' ', '-') + (manifest ? "" : "-bare"));
                    CheckpointIntegrityTest.saveSmall(dir, 2);
                    if (!manifest) {
                        Files.delete(dir.resolve(CheckpointManifest.FILE));
                    }
                    Path f = dir.resolve(name);
                    if (!replace(f, kind)) {
                        continue;
                    }
                    String where = kind + " " + name + (manifest ? "" : " without manifest");
                    String outcome = assertTimeoutPreemptively(CASE_LIMIT, () -> outcome(dir, ""), where);
                    assertTrue(outcome.equals("rejected"), where + ": " + outcome);
                    counts.merge(outcome, 1, Integer::sum);
                }
            }
        }
        System.out.println("checkpoint hostile files: " + counts);
    }

    /** Replaces {@code f} by a hostile variant; false if the variant does not apply. */
    private static boolean replace(Path f, String kind) throws IOException, InterruptedException {
        byte[] original = Files.readAllBytes(f);
        Files.delete(f);
        switch (kind) {
            case "fifo" -> {
                Process p = new ProcessBuilder("mkfifo", f.toString()).start();
                return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
            }
            case "directory" -> Files.createDirectories(f);
            case "missing" -> { }
            case "huge" -> Files.write(f, f.toString().endsWith(".safetensors") ? hugeShape(original) : original);
            default -> {
                byte[] other = new String(original, StandardCharsets.UTF_8).replace("snn4j-", "other-")
                        .getBytes(StandardCharsets.UTF_8);
                Files.write(f, f.toString().endsWith(".safetensors") ? wrongMagic(original) : other);
                if (Arrays.equals(other, original) && !f.toString().endsWith(".safetensors")) {
                    return false;                          // trainer.json has no format field
                }
            }
        }
        if (kind.equals("huge") && f.getFileName().toString().equals(Checkpoint.MODEL_FILE)) {
            Files.writeString(f, new String(original, StandardCharsets.UTF_8).replace("\"in\" : 3", "\"in\" : 2147483647"));
        }
        return !kind.equals("huge") || f.getFileName().toString().endsWith(".safetensors")
                || f.getFileName().toString().equals(Checkpoint.MODEL_FILE);
    }

    /** A safetensors file whose JSON header does not start with '{'. */
    private static byte[] wrongMagic(byte[] original) {
        byte[] out = original.clone();
        out[8] = 'P';
        return out;
    }

    /** A safetensors header that declares a 2^62-element tensor and a header length of 2^40. */
    private static byte[] hugeShape(byte[] original) {
        long n = ByteBuffer.wrap(original, 0, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
        String header = new String(original, 8, (int) n, StandardCharsets.UTF_8);
        String huge = header.replaceFirst("\"shape\":\\[[0-9,]*\\]", "\"shape\":[4611686018427387904]");
        byte[] h = huge.getBytes(StandardCharsets.UTF_8);
        ByteBuffer b = ByteBuffer.allocate(8 + h.length + original.length - 8 - (int) n).order(ByteOrder.LITTLE_ENDIAN);
        b.putLong(huge.equals(header) ? 1L << 40 : h.length).put(h).put(original, 8 + (int) n, original.length - 8 - (int) n);
        return b.array();
    }

    private static byte[] mutate(byte[] data, int kind, SplittableRandom r) {
        int n = data.length;
        return switch (kind) {
            case 0 -> Arrays.copyOf(data, r.nextInt(n));
            case 1 -> {
                byte[] out = data.clone();
                out[r.nextInt(n)] ^= (byte) (1 << r.nextInt(8));
                yield out;
            }
            case 2 -> {
                int at = r.nextInt(n);
                byte[] g = new byte[1 + r.nextInt(16)];
                r.nextBytes(g);
                byte[] out = new byte[n + g.length];
                System.arraycopy(data, 0, out, 0, at);
                System.arraycopy(g, 0, out, at, g.length);
                System.arraycopy(data, at, out, at + g.length, n - at);
                yield out;
            }
            case 3 -> {
                int at = r.nextInt(n);
                int len = Math.min(n - at, 1 + r.nextInt(16));
                byte[] out = new byte[n - len];
                System.arraycopy(data, 0, out, 0, at);
                System.arraycopy(data, at + len, out, at, n - at - len);
                yield out;
            }
            default -> {
                byte[] out = data.clone();
                int at = r.nextInt(Math.max(1, n - 4));
                int v = new int[] {-1, Integer.MAX_VALUE, Integer.MIN_VALUE, 1 << 24}[r.nextInt(4)];
                for (int k = 0; k < 4 && at + k < n; k++) {
                    out[at + k] = (byte) (v >>> (8 * k));
                }
                yield out;
            }
        };
    }
}
