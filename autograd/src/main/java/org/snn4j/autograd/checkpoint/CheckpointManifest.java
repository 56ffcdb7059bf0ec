package org.snn4j.autograd.checkpoint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * {@code manifest.json}: the size and SHA-256 of every other file of a checkpoint, written last by
 * {@link Checkpoint#save} and checked before each file is read.
 * <pre>
 * {"format":"snn4j-manifest","version":1,
 *  "files":{"model.json":{"bytes":812,"sha256":"9f2c..."}, "weights.safetensors":{...}, ...}}
 * </pre>
 * A checkpoint without a manifest (written before snn4j checked checksums, e.g. the ones in
 * {@code docs/reports}) is accepted: its files are then only checked by their own parsers. A
 * checkpoint with a manifest must list every file that is read, with matching size and digest.
 */
final class CheckpointManifest {
    static final String FILE = "manifest.json";
    static final String FORMAT = "snn4j-manifest";
    static final int VERSION = 1;

    private CheckpointManifest() {
    }

    /** Writes the manifest of {@code names} inside {@code dir}. */
    static void write(Path dir, List<String> names) throws IOException {
        ObjectNode m = CheckpointJson.header(FORMAT, VERSION);
        ObjectNode files = m.putObject("files");
        for (String name : names) {
            Path f = dir.resolve(name);
            ObjectNode e = files.putObject(name);
            e.put("bytes", Files.size(f));
            e.put("sha256", sha256(f));
        }
        CheckpointJson.write(dir.resolve(FILE), m);
    }

    /**
     * Returns {@code dir/name} after checking it against the manifest, if there is one.
     *
     * @throws CheckpointFormatException if the file is not listed or its size or digest differ
     */
    static Path verified(Path dir, String name) throws IOException {
        Path file = dir.resolve(name);
        Path manifest = dir.resolve(FILE);
        if (!Files.exists(manifest)) {
            return file;
        }
        if (!Files.isRegularFile(manifest)) {
            throw new CheckpointFormatException(manifest, "is not a regular file; refusing to read it");
        }
        ObjectNode m = CheckpointJson.readVersioned(manifest, FORMAT, VERSION);
        JsonNode entry = CheckpointJson.required(manifest, m, "files").get(name);
        if (!Files.exists(file)) {
            if (entry == null) {
                return file;
            }
            throw new CheckpointFormatException(file, "file is missing but " + FILE + " lists it");
        }
        if (entry == null || !entry.path("bytes").canConvertToLong() || !entry.path("sha256").isTextual()) {
            throw new CheckpointFormatException(manifest, "field 'files." + name + "' is missing or lacks bytes/sha256;"
                    + " the checkpoint is incomplete or was edited");
        }
        long size = Files.size(file);
        if (size != entry.get("bytes").asLong()) {
            throw new CheckpointFormatException(file, "has " + size + " bytes but " + FILE + " records "
                    + entry.get("bytes").asLong() + "; the file was truncated or changed after it was written");
        }
        String actual = sha256(file);
        if (!actual.equals(entry.get("sha256").asText())) {
            throw new CheckpointFormatException(file, "SHA-256 " + actual + " differs from " + entry.get("sha256").asText()
                    + " recorded in " + FILE + "; the file is corrupted");
        }
        return file;
    }

    static String sha256(Path file) throws IOException {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buf)) > 0; ) {
                md.update(buf, 0, n);
            }
        } catch (NoSuchFileException e) {
            throw new CheckpointFormatException(file, "file is missing", e);
        }
        return HexFormat.of().formatHex(md.digest());
    }
}
