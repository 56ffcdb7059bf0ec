package org.snn4j.autograd.checkpoint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The directory layout behind {@link Checkpoint#save}: every save writes a new hidden sibling
 * version directory and then swaps a symbolic link, in one atomic rename.
 * <pre>
 * ckpt                   -&gt; .ckpt.v-&lt;hex&gt;      the checkpoint (a symbolic link; readers just open ckpt/model.json)
 * .ckpt.v-&lt;hex&gt;/          complete checkpoint files and manifest.json
 * .ckpt.link-&lt;hex&gt;        the next link, renamed over ckpt (rename(2) replaces a link atomically)
 * .ckpt.old-&lt;hex&gt;/        a pre-link checkpoint folder moved aside once, when a real folder becomes a link
 * .ckpt.tmp-&lt;hex&gt;/        left by older snn4j versions
 * </pre>
 * Kill points: before the rename {@code ckpt} still names the previous complete version; after
 * it, the new one. The single window, turning an old-style real folder into a link (moved to
 * {@code .old-*}, then the link renamed in), is covered by {@link #existing}: a missing
 * {@code ckpt} resolves to the newest pending {@code .link-*}, else to the {@code .old-*} folder.
 * Every save first deletes what an interrupted save left behind (versions no link points to,
 * pending links, temp and old folders).
 */
final class CheckpointDirs {
    static final String VERSION = "v";
    static final String LINK = "link";
    static final String OLD = "old";
    static final String TMP = "tmp";

    private CheckpointDirs() {
    }

    /** Refuses to replace a path that is neither absent, an empty folder, nor a checkpoint. */
    static void requireReplaceable(Path target) throws IOException {
        if (Files.isSymbolicLink(target)) {
            String to = Files.readSymbolicLink(target).toString();
            if (!to.startsWith(prefix(target, VERSION))) {
                throw new IOException("refusing to replace " + target + ": it is a symbolic link to " + to
                        + ", not one snn4j made; give the real folder instead");
            }
            return;
        }
        if (!Files.exists(target)) {
            return;
        }
        if (!Files.isDirectory(target)) {
            throw new IOException("refusing to replace " + target + ": it is a file, not a checkpoint directory");
        }
        boolean empty;
        try (Stream<Path> s = Files.list(target)) {
            empty = s.findAny().isEmpty();
        }
        if (!empty && !Files.isRegularFile(target.resolve(Checkpoint.MODEL_FILE))) {
            throw new IOException("refusing to replace " + target + ": it is not empty and has no "
                    + Checkpoint.MODEL_FILE + ", so it is not an snn4j checkpoint");
        }
    }

    /** A new, empty version directory next to {@code target}. */
    static Path newVersion(Path target) throws IOException {
        Files.createDirectories(target.getParent());
        SaveSteps.step("create version directory");
        return Files.createDirectory(unique(target, VERSION));
    }

    /** Makes {@code version} the checkpoint at {@code target} with one atomic rename, then cleans up. */
    static void publish(Path version, Path target) throws IOException {
        Path parent = target.getParent();
        AtomicFiles.syncDirectory(version);
        Path link = unique(target, LINK);
        SaveSteps.step("create link");
        Files.createSymbolicLink(link, version.getFileName());
        try {
            AtomicFiles.syncDirectory(parent);
            if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                SaveSteps.step("move the old-style folder aside");
                AtomicFiles.move(target, unique(target, OLD));
            }
            SaveSteps.step("rename link");
            AtomicFiles.move(link, target);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(link);
            throw e;
        }
        AtomicFiles.syncDirectory(parent);
        SaveSteps.step("clean up");
        cleanStale(target);
    }

    /**
     * Deletes the leftovers of interrupted saves: every sibling version no link points to, pending
     * links, old and temp folders. Does nothing while {@code target} is missing (then a leftover may
     * be the only copy, see {@link #existing}).
     */
    static void cleanStale(Path target) throws IOException {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        String live = Files.isSymbolicLink(target) ? Files.readSymbolicLink(target).getFileName().toString() : "";
        for (Path p : siblings(target)) {
            String n = p.getFileName().toString();
            if (n.equals(live)) {
                continue;
            }
            if (Files.isSymbolicLink(p)) {
                Files.deleteIfExists(p);
            } else {
                AtomicFiles.deleteRecursively(p);
            }
        }
    }

    /** True if the link {@code target} points at {@code version}. */
    static boolean isLive(Path target, Path version) {
        try {
            return Files.isSymbolicLink(target)
                    && Files.readSymbolicLink(target).getFileName().equals(version.getFileName());
        } catch (IOException e) {
            return false;
        }
    }

    /** Deletes a version that was never published (best effort). */
    static void discard(Path version) {
        try {
            AtomicFiles.deleteRecursively(version);
        } catch (IOException e) {
            // the next save deletes it
        }
    }

    /**
     * {@code dir} if it is a directory (or a link to one); if it is missing, what an interrupted
     * save left: the newest pending link, else a folder moved aside; otherwise an error.
     */
    static Path existing(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return dir;
        }
        if (Files.isSymbolicLink(dir)) {
            throw new CheckpointFormatException(dir, "is a link to " + Files.readSymbolicLink(dir) + ", which does not exist");
        }
        if (Files.exists(dir)) {
            throw new CheckpointFormatException(dir, "is a file, not a checkpoint directory");
        }
        Path abs = dir.toAbsolutePath().normalize();
        if (abs.getParent() != null && Files.isDirectory(abs.getParent())) {
            List<Path> left = siblings(abs);
            Optional<Path> found = newest(left, prefix(abs, LINK))
                    .or(() -> newest(left, prefix(abs, OLD)))
                    .filter(p -> Files.isRegularFile(p.resolve(Checkpoint.MODEL_FILE)));
            if (found.isPresent()) {
                return found.get();
            }
        }
        throw new CheckpointFormatException(dir, "checkpoint directory does not exist");
    }

    private static Optional<Path> newest(List<Path> paths, String prefix) {
        return paths.stream().filter(p -> p.getFileName().toString().startsWith(prefix))
                .max(Comparator.comparing(p -> p.getFileName().toString()));
    }

    /** Hidden siblings {@code .<name>.<kind>-*} of {@code target}. */
    private static List<Path> siblings(Path target) throws IOException {
        String name = "." + target.getFileName() + ".";
        try (Stream<Path> s = Files.list(target.getParent())) {
            return s.filter(p -> {
                String n = p.getFileName().toString();
                return n.startsWith(name) && List.of(VERSION, LINK, OLD, TMP).stream()
                        .anyMatch(k -> n.startsWith(name + k + "-"));
            }).toList();
        }
    }

    private static String prefix(Path target, String kind) {
        return "." + target.getFileName() + "." + kind + "-";
    }

    /** A sibling name {@code .<name>.<kind>-<16 hex digits>} that does not exist yet; later names sort later. */
    private static Path unique(Path target, String kind) {
        long stamp = System.currentTimeMillis() << 20;
        while (true) {
            Path p = target.resolveSibling(prefix(target, kind) + String.format("%016x", stamp));
            if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                return p;
            }
            stamp++;
        }
    }
}
