package org.snn4j.autograd.checkpoint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Directory handling for {@link Checkpoint}: temporary siblings and the swap into place. */
final class CheckpointDirs {
    private CheckpointDirs() {
    }

    /** Refuses to replace a path that is neither absent, empty, nor a checkpoint. */
    static void requireReplaceable(Path target) throws IOException {
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

    /** A new, uniquely named sibling directory {@code .<name>.<kind>-*} of {@code target}. */
    static Path createSibling(Path target, String kind) throws IOException {
        Path parent = target.getParent();
        Files.createDirectories(parent);
        return Files.createTempDirectory(parent, "." + target.getFileName() + "." + kind + "-");
    }

    /** Renames the complete {@code tmp} to {@code target}, retiring a previous checkpoint there. */
    static void swapInto(Path tmp, Path target) throws IOException {
        Path old = null;
        if (Files.exists(target)) {
            old = createSibling(target, "old");
            Files.delete(old);
            AtomicFiles.move(target, old);
        }
        AtomicFiles.move(tmp, target);
        AtomicFiles.syncDirectory(target.getParent());
        if (old != null) {
            AtomicFiles.deleteRecursively(old);
        }
    }

    /** {@code dir} if it is a directory, else an error that mentions a retired copy if one exists. */
    static Path existing(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return dir;
        }
        String hint = "";
        Path abs = dir.toAbsolutePath().normalize();
        if (abs.getParent() != null && Files.isDirectory(abs.getParent())) {
            try (Stream<Path> s = Files.list(abs.getParent())) {
                hint = s.filter(p -> p.getFileName().toString().startsWith("." + abs.getFileName() + ".old-"))
                        .findFirst().map(p -> "; a previous checkpoint survives at " + p + " (rename it to " + abs.getFileName() + ")")
                        .orElse("");
            }
        }
        throw new CheckpointFormatException(dir, "checkpoint directory does not exist" + hint);
    }
}
