package org.snn4j.datasets;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.snn4j.datasets.download.ArchiveType;
import org.snn4j.datasets.download.Checksum;
import org.snn4j.datasets.download.Resource;
import org.snn4j.datasets.io.Aedat31Reader;
import org.snn4j.datasets.io.MalformedFileException;

/**
 * IBM DVS128 Gesture (Amir et al., CVPR 2017): 29 users, 11 gesture classes, five lighting
 * conditions, DVS128 (128x128) recordings in AEDAT 3.1 read with {@link Aedat31Reader}.
 *
 * <p>Layout (the extracted {@code DvsGesture/} folder, or its parent): {@code userNN_<lighting>.aedat}
 * with {@code userNN_<lighting>_labels.csv} ({@code class,startTime_usec,endTime_usec}, class
 * 1..11). Each label row is one sample: events with {@code start <= t < end}, timestamps shifted
 * to start at the interval start, label {@code class - 1}. Rows are kept as listed, including the
 * few duplicated or overlapping ones (as SpikingJelly does). Users 1-23 are the training split,
 * 24-29 the test split ({@code trials_to_train.txt} / {@code trials_to_test.txt}).
 */
public final class DvsGesture {
    /** Standard folder name under {@code $SNN4J_DATA}. */
    public static final String NAME = "dvs-gesture";
    /** Sensor size. */
    public static final int SIZE = Aedat31Reader.DVS128_SIZE;
    /** Class names in label order (label = CSV class - 1). */
    public static final List<String> CLASS_NAMES = List.of("hand_clapping", "right_hand_wave", "left_hand_wave",
            "right_arm_clockwise", "right_arm_counter_clockwise", "left_arm_clockwise", "left_arm_counter_clockwise",
            "arm_roll", "air_drums", "air_guitar", "other_gestures");
    /** Last training user; users above it are test users. */
    public static final int LAST_TRAIN_USER = 23;
    /** Highest user number. */
    public static final int LAST_USER = 29;
    /** Sub-folder of the official archive. */
    public static final String ARCHIVE_DIR = "DvsGesture";
    /** IBM Box page behind which the archive is distributed (a licence click-through). */
    public static final String DOWNLOAD_PAGE = "https://ibm.ent.box.com/s/3hiq58ww1pbbjrinh367ykfdf60xsfm8/folder/50167556794";
    /** {@code DvsGesture.tar.gz}, a manual download extracting to {@value #ARCHIVE_DIR}/; SpikingJelly's MD5. */
    public static final List<Resource> DOWNLOADS = List.of(new Resource(NAME, "DvsGesture.tar.gz", List.of(),
            Checksum.md5("8a5c71fb11e24e5ca5b11866ca6c00a1"), ArchiveType.TAR_GZ, "", DOWNLOAD_PAGE));

    private static final Pattern RECORDING = Pattern.compile("user(\\d{2})_([a-z_]+)\\.aedat");

    private final Path dir;

    private DvsGesture(Path dir) {
        this.dir = dir;
    }

    /** Finds DVS Gesture via {@code locator}; accepts the archive's {@code DvsGesture/} sub-folder. */
    public static DvsGesture locate(DataLocator locator) throws IOException {
        Path root = locator.locate(NAME, List.of(), List.of());
        Path dir = Files.isDirectory(root.resolve(ARCHIVE_DIR)) ? root.resolve(ARCHIVE_DIR) : root;
        return new DvsGesture(dir);
    }

    /** DVS Gesture in {@code root}. */
    public static DvsGesture at(Path root) throws IOException {
        return locate(DataLocator.explicit(root));
    }

    /** The folder holding the recordings. */
    public Path dir() {
        return dir;
    }

    /** The samples of one split (users 1-23 train, 24-29 test), recording by recording. */
    public EventDataset split(Split split) throws IOException {
        List<Path> recordings;
        try (Stream<Path> s = Files.list(dir)) {
            recordings = s.filter(p -> RECORDING.matcher(p.getFileName().toString()).matches()).sorted().toList();
        }
        if (recordings.isEmpty()) {
            throw new DatasetNotFoundException("DVS Gesture folder " + dir.toAbsolutePath() + " has no recordings; "
                    + "expected userNN_<lighting>.aedat files with userNN_<lighting>_labels.csv");
        }
        List<GestureInterval> intervals = new ArrayList<>();
        for (Path rec : recordings) {
            Matcher m = RECORDING.matcher(rec.getFileName().toString());
            m.matches();
            int user = Integer.parseInt(m.group(1));
            if (user < 1 || user > LAST_USER || (user <= LAST_TRAIN_USER) != (split == Split.TRAIN)) {
                continue;
            }
            intervals.addAll(labels(rec));
        }
        return new GestureEventDataset(NAME + "-" + split.name().toLowerCase(java.util.Locale.ROOT), intervals);
    }

    /** Parses {@code <stem>_labels.csv} next to {@code recording}. */
    static List<GestureInterval> labels(Path recording) throws IOException {
        String stem = recording.getFileName().toString().replaceFirst("\\.aedat$", "");
        Path csv = recording.resolveSibling(stem + "_labels.csv");
        if (!Files.isRegularFile(csv)) {
            throw new DatasetNotFoundException("DVS Gesture labels " + csv.toAbsolutePath()
                    + " are missing; expected one next to " + recording.getFileName());
        }
        String text = Files.readString(csv, StandardCharsets.ISO_8859_1);
        List<GestureInterval> out = new ArrayList<>();
        for (int pos = 0, lineNo = 0; pos < text.length(); lineNo++) {
            int end = text.indexOf('\n', pos) < 0 ? text.length() : text.indexOf('\n', pos);
            String line = text.substring(pos, end).trim();
            if (lineNo == 0 && !line.startsWith("class")) {
                throw new MalformedFileException(csv.toString(), 0, "expected header class,startTime_usec,endTime_usec");
            } else if (lineNo > 0 && !line.isEmpty()) {
                out.add(row(csv, recording, stem + "#" + out.size(), line, pos));
            }
            pos = end + 1;
        }
        return out;
    }

    private static GestureInterval row(Path csv, Path recording, String id, String line, long offset)
            throws MalformedFileException {
        String[] f = line.split(",");
        try {
            if (f.length != 3) {
                throw new NumberFormatException("expected 3 fields, found " + f.length);
            }
            int cls = Integer.parseInt(f[0].trim());
            long start = Long.parseLong(f[1].trim());
            long end = Long.parseLong(f[2].trim());
            if (cls < 1 || cls > CLASS_NAMES.size() || end <= start) {
                throw new NumberFormatException("class must be 1.." + CLASS_NAMES.size() + " and start < end");
            }
            return new GestureInterval(recording, id, cls - 1, start, end);
        } catch (NumberFormatException e) {
            throw new MalformedFileException(csv.toString(), offset, "bad label row '" + line + "': " + e.getMessage());
        }
    }
}
