package org.snn4j.datasets;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds a dataset's root folder (see {@code docs/ARCHITECTURE.md}, "Data location"):
 * <ol>
 *   <li>an explicit folder ({@code --data DIR}) naming that dataset's own root, used as is;</li>
 *   <li>otherwise {@code $SNN4J_DATA/<name>/} with the dataset's standard name ({@code nmnist},
 *       {@code mnist}, {@code fashion-mnist}, {@code cifar10-dvs}, {@code dvs-gesture},
 *       {@code cifar10});</li>
 *   <li>then dataset-specific fallbacks (e.g. Debian's {@code /usr/share/datasets/fashion-mnist}).</li>
 * </ol>
 * A candidate is accepted only if it is a folder and every required entry exists. An entry is a relative path,
 * ending in {@code /} for a folder; {@code a|b} accepts either alternative. Failing that, a
 * {@link DatasetNotFoundException} lists where it looked and what was missing.
 */
public final class DataLocator {
    /** Environment variable naming the folder that holds all datasets. */
    public static final String ENV_VAR = "SNN4J_DATA";

    private final Path explicitDir;
    private final Path dataRoot;

    /**
     * @param explicitDir a dataset's own root ({@code --data DIR}), or null
     * @param dataRoot the folder holding all datasets ({@code $SNN4J_DATA}), or null
     */
    public DataLocator(Path explicitDir, Path dataRoot) {
        this.explicitDir = explicitDir;
        this.dataRoot = dataRoot;
    }

    /** Uses {@code $SNN4J_DATA} only. */
    public static DataLocator fromEnvironment() {
        return fromEnvironment(null);
    }

    /** Uses {@code explicitDir} if not null, else {@code $SNN4J_DATA}. */
    public static DataLocator fromEnvironment(Path explicitDir) {
        String env = System.getenv(ENV_VAR);
        return new DataLocator(explicitDir, env == null || env.isBlank() ? null : Path.of(env));
    }

    /** Only the explicit folder is considered. */
    public static DataLocator explicit(Path datasetRoot) {
        return new DataLocator(datasetRoot, null);
    }

    public Optional<Path> explicitDir() {
        return Optional.ofNullable(explicitDir);
    }

    public Optional<Path> dataRoot() {
        return Optional.ofNullable(dataRoot);
    }

    /**
     * Locates a dataset.
     *
     * @param name the standard folder name under {@code $SNN4J_DATA}
     * @param required entries that must exist in the root (see the class comment)
     * @param fallbacks further folders tried after {@code $SNN4J_DATA/<name>}
     * @return the dataset root
     */
    public Path locate(String name, List<String> required, List<Path> fallbacks) throws DatasetNotFoundException {
        List<Path> candidates = new ArrayList<>();
        if (explicitDir != null) {
            candidates.add(explicitDir);
        } else {
            if (dataRoot != null) {
                candidates.add(dataRoot.resolve(name));
            }
            candidates.addAll(fallbacks);
        }
        StringBuilder looked = new StringBuilder();
        for (Path dir : candidates) {
            List<String> missing = missing(dir, required);
            if (Files.isDirectory(dir) && missing.isEmpty()) {
                return dir;
            }
            looked.append("\n  ").append(dir.toAbsolutePath()).append(": ")
                    .append(Files.isDirectory(dir) ? "missing " + String.join(", ", missing) : "no such folder");
        }
        throw new DatasetNotFoundException(message(name, required, looked));
    }

    private String message(String name, List<String> required, StringBuilder looked) {
        StringBuilder m = new StringBuilder("dataset '" + name + "' not found or incomplete.");
        m.append(looked.length() > 0 ? " Looked in:" + looked : " Looked nowhere:");
        if (explicitDir == null && dataRoot == null) {
            m.append("\n  ").append(ENV_VAR).append(" is not set and no --data folder was given.");
        }
        m.append("\n  Expected a folder containing: ")
                .append(String.join(", ", required.stream().map(r -> r.replace("|", " or ")).toList()));
        m.append("\n  Pass --data DIR (the dataset's own folder) or set ").append(ENV_VAR)
                .append(" to a folder holding '").append(name).append("/'.");
        return m.toString();
    }

    /** Required entries (or their alternatives) that do not exist under {@code dir}. */
    static List<String> missing(Path dir, List<String> required) {
        List<String> missing = new ArrayList<>();
        for (String entry : required) {
            boolean found = false;
            for (String alt : entry.split("\\|")) {
                Path p = dir.resolve(alt);
                found |= alt.endsWith("/") ? Files.isDirectory(p) : Files.isRegularFile(p);
            }
            if (!found) {
                missing.add(entry.replace("|", " or "));
            }
        }
        return missing;
    }
}
