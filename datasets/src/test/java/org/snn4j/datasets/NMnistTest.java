package org.snn4j.datasets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snn4j.datasets.events.Events;

/** The N-MNIST dataset over shared/data/nmnist: labels, splits and the MANIFEST statistics of all 1,100 files. */
class NMnistTest {
    private static Path root;
    private static NMnist nmnist;

    @BeforeAll
    static void locate() throws Exception {
        root = SharedDataDir.root();
        nmnist = NMnist.locate(new DataLocator(null, root));
    }

    @Test
    void splitsHaveTheDocumentedLabelCounts() throws Exception {
        EventDataset train = nmnist.split(Split.TRAIN);
        EventDataset test = nmnist.split(Split.TEST);
        assertEquals(1000, train.size());
        assertEquals(100, test.size());
        assertArrayEquals(new int[] {97, 116, 99, 93, 105, 92, 94, 117, 87, 100}, counts(train));
        assertArrayEquals(new int[] {8, 14, 8, 11, 14, 7, 10, 15, 2, 11}, counts(test));
        assertEquals(10, train.numClasses());
        assertEquals(34, train.width());
    }

    private static int[] counts(EventDataset d) {
        int[] c = new int[10];
        for (int l : d.labels()) {
            c[l]++;
        }
        return c;
    }

    @Test
    void folderLabelsAgreeWithSlayerListsForAll1100Files() throws Exception {
        Map<Integer, Integer> listed = new HashMap<>();
        for (String list : List.of("nmnist/train1K.txt", "nmnist/test100.txt")) {
            for (String line : Files.readAllLines(SharedDataDir.resolve(list))) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    String[] f = line.trim().split("\\s+");
                    listed.put(Integer.parseInt(f[0]), Integer.parseInt(f[1]));
                }
            }
        }
        assertEquals(1100, listed.size());
        int checked = 0;
        for (Split split : Split.values()) {
            EventDataset d = nmnist.split(split);
            for (int i = 0; i < d.size(); i++) {
                int index = Integer.parseInt(d.path(i).getFileName().toString().replace(".bin", ""));
                int slayerId = split == Split.TRAIN ? index : 60000 + index;
                assertEquals(listed.get(slayerId), d.label(i), d.id(i));
                checked++;
            }
        }
        assertEquals(1100, checked);
    }

    @Test
    void everyFileMatchesTheManifest() throws Exception {
        List<String> rows = Files.readAllLines(SharedDataDir.resolve("nmnist/MANIFEST.csv"));
        assertEquals("path,split,label,mnist_index_1based,slayer_original_name,events,on,off,t_first_us,t_last_us,sha256",
                rows.get(0));
        Map<String, String[]> byId = new HashMap<>();
        rows.stream().skip(1).map(r -> r.split(",")).forEach(f -> byId.put(f[0].replace(".bin", ""), f));
        assertEquals(1100, byId.size());
        long total = 0;
        long on = 0;
        long tMax = 0;
        int minEvents = Integer.MAX_VALUE;
        int maxEvents = 0;
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (Split split : Split.values()) {
            EventDataset d = nmnist.split(split);
            for (int i = 0; i < d.size(); i++) {
                String[] m = byId.remove(d.id(i));
                assertTrue(m != null, "file not in MANIFEST: " + d.id(i));
                Events e = d.get(i).events();
                int fileOn = 0;
                for (int k = 0; k < e.size(); k++) {
                    fileOn += e.p(k);
                    assertTrue(e.x(k) <= 33 && e.y(k) <= 33);
                }
                assertEquals(List.of(m[2], m[5], m[6], m[7], m[8], m[9]), List.of(String.valueOf(d.label(i)),
                        String.valueOf(e.size()), String.valueOf(fileOn), String.valueOf(e.size() - fileOn),
                        String.valueOf(e.t(0)), String.valueOf(e.t(e.size() - 1))), d.id(i));
                assertEquals(m[10], HexFormat.of().formatHex(sha.digest(Files.readAllBytes(d.path(i)))), d.id(i));
                total += e.size();
                on += fileOn;
                tMax = Math.max(tMax, e.t(e.size() - 1));
                minEvents = Math.min(minEvents, e.size());
                maxEvents = Math.max(maxEvents, e.size());
            }
        }
        assertTrue(byId.isEmpty(), "MANIFEST rows without a file: " + byId.keySet());
        assertArrayEquals(new long[] {4_518_827, 1069, 7152, 336_040}, new long[] {total, minEvents, maxEvents, tMax});
        assertEquals(0.4979, on / (double) total, 5e-5);
    }

    @Test
    void samplesCarryIdPathAndLabel() throws Exception {
        EventDataset train = nmnist.split(Split.TRAIN);
        int i = java.util.stream.IntStream.range(0, train.size()).filter(k -> train.id(k).equals("Train/5/00001"))
                .findFirst().orElseThrow();
        EventSample s = train.get(i);
        assertEquals(5, s.label());
        assertEquals(4681, s.events().size());
        assertEquals(root.resolve("nmnist/Train/5/00001.bin"), s.path());
    }

    @Test
    void missingDatasetSaysWhereItLookedAndWhatItExpected(@TempDir Path empty) throws Exception {
        DatasetNotFoundException ex = assertThrows(DatasetNotFoundException.class,
                () -> NMnist.locate(new DataLocator(null, empty)));
        assertTrue(ex.getMessage().contains(empty.resolve("nmnist").toAbsolutePath() + ": no such folder"), ex.getMessage());
        assertTrue(ex.getMessage().contains("Expected a folder containing: Train/, Test/"), ex.getMessage());
        Files.createDirectories(empty.resolve("only/Train/3"));
        DatasetNotFoundException partial = assertThrows(DatasetNotFoundException.class,
                () -> NMnist.at(empty.resolve("only")));
        assertTrue(partial.getMessage().contains("missing Test/"), partial.getMessage());
        Files.createDirectories(empty.resolve("only/Test"));
        DatasetNotFoundException noFiles = assertThrows(DatasetNotFoundException.class,
                () -> NMnist.at(empty.resolve("only")).split(Split.TRAIN));
        assertTrue(noFiles.getMessage().contains("Train/<digit 0-9>/<NNNNN>.bin"), noFiles.getMessage());
    }
}
