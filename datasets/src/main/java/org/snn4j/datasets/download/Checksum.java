package org.snn4j.datasets.download;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * An expected file digest: algorithm plus lower-case hex value.
 *
 * @param algorithm MD5 (what most dataset pages publish) or SHA-256
 * @param hex       the digest in hex (stored lower-case)
 */
public record Checksum(Algorithm algorithm, String hex) {

    /** Supported digests. */
    public enum Algorithm {
        MD5("MD5", 32), SHA256("SHA-256", 64);

        private final String javaName;
        private final int hexLength;

        Algorithm(String javaName, int hexLength) {
            this.javaName = javaName;
            this.hexLength = hexLength;
        }

        /** A fresh digest object. */
        MessageDigest newDigest() {
            try {
                return MessageDigest.getInstance(javaName);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(javaName + " is required by every Java platform", e);
            }
        }
    }

    /** Validates the hex length and characters. */
    public Checksum {
        if (algorithm == null || hex == null) {
            throw new IllegalArgumentException("algorithm and hex must not be null");
        }
        hex = hex.toLowerCase(Locale.ROOT);
        if (hex.length() != algorithm.hexLength || !hex.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            throw new IllegalArgumentException("hex must be " + algorithm.hexLength + " hex digits for " + algorithm
                    + ", got '" + hex + "'");
        }
    }

    public static Checksum md5(String hex) {
        return new Checksum(Algorithm.MD5, hex);
    }

    public static Checksum sha256(String hex) {
        return new Checksum(Algorithm.SHA256, hex);
    }

    /** Digest of {@code file} in lower-case hex. */
    public String compute(Path file) throws IOException {
        MessageDigest d = algorithm.newDigest();
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
                d.update(buf, 0, n);
            }
        }
        return HexFormat.of().formatHex(d.digest());
    }

    /** Digest of {@code bytes} in lower-case hex. */
    public static String of(Algorithm algorithm, byte[] bytes) {
        return HexFormat.of().formatHex(algorithm.newDigest().digest(bytes));
    }

    @Override
    public String toString() {
        return algorithm.name().toLowerCase(Locale.ROOT) + ":" + hex;
    }
}
