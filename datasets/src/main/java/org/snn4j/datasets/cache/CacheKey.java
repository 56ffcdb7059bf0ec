package org.snn4j.datasets.cache;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.snn4j.datasets.transforms.FramePipeline;

/**
 * Identity of one cache entry: dataset name, sample id and the preprocessing configuration.
 *
 * <p>The entry lives at {@code <root>/<dataset>/<configHash>/<sampleId>.frames}, where
 * {@code configHash} is the first 16 hex digits of SHA-256(config text). Dataset names are single
 * path segments; sample ids may contain {@code /}. Both are restricted to
 * {@code [A-Za-z0-9._-]} segments so that a key can never escape the cache root.
 *
 * @param dataset  dataset name, e.g. {@code nmnist-train}
 * @param sampleId sample id, e.g. {@code Train/5/00001}
 * @param config   preprocessing configuration text ({@link FramePipeline#describe()})
 */
public record CacheKey(String dataset, String sampleId, String config) {
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9._-]+");

    /** Validates the names. */
    public CacheKey {
        checkSegment("dataset", dataset, dataset);
        if (sampleId == null || sampleId.isEmpty()) {
            throw new IllegalArgumentException("sampleId must not be empty");
        }
        for (String part : sampleId.split("/", -1)) {
            checkSegment("sampleId", part, sampleId);
        }
        if (config == null) {
            throw new IllegalArgumentException("config must not be null");
        }
    }

    /** Key for {@code pipeline}'s configuration. */
    public static CacheKey of(String dataset, String sampleId, FramePipeline pipeline) {
        return new CacheKey(dataset, sampleId, pipeline.describe());
    }

    /** First 16 hex digits of SHA-256 of the configuration text. */
    public String configHash() {
        return sha256(config).substring(0, 16);
    }

    /** Relative path of the entry file. */
    public String relativePath() {
        return dataset + "/" + configHash() + "/" + sampleId + ".frames";
    }

    static String sha256(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    private static void checkSegment(String field, String segment, String whole) {
        if (segment == null || !SEGMENT.matcher(segment).matches() || segment.equals(".") || segment.equals("..")) {
            throw new IllegalArgumentException(field + " must be made of [A-Za-z0-9._-] path segments"
                    + " (no '.' or '..'), got '" + whole + "'");
        }
    }
}
