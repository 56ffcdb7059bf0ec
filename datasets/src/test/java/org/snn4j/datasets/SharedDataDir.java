package org.snn4j.datasets;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds {@code shared/data} (real sample files with reference statistics) for tests:
 * {@code $SNN4J_DATA} as given, or relative to the repository root (CI sets
 * {@code SNN4J_DATA=../shared/data} from the root while tests may run in the module folder), else
 * {@code ../shared/data} or {@code ../../shared/data} from the working folder. Tests are skipped, with a message, only if
 * none exists.
 */
public final class SharedDataDir {
    private SharedDataDir() {
    }

    /** The shared data folder, or a skipped test if it is absent. */
    public static Path root() {
        Path found = find();
        assumeTrue(found != null, "shared/data not found: set SNN4J_DATA to the folder holding nmnist/, mnist/, ... "
                + "(looked at $SNN4J_DATA, ../$SNN4J_DATA, ../shared/data and ../../shared/data from " + Path.of("").toAbsolutePath() + ")");
        return found;
    }

    /** A file or folder inside the shared data folder. */
    public static Path resolve(String relative) {
        Path p = root().resolve(relative);
        assumeTrue(Files.exists(p), "shared data entry missing: " + p);
        return p;
    }

    private static Path find() {
        java.util.List<Path> candidates = new java.util.ArrayList<>();
        String env = System.getenv("SNN4J_DATA");
        if (env != null && !env.isBlank()) {
            candidates.add(Path.of(env));
            candidates.add(Path.of("..").resolve(env));
        }
        candidates.add(Path.of("../shared/data"));
        candidates.add(Path.of("../../shared/data"));
        for (Path p : candidates) {
            if (Files.isDirectory(p.resolve("nmnist"))) {
                return p.normalize();
            }
        }
        return null;
    }
}
