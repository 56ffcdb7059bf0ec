package org.snn4j.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lookup order --data DIR, $SNN4J_DATA/name, fallbacks; and the error message when nothing fits. */
class DataLocatorTest {
    @TempDir
    Path tmp;

    private Path dataset(String dir, String... files) throws Exception {
        Path root = tmp.resolve(dir);
        for (String f : files) {
            Path p = root.resolve(f);
            if (f.endsWith("/")) {
                Files.createDirectories(p);
            } else {
                Files.createDirectories(p.getParent());
                Files.write(p, new byte[] {1});
            }
        }
        Files.createDirectories(root);
        return root;
    }

    @Test
    void explicitFolderWinsAndIsNotSilentlyReplaced() throws Exception {
        Path explicit = dataset("mine", "a.bin");
        Path env = dataset("env/demo", "a.bin");
        assertEquals(explicit, new DataLocator(explicit, env.getParent()).locate("demo", List.of("a.bin"), List.of()));
        Path incomplete = dataset("partial");
        DatasetNotFoundException ex = assertThrows(DatasetNotFoundException.class,
                () -> new DataLocator(incomplete, env.getParent()).locate("demo", List.of("a.bin"), List.of()));
        assertTrue(ex.getMessage().contains(incomplete.toAbsolutePath() + ": missing a.bin"), ex.getMessage());
        assertTrue(!ex.getMessage().contains(env.toString()), "the environment folder is not consulted");
    }

    @Test
    void environmentFolderThenFallbacks() throws Exception {
        Path env = dataset("env/demo", "x/", "y.gz");
        Path fallback = dataset("fallback", "x/", "y");
        List<String> required = List.of("x/", "y.gz|y");
        assertEquals(env, new DataLocator(null, env.getParent()).locate("demo", required, List.of(fallback)));
        assertEquals(fallback, new DataLocator(null, tmp.resolve("nowhere")).locate("demo", required, List.of(fallback)));
        assertEquals(fallback, new DataLocator(null, null).locate("demo", required, List.of(fallback)));
    }

    @Test
    void messageListsEveryPlaceAndTheExpectedEntries() throws Exception {
        Path env = dataset("env/demo", "x/");
        DatasetNotFoundException ex = assertThrows(DatasetNotFoundException.class, () -> new DataLocator(null,
                env.getParent()).locate("demo", List.of("x/", "y.gz|y"), List.of(tmp.resolve("gone"))));
        String m = ex.getMessage();
        assertTrue(m.startsWith("dataset 'demo' not found or incomplete. Looked in:"), m);
        assertTrue(m.contains(env.toAbsolutePath() + ": missing y.gz or y"), m);
        assertTrue(m.contains(tmp.resolve("gone").toAbsolutePath() + ": no such folder"), m);
        assertTrue(m.contains("Expected a folder containing: x/, y.gz or y"), m);
        assertTrue(m.contains("--data DIR"), m);
        DatasetNotFoundException unset = assertThrows(DatasetNotFoundException.class,
                () -> new DataLocator(null, null).locate("demo", List.of("x/"), List.of()));
        assertTrue(unset.getMessage().contains("SNN4J_DATA is not set and no --data folder was given"), unset.getMessage());
    }
}
