package org.snn4j.examples.compare;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The data {@code snn4j convert} uses for a checkpoint: each flag that is given, else what the
 * checkpoint's metadata records ({@code dataset}, {@code inputShape} and the {@code data} settings
 * {@code snn4j compare} writes; a {@code snn4j train} checkpoint names its dataset in
 * {@code config.data.dataset}), else the dataset's default ({@code mnist} when nothing names one).
 * The recorded settings apply only while the dataset is the checkpoint's own.
 */
public final class CheckpointData {
    private CheckpointData() {
    }

    /**
     * The data options for a checkpoint with metadata {@code meta}; null arguments are "not given".
     *
     * @param seed the random-split seed when the checkpoint records none
     * @throws IllegalArgumentException if the resulting input shape differs from the checkpoint's
     */
    public static DataOptions resolve(Map<String, Object> meta, String dataset, Path dir, List<Integer> size,
                                      String orientation, String split, Double trainRatio, long seed) {
        String own = ownDataset(meta);
        String ds = dataset != null ? dataset : own != null ? own : "mnist";
        boolean same = ds.equals(own);
        Map<?, ?> saved = same && meta.get("data") instanceof Map<?, ?> m ? m : Map.of();
        long[] shape = same ? shape(meta.get("inputShape")) : null;
        if (size == null && saved.get("size") instanceof List<?> s) {
            size = s.stream().map(v -> ((Number) v).intValue()).toList();
        } else if (size == null && shape != null) {
            size = List.of((int) shape[1], (int) shape[2]);
        }
        DataOptions o = new DataOptions(ds, dir, size, orientation != null ? orientation : text(saved.get("orientation")),
                split != null ? split : text(saved.get("split")),
                trainRatio != null ? trainRatio : saved.get("trainRatio") instanceof Number r ? r.doubleValue() : null,
                saved.get("seed") instanceof Number n ? n.longValue() : seed);
        if (same) {
            checkShape(meta, o);
        }
        return o;
    }

    /**
     * Throws if the checkpoint records an {@code inputShape} other than the images of {@code data}
     * (a checkpoint without one passes).
     */
    public static void checkShape(Map<String, Object> meta, DataOptions data) {
        long[] shape = shape(meta.get("inputShape"));
        if (shape != null && !Arrays.equals(shape, data.inputShape())) {
            throw new IllegalArgumentException("--size: the checkpoint was trained on " + Arrays.toString(shape)
                    + " images, the data options give " + Arrays.toString(data.inputShape()));
        }
    }

    /** The dataset a checkpoint names: {@code dataset}, else {@code config.data.dataset}, else null. */
    static String ownDataset(Map<String, Object> meta) {
        if (meta.get("dataset") instanceof String s) {
            return s;
        }
        if (meta.get("config") instanceof Map<?, ?> c && c.get("data") instanceof Map<?, ?> d
                && d.get("dataset") instanceof String s) {
            return s;
        }
        return null;
    }

    private static long[] shape(Object v) {
        if (v instanceof List<?> l && l.size() == 3 && l.stream().allMatch(Number.class::isInstance)) {
            return l.stream().mapToLong(x -> ((Number) x).longValue()).toArray();
        }
        return null;
    }

    private static String text(Object v) {
        return v instanceof String s ? s : null;
    }
}
