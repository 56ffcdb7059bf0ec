package org.snn4j.datasets.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * LZ4 frames made by the reference {@code lz4} 1.9 command line tool from a 306,690-byte text:
 * {@code lz4 -BD -B4 -BX --content-size} (linked 64 KiB blocks with block and content checksums,
 * the case lz4-java's stream refuses and DV writes) and {@code lz4 -B4} (independent blocks).
 */
class Lz4FramesTest {

    static byte[] payload() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 20000; i++) {
            b.append("line ").append(i).append(": ").append((i * 7919) % 1000).append('\n');
        }
        return b.toString().getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] resource(String name) throws Exception {
        try (InputStream in = Lz4FramesTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"linked.lz4", "independent.lz4"})
    void decodesReferenceFrames(String name) throws Exception {
        byte[] frame = resource(name);
        byte[] plain = Lz4Frames.decompress(new ByteInput(frame, name), 0, frame.length, 1 << 20);
        assertEquals(306_690, plain.length);
        assertArrayEquals(payload(), plain);
    }

    @ParameterizedTest
    @ValueSource(strings = {"linked.lz4", "independent.lz4"})
    void outputLimitIsEnforced(String name) throws Exception {
        byte[] frame = resource(name);
        MalformedFileException ex = assertThrows(MalformedFileException.class,
                () -> Lz4Frames.decompress(new ByteInput(frame, name), 0, frame.length, 100_000));
        assertTrue(ex.getMessage().contains("decompresses to more than 100000 bytes"), ex.getMessage());
    }

    @ParameterizedTest
    @ValueSource(ints = {5000, 60000, 100000})
    void aFlippedByteInTheLinkedFrameIsDetected(int offset) throws Exception {
        byte[] frame = resource("linked.lz4");
        frame[offset] ^= 0x10;
        assertThrows(MalformedFileException.class,
                () -> Lz4Frames.decompress(new ByteInput(frame, "flip"), 0, frame.length, 1 << 20));
    }
}
