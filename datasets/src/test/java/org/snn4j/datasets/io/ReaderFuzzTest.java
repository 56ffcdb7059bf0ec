package org.snn4j.datasets.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.snn4j.datasets.SharedDataDir;
import org.snn4j.datasets.events.Events;

/**
 * The fuzz suite over every reader (issue 19, item 7): seeded truncation, bit and byte flips,
 * inserted garbage, deleted ranges and extreme 32-bit values aimed at size fields, on real and
 * spec-built files, plus file-level cases (FIFO, directory, missing file, huge declared sizes,
 * wrong magic) in {@link HostileFilesTest}. Every case runs under a time bound and ends in one of:
 * <ul>
 * <li>{@code rejected}: a one-line {@link MalformedFileException} naming the source and a byte offset;</li>
 * <li>{@code unchanged}: decoded to exactly the original content (e.g. a flip in a gzip field the
 *     format does not protect, or a flip in a bit the format ignores);</li>
 * <li>{@code accepted (no checksum)}: decoded to other content, for formats that carry no
 *     checksum (raw IDX, N-MNIST, AEDAT, CIFAR-10: a changed pixel or timestamp that is still in
 *     range cannot be detected; documented acceptance);</li>
 * <li>anything else fails the test: another exception type, a multi-line message, a timeout or an
 *     out-of-memory error, or changed content from a gzip file (CRC32 and ISIZE detect it).</li>
 * </ul>
 * The counts by outcome are printed per corpus file and in total.
 */
class ReaderFuzzTest {
    /** Time bound of one decode. */
    static final Duration CASE_LIMIT = Duration.ofSeconds(10);
    private static final Map<String, Integer> TOTALS = new TreeMap<>();

    /** A decoder under test, returning a fingerprint of the decoded content. */
    interface Decoder {
        String decode(byte[] data, String source) throws MalformedFileException;
    }

    static String fingerprint(Events e) {
        EventSummary s = new EventSummary(EventFormat.NMNIST_BIN);
        s.sensor(e.width(), e.height());
        for (int i = 0; i < e.size(); i++) {
            s.add(e.x(i), e.y(i), e.t(i), e.p(i));
        }
        return e.width() + "x" + e.height() + " " + s;
    }

    private static Decoder events(EventReader r) {
        return (d, src) -> fingerprint(r.decode(d, src));
    }

    static Stream<Arguments> corpus() throws Exception {
        byte[] nmnist = Files.readAllBytes(SharedDataDir.resolve("nmnist/Train/5/00001.bin"));
        byte[] tonic = Files.readAllBytes(SharedDataDir.resolve("nmnist-tonic-sample/sample_nmnist.bin"));
        byte[] aedat4 = Files.readAllBytes(SharedDataDir.resolve("aedat4-dvxplorer-sample/sample.aedat4"));
        byte[] davis = Files.readAllBytes(SharedDataDir.resolve("aedat2-davis346-header/sample_aedat_header.aedat"));
        byte[] labelsGz = Files.readAllBytes(SharedDataDir.resolve("mnist/t10k-labels-idx1-ubyte.gz"));
        byte[] images = IdxReaderTest.idxBytes(IdxReader.read(SharedDataDir.resolve("mnist/t10k-images-idx3-ubyte.gz")));
        byte[] imagesRaw = Arrays.copyOf(images, 16 + 40 * 784);
        imagesRaw[7] = 40;                                  // header says 40 images
        imagesRaw[6] = 0;
        byte[] imagesGz = IdxReaderTest.gzip(imagesRaw);
        byte[] spec = Aedat2ReaderTest.specFile("\n", Aedat2ReaderTest.EVENTS);
        byte[] aedat2 = concat(davis, Arrays.copyOfRange(spec, Aedat2Header.parse(spec, "s").dataOffset(), spec.length));
        Decoder nm = events(new NMnistBinReader());
        Decoder a2 = events(new Aedat2Reader());
        Decoder idx = (d, src) -> {
            IdxArray a = IdxReader.decode(d, src);
            return a + " " + Arrays.hashCode(a.rawBytes());
        };
        Decoder cifar = (d, src) -> {
            LabeledImages li = Cifar10BinaryReader.decode(d, src);
            return li.size() + " " + Arrays.hashCode(li.labels()) + " " + li.pixel(li.size() - 1, 2, 31, 31);
        };
        return Stream.of(
                Arguments.of("Train/5/00001.bin", nmnist, nm, 1500, false),
                Arguments.of("sample_nmnist.bin", tonic, nm, 500, false),
                Arguments.of("sample.aedat4", aedat4, events(new Aedat4Reader()), 400, false),
                Arguments.of("davis346 header + DVS128 events", aedat2, a2, 1000, false),
                Arguments.of("spec-built AEDAT 2.0 (SpikingJelly)", Aedat2ReaderTest.specFile("\r\n", Aedat2ReaderTest.EVENTS),
                        events(new Aedat2Reader(Dvs128Orientation.SPIKINGJELLY)), 500, false),
                Arguments.of("spec-built AEDAT 3.1", Aedat31ReaderTest.sample("\r\n"), events(new Aedat31Reader()), 1000, false),
                Arguments.of("t10k-labels gzip", labelsGz, idx, 800, true),
                Arguments.of("t10k images x40 raw", imagesRaw, idx, 400, false),
                Arguments.of("t10k images x40 gzip", imagesGz, idx, 400, true),
                Arguments.of("CIFAR-10 records", Cifar10BinaryReaderTest.records(3, 1, 4, 1, 5), cifar, 300, false));
    }

    @ParameterizedTest(name = "{0} x {3}")
    @MethodSource("corpus")
    void corruptedFilesDecodeOrFailCleanly(String name, byte[] original, Decoder decoder, int cases, boolean checksummed)
            throws Exception {
        String expected = decoder.decode(original, "fuzz");
        SplittableRandom random = new SplittableRandom(0x5EED ^ name.hashCode());
        Map<String, Integer> counts = new TreeMap<>();
        for (int c = 0; c < cases; c++) {
            int kind = random.nextInt(5);
            byte[] corrupt = mutate(original, kind, random);
            String where = name + " case " + c + " (mutation " + kind + ")";
            String outcome = assertTimeoutPreemptively(CASE_LIMIT, () -> outcome(decoder, corrupt, expected), where);
            assertTrue(!outcome.startsWith("FAILED"), where + ": " + outcome);
            if (checksummed) {
                assertTrue(!outcome.equals(ACCEPTED), where + ": a gzip file decoded to other content");
            }
            counts.merge(outcome, 1, Integer::sum);
        }
        System.out.println("fuzz " + name + ": " + counts);
        counts.forEach((k, v) -> TOTALS.merge(k, v, Integer::sum));
        assertTrue(counts.getOrDefault(REJECTED, 0) > 0, "at least some corruptions are detected");
    }

    static final String REJECTED = "rejected";
    static final String UNCHANGED = "unchanged";
    static final String ACCEPTED = "accepted (no checksum)";

    /** The outcome of decoding {@code data}: one of the three names above, or "FAILED: ...". */
    static String outcome(Decoder decoder, byte[] data, String expected) {
        try {
            return decoder.decode(data, "fuzz").equals(expected) ? UNCHANGED : ACCEPTED;
        } catch (MalformedFileException e) {
            String m = e.getMessage();
            return m.startsWith("fuzz") && m.contains(" at byte ") && !m.contains("\n") ? REJECTED : "FAILED: message " + m;
        } catch (Throwable t) {
            return "FAILED: " + t;
        }
    }

    /** The streaming path ({@link EventReader#stream}) ends like the whole-file decode on the same corrupt file. */
    @Test
    void streamingEndsLikeTheWholeFileDecode(@TempDir Path tmp) throws Exception {
        Map<String, EventReader> readers = Map.of("Train/5/00001.bin", new NMnistBinReader(),
                "spec-built.aedat", new Aedat2Reader(), "spec-built-3.1.aedat", new Aedat31Reader(),
                "sample.aedat4", new Aedat4Reader());
        Map<String, byte[]> files = Map.of("Train/5/00001.bin",
                Files.readAllBytes(SharedDataDir.resolve("nmnist/Train/5/00001.bin")),
                "spec-built.aedat", Aedat2ReaderTest.specFile("\r\n", Aedat2ReaderTest.EVENTS),
                "spec-built-3.1.aedat", Aedat31ReaderTest.sample("\r\n"),
                "sample.aedat4", Files.readAllBytes(SharedDataDir.resolve("aedat4-dvxplorer-sample/sample.aedat4")));
        Map<String, Integer> counts = new TreeMap<>();
        for (String name : new TreeMap<>(files).keySet()) {
            SplittableRandom random = new SplittableRandom(name.hashCode());
            Path f = tmp.resolve(name.replace('/', '_'));
            for (int c = 0; c < 200; c++) {
                byte[] corrupt = mutate(files.get(name), random.nextInt(5), random);
                Files.write(f, corrupt);
                EventReader reader = readers.get(name);
                String whole = assertTimeoutPreemptively(CASE_LIMIT, () -> ending(() -> summaryOf(reader.read(f))));
                String streamed = assertTimeoutPreemptively(CASE_LIMIT, () -> ending(() -> {
                    EventSummary s = new EventSummary(EventFormat.NMNIST_BIN);
                    reader.stream(f, s);
                    return s.toString();
                }));
                assertEquals(whole, streamed, name + " case " + c);
                counts.merge(whole.startsWith("error") ? REJECTED : "decoded", 1, Integer::sum);
            }
        }
        System.out.println("fuzz streaming vs whole-file decode: " + counts);
    }

    private interface Source {
        String get() throws Exception;
    }

    private static String ending(Source s) {
        try {
            return s.get();
        } catch (MalformedFileException e) {
            return "error at byte " + e.byteOffset();
        } catch (Exception e) {
            return "FAILED: " + e;
        }
    }

    private static String summaryOf(Events e) {
        EventSummary s = new EventSummary(EventFormat.NMNIST_BIN);
        s.sensor(e.width(), e.height());
        for (int i = 0; i < e.size(); i++) {
            s.add(e.x(i), e.y(i), e.t(i), e.p(i));
        }
        return s.toString();
    }

    @AfterAll
    static void printTotals() {
        System.out.println("fuzz totals over all readers: " + TOTALS);
    }

    static byte[] mutate(byte[] data, int kind, SplittableRandom r) {
        int n = data.length;
        switch (kind) {
            case 0:
                return Arrays.copyOf(data, r.nextInt(n));
            case 1: {
                byte[] out = data.clone();
                for (int k = 1 + r.nextInt(8); k > 0; k--) {
                    out[position(n, r)] ^= (byte) (1 + r.nextInt(255));
                }
                return out;
            }
            case 2: {
                int at = position(n, r);
                byte[] garbage = new byte[1 + r.nextInt(64)];
                r.nextBytes(garbage);
                return concat(Arrays.copyOf(data, at), garbage, Arrays.copyOfRange(data, at, n));
            }
            case 3: {
                int at = position(n, r);
                int len = Math.min(n - at, 1 + r.nextInt(64));
                return concat(Arrays.copyOf(data, at), Arrays.copyOfRange(data, at + len, n));
            }
            default: {
                byte[] out = data.clone();
                int at = Math.min(position(n, r), n - 4);
                int[] extremes = {-1, Integer.MAX_VALUE, Integer.MIN_VALUE, 0, 1 << 24};
                int v = extremes[r.nextInt(extremes.length)];
                for (int k = 0; k < 4; k++) {
                    out[at + k] = (byte) (v >>> (8 * k));
                }
                return out;
            }
        }
    }

    /** Half the time in the first 64 bytes (headers, size fields), otherwise anywhere. */
    private static int position(int n, SplittableRandom r) {
        return r.nextBoolean() ? r.nextInt(Math.min(n, 64)) : r.nextInt(n);
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
