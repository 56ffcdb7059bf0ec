package org.snn4j.experiment;

import java.nio.file.Files;
import java.nio.file.Path;

/** Files of the repository the tests read (the docs' examples), found from the working directory upwards. */
public final class RepoFiles {
    private RepoFiles() {
    }

    /** The repository root: the first parent holding {@code docs/quickstart}. */
    public static Path root() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("docs/quickstart"))) {
                return p;
            }
        }
        throw new IllegalStateException("no repository root with docs/quickstart above " + Path.of("").toAbsolutePath());
    }

    /** The shared MNIST folder ($SNN4J_DATA/mnist), or null when absent. */
    public static Path sharedMnist() {
        String env = System.getenv("SNN4J_DATA");
        Path p = env == null ? null : Path.of(env, "mnist");
        return p != null && Files.isDirectory(p) ? p : null;
    }

    /** The shared N-MNIST folder ($SNN4J_DATA/nmnist), or null when absent. */
    public static Path sharedNmnist() {
        String env = System.getenv("SNN4J_DATA");
        Path p = env == null ? null : Path.of(env, "nmnist");
        return p != null && Files.isDirectory(p) ? p : null;
    }
}
