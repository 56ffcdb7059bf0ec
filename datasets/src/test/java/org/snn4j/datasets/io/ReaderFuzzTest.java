package org.snn4j.datasets.io;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.snn4j.datasets.SharedDataDir;

/**
 * Seeded corruption of real and spec-built files: truncation, byte flips, inserted garbage,
 * deleted ranges and extreme 32-bit values (aimed at size fields). Every case must end in a
 * decoded value or a {@link MalformedFileException} whose message names the source and a byte
 * offset: never another exception type, a hang or an out-of-memory error.
 */
class ReaderFuzzTest {

    /** A decoder under test. */
    interface Decoder {
        Object decode(byte[] data, String source) throws MalformedFileException;
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
        byte[] aedat2 = concat(davis, Arrays.copyOfRange(Aedat2ReaderTest.specFile("\n", Aedat2ReaderTest.EVENTS),
                Aedat2Header.parse(Aedat2ReaderTest.specFile("\n", Aedat2ReaderTest.EVENTS), "s").dataOffset(),
                Aedat2ReaderTest.specFile("\n", Aedat2ReaderTest.EVENTS).length));
        Decoder nm = new NMnistBinReader()::decode;
        Decoder a2 = new Aedat2Reader()::decode;
        Decoder idx = IdxReader::decode;
        return Stream.of(
                Arguments.of("Train/5/00001.bin", nmnist, nm, 1500),
                Arguments.of("sample_nmnist.bin", tonic, nm, 500),
                Arguments.of("sample.aedat4", aedat4, (Decoder) new Aedat4Reader()::decode, 400),
                Arguments.of("davis346 header + DVS128 events", aedat2, a2, 1000),
                Arguments.of("spec-built AEDAT 2.0 (SpikingJelly)", Aedat2ReaderTest.specFile("\r\n", Aedat2ReaderTest.EVENTS),
                        (Decoder) new Aedat2Reader(Dvs128Orientation.SPIKINGJELLY)::decode, 500),
                Arguments.of("spec-built AEDAT 3.1", Aedat31ReaderTest.sample("\r\n"), (Decoder) new Aedat31Reader()::decode, 1000),
                Arguments.of("t10k-labels gzip", labelsGz, idx, 800),
                Arguments.of("t10k images x40 raw", imagesRaw, idx, 400),
                Arguments.of("t10k images x40 gzip", imagesGz, idx, 400),
                Arguments.of("CIFAR-10 records", Cifar10BinaryReaderTest.records(3, 1, 4, 1, 5),
                        (Decoder) Cifar10BinaryReader::decode, 300));
    }

    @ParameterizedTest(name = "{0} x {3}")
    @MethodSource("corpus")
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void corruptedFilesDecodeOrFailCleanly(String name, byte[] original, Decoder decoder, int cases) {
        SplittableRandom random = new SplittableRandom(0x5EED ^ name.hashCode());
        int rejected = 0;
        for (int c = 0; c < cases; c++) {
            int kind = random.nextInt(5);
            byte[] corrupt = mutate(original, kind, random);
            try {
                decoder.decode(corrupt, "fuzz");
            } catch (MalformedFileException e) {
                rejected++;
                assertTrue(e.getMessage().startsWith("fuzz") && e.getMessage().contains(" at byte "), e.getMessage());
            } catch (Throwable t) {
                fail(name + " case " + c + " (mutation " + kind + "): unexpected " + t, t);
            }
        }
        assertTrue(rejected > 0, "at least some corruptions are detected");
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
