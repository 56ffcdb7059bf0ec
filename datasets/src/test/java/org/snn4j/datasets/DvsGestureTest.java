package org.snn4j.datasets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snn4j.datasets.events.Events;
import org.snn4j.datasets.io.MalformedFileException;

/** DVS Gesture: user split, label CSVs cut into samples, on AEDAT 3.1 files written here. */
class DvsGestureTest {
    @TempDir
    Path data;
    private Path dir;

    /** One polarity packet with events at x = t mod 128, y = 3, ON, t = 100, 200, ..., 1000 µs. */
    static byte[] recording() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("#!AER-DAT3.1\r\n#Format: RAW\r\n#Source 1: DVS128\r\n#!END-HEADER\r\n".getBytes(StandardCharsets.US_ASCII));
        int n = 10;
        ByteBuffer b = ByteBuffer.allocate(28 + 8 * n).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort((short) 1).putShort((short) 1).putInt(8).putInt(4).putInt(0).putInt(n).putInt(n).putInt(n);
        for (int k = 1; k <= n; k++) {
            int t = 100 * k;
            b.putInt((t % 128) << 17 | 3 << 2 | 1 << 1 | 1).putInt(t);
        }
        out.writeBytes(b.array());
        return out.toByteArray();
    }

    private void user(String stem, String csv) throws Exception {
        Files.write(dir.resolve(stem + ".aedat"), recording());
        Files.writeString(dir.resolve(stem + "_labels.csv"), csv);
    }

    @BeforeEach
    void writeTree() throws Exception {
        dir = Files.createDirectories(data.resolve(DvsGesture.NAME).resolve(DvsGesture.ARCHIVE_DIR));
        user("user01_natural", "class,startTime_usec,endTime_usec\r\n3,200,500\r\n11,500,901\r\n");
        user("user23_fluorescent_led", "class,startTime_usec,endTime_usec\n1,100,101\n");
        user("user24_led", "class,startTime_usec,endTime_usec\n5,0,1000000\n5,0,1000000\n");
        Files.writeString(dir.resolve("trials_to_train.txt"), "user01_natural.aedat\n");
    }

    @Test
    void usersOneToTwentyThreeTrainTheRestTest() throws Exception {
        DvsGesture g = DvsGesture.locate(new DataLocator(null, data));
        assertEquals(dir, g.dir());
        EventDataset train = g.split(Split.TRAIN);
        EventDataset test = g.split(Split.TEST);
        assertEquals(List.of("user01_natural#0", "user01_natural#1", "user23_fluorescent_led#0"),
                List.of(train.id(0), train.id(1), train.id(2)));
        assertArrayEquals(new int[] {2, 10, 0}, train.labels(), "label = class - 1");
        assertEquals(2, test.size(), "duplicated rows are kept");
        assertEquals(11, train.numClasses());
        assertEquals("hand_clapping", train.classNames().get(0));
    }

    @Test
    void samplesAreTheHalfOpenIntervalShiftedToItsStart() throws Exception {
        EventDataset train = DvsGesture.at(data.resolve(DvsGesture.NAME)).split(Split.TRAIN);
        Events first = train.get(0).events();
        assertArrayEquals(new long[] {0, 100, 200}, first.ts(), "t in [200, 500) minus 200");
        assertEquals(200 % 128, first.x(0));
        assertEquals(3, first.y(0));
        assertArrayEquals(new long[] {0, 100, 200, 300, 400}, train.get(1).events().ts(), "t in [500, 901)");
        assertArrayEquals(new long[] {0}, train.get(2).events().ts());
        assertEquals(10, DvsGesture.at(data.resolve(DvsGesture.NAME)).split(Split.TEST).get(1).events().size());
    }

    @Test
    void missingOrBadLabelFilesAreReported() throws Exception {
        Files.delete(dir.resolve("user24_led_labels.csv"));
        DatasetNotFoundException missing = assertThrows(DatasetNotFoundException.class,
                () -> DvsGesture.at(dir).split(Split.TEST));
        assertTrue(missing.getMessage().contains("user24_led_labels.csv are missing"), missing.getMessage());
        Files.writeString(dir.resolve("user24_led_labels.csv"), "class,startTime_usec,endTime_usec\n12,0,5\n");
        MalformedFileException bad = assertThrows(MalformedFileException.class, () -> DvsGesture.at(dir).split(Split.TEST));
        assertEquals(34, bad.byteOffset(), "start of the second line");
        assertTrue(bad.getMessage().contains("bad label row '12,0,5'"), bad.getMessage());
    }

    @Test
    void emptyFolderSaysWhatWasExpected(@TempDir Path empty) {
        DatasetNotFoundException ex = assertThrows(DatasetNotFoundException.class,
                () -> DvsGesture.at(empty).split(Split.TRAIN));
        assertTrue(ex.getMessage().contains("expected userNN_<lighting>.aedat files"), ex.getMessage());
    }
}
