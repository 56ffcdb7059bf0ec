package org.snn4j.autograd.checkpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Real kills during a checkpoint save: {@code strace -e inject=SYSCALL:signal=KILL:when=N} kills a
 * JVM running {@link SaveMain} as it enters the N-th rename (every one of the save's renames), its
 * symbolic link creation, or its first delete. Afterwards the checkpoint must load as the old or
 * the new version, and the next save must succeed and leave no leftovers. Skipped where strace is
 * missing or cannot trace (e.g. no ptrace permission).
 */
class CheckpointKillTest {
    /** The save's rename calls: one per file (5 and the manifest), then the link. */
    private static final int RENAMES = 7;

    @TempDir
    Path tmp;

    @Test
    void aKillAtEveryRenameLinkAndDeleteLeavesALoadableCheckpoint() throws Exception {
        assumeTrue(straceWorks(), "strace is missing or cannot trace here");
        List<String> injections = new ArrayList<>();
        for (int n = 1; n <= RENAMES; n++) {
            injections.add("rename,renameat,renameat2:signal=KILL:when=" + n);
        }
        injections.add("symlink,symlinkat:signal=KILL:when=1");
        injections.add("unlink,unlinkat:signal=KILL:when=1");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < injections.size(); i++) {
                Path dir = tmp.resolve("ck" + i);
                CheckpointIntegrityTest.saveSmall(dir, 1);
                String inject = injections.get(i);
                runs.add(pool.submit(() -> straceSave(dir, 2, inject)));
            }
            for (int i = 0; i < runs.size(); i++) {
                int code = runs.get(i).get(120, TimeUnit.SECONDS);
                assertNotEquals(0, code, injections.get(i) + " killed the save");
                Path dir = tmp.resolve("ck" + i);
                Map<String, INDArray> state = Checkpoint.loadModel(dir).stateDict();
                assertTrue(state.equals(CheckpointIntegrityTest.model(1).stateDict())
                        || state.equals(CheckpointIntegrityTest.model(2).stateDict()), injections.get(i));
                CheckpointIntegrityTest.saveSmall(dir, 3);
                assertEquals(CheckpointIntegrityTest.model(3).stateDict(), Checkpoint.loadModel(dir).stateDict());
                try (Stream<Path> s = Files.list(tmp)) {
                    String prefix = ".ck" + i + ".";
                    assertEquals(1, s.filter(p -> p.getFileName().toString().startsWith(prefix)).count(),
                            "only the live version is left after " + injections.get(i));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static int straceSave(Path dir, long seed, String inject) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("strace", "-f", "-qq", "-o", "/dev/null", "-e", "inject=" + inject,
                javaBin(), "-cp", System.getProperty("java.class.path"), SaveMain.class.getName(), dir.toString(),
                Long.toString(seed)).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("save under strace did not finish: " + inject);
        }
        return p.exitValue();
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static boolean straceWorks() {
        try {
            Process p = new ProcessBuilder("strace", "-f", "-qq", "-o", "/dev/null", "true")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
