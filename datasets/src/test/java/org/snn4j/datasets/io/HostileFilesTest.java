package org.snn4j.datasets.io;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snn4j.datasets.SharedDataDir;

/**
 * File-level hostile inputs through every reader's path entry point (part of the fuzz suite of
 * issue 19): FIFOs, directories and missing files (refused before a byte is read, so nothing
 * blocks), huge declared sizes (refused before allocation), wrong magic numbers and gzip
 * corruption. Each case has a time bound and must end in a one-line error naming the file.
 */
class HostileFilesTest {
    @TempDir
    Path tmp;

    /** A path entry point of a reader. */
    interface Reader {
        Object read(Path file) throws IOException;
    }

    private static Map<String, Reader> readers() {
        Map<String, Reader> r = new TreeMap<>();
        r.put("EventFormat.readAny", EventFormat::readAny);
        r.put("EventSummary.of (streaming)", EventSummary::of);
        r.put("IdxReader.read", IdxReader::read);
        r.put("Cifar10BinaryReader.read", Cifar10BinaryReader::read);
        r.put("Aedat2Header.read", Aedat2Header::read);
        r.put("NMnistBinReader.read", new NMnistBinReader()::read);
        r.put("Aedat31Reader.read", new Aedat31Reader()::read);
        r.put("Aedat4Reader.read", new Aedat4Reader()::read);
        return r;
    }

    @Test
    void everyReaderRefusesHostileFilesWithOneLineNamingTheFile() throws Exception {
        List<Path> files = new ArrayList<>();
        Path fifo = tmp.resolve("fifo.bin");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        if (mk.waitFor(10, TimeUnit.SECONDS) && mk.exitValue() == 0) {
            files.add(fifo);
        }
        files.add(Files.createDirectories(tmp.resolve("dir.bin")));
        files.add(tmp.resolve("missing.bin"));
        files.add(Files.write(tmp.resolve("empty.bin"), new byte[0]));
        files.add(Files.write(tmp.resolve("huge-dims.idx"), new byte[] {0, 0, 8, 3, 0x7F, -1, -1, -1, 0x7F, -1, -1, -1, 0, 0, 0, 28}));
        files.add(Files.write(tmp.resolve("huge-dims.idx.gz"), IdxReaderTest.gzip(new byte[] {0, 0, 8, 1, 0x7F, -1, -1, -1, 1})));
        files.add(Files.write(tmp.resolve("bad-magic.idx"), new byte[] {1, 2, 8, 1, 0, 0, 0, 1, 9}));
        files.add(Files.write(tmp.resolve("bad-magic.gz"), new byte[] {0x1F, (byte) 0x8B, 9, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3}));
        files.add(Files.write(tmp.resolve("aedat9.aedat"), "#!AER-DAT9.9\r\n".getBytes()));
        files.add(Files.write(tmp.resolve("huge-packet.aedat"), hugeAedat31Packet()));
        files.add(Files.write(tmp.resolve("odd.bin"), new byte[] {1, 2, 3, 4, 5, 6}));
        byte[] gz = Files.readAllBytes(SharedDataDir.resolve("mnist/t10k-labels-idx1-ubyte.gz"));
        for (int at : new int[] {gz.length / 3, gz.length / 2, gz.length - 6, gz.length - 2}) {
            byte[] c = gz.clone();
            c[at] ^= 0x10;
            files.add(Files.write(tmp.resolve("flip" + at + ".idx.gz"), c));
        }
        byte[] trailing = java.util.Arrays.copyOf(gz, gz.length + 3);
        files.add(Files.write(tmp.resolve("trailing.idx.gz"), trailing));
        Map<String, Integer> outcomes = new TreeMap<>();
        for (Map.Entry<String, Reader> r : readers().entrySet()) {
            for (Path f : files) {
                String where = r.getKey() + " on " + f.getFileName();
                String outcome = assertTimeoutPreemptively(ReaderFuzzTest.CASE_LIMIT, () -> outcome(r.getValue(), f), where);
                assertTrue(!outcome.startsWith("FAILED"), where + ": " + outcome);
                if (outcome.startsWith("accepted")) {
                    System.out.println("  accepted: " + where);
                }
                outcomes.merge(outcome, 1, Integer::sum);
            }
        }
        System.out.println("hostile files x " + readers().size() + " readers: " + outcomes);
        Assumptions.assumeTrue(files.contains(fifo), "mkfifo is missing: the FIFO case was not run");
    }

    private static String outcome(Reader reader, Path f) {
        try {
            reader.read(f);
            return "accepted (valid for this reader)";
        } catch (IOException e) {
            String m = e.getMessage();
            boolean oneLine = m != null && m.startsWith(f.toString()) && !m.contains("\n");
            return oneLine ? "rejected (" + e.getClass().getSimpleName() + ")" : "FAILED: message " + m;
        } catch (Throwable t) {
            return "FAILED: " + t;
        }
    }

    /** An AEDAT 3.1 file whose polarity packet declares 2^30 events of 8 bytes. */
    private static byte[] hugeAedat31Packet() {
        byte[] header = "#!AER-DAT3.1\r\n#!END-HEADER\r\n".getBytes();
        ByteBuffer b = ByteBuffer.allocate(header.length + 28 + 16).order(ByteOrder.LITTLE_ENDIAN).put(header);
        b.putShort((short) 1).putShort((short) 0).putInt(8).putInt(4).putInt(0).putInt(1 << 30).putInt(1 << 30).putInt(1 << 30);
        return b.array();
    }
}
