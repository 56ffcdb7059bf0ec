package org.snn4j.datasets.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Metadata from a jAER AEDAT 1.0/2.0 header.
 *
 * @param majorVersion 1 or 2 (1.0 when the file has no {@code #!AER-DAT} line)
 * @param minorVersion minor version, usually 0
 * @param creationTimeMs from {@code # Creation time: System.currentTimeMillis() <ms>}, Unix ms
 * @param aeChip the jAER chip class from {@code # AEChip: <class>}, which decides how addresses
 *        are interpreted (e.g. {@code ch.unizh.ini.jaer.chip.retina.DVS128})
 * @param lines all header lines without line terminators
 * @param dataOffset byte offset of the first event
 */
public record Aedat2Header(int majorVersion, int minorVersion, OptionalLong creationTimeMs,
        Optional<String> aeChip, List<String> lines, int dataOffset) {
    /** Prefix of the creation-time line. */
    public static final String CREATION_TIME_PREFIX = "# Creation time: System.currentTimeMillis()";
    /** Prefix of the chip-class line. */
    public static final String AE_CHIP_PREFIX = "# AEChip:";

    public Aedat2Header {
        lines = List.copyOf(lines);
    }

    /** Bytes per event: 6 in AEDAT 1.0 (int16 address), 8 in 2.0 (int32 address). */
    public int eventBytes() {
        return majorVersion == 1 ? 6 : 8;
    }

    /** Reads the header of an AEDAT 1.0/2.0 file (the whole file is read). */
    public static Aedat2Header read(Path file) throws IOException {
        return parse(ByteInput.readFile(file).data(), file.toString());
    }

    /** Parses the header of an AEDAT 1.0/2.0 file held in memory. */
    public static Aedat2Header parse(byte[] data, String source) throws MalformedFileException {
        ByteInput in = new ByteInput(data, source);
        AedatHeaderLines header = AedatHeaderLines.parse(in, false);
        int[] version = header.version(in);
        if (version[0] != 1 && version[0] != 2) {
            throw in.error(0, "AEDAT " + version[0] + "." + version[1]
                    + " file; this reader handles 1.0 and 2.0 (use Aedat31Reader or Aedat4Reader)");
        }
        OptionalLong created = OptionalLong.empty();
        Optional<String> chip = Optional.empty();
        for (int i = 0; i < header.lines().size(); i++) {
            String line = header.lines().get(i);
            if (line.startsWith(CREATION_TIME_PREFIX)) {
                String value = line.substring(CREATION_TIME_PREFIX.length()).trim();
                try {
                    created = OptionalLong.of(Long.parseLong(value));
                } catch (NumberFormatException e) {
                    throw in.error(header.lineOffsets().get(i), "bad creation time '" + value + "', expected milliseconds");
                }
            } else if (line.startsWith(AE_CHIP_PREFIX)) {
                chip = Optional.of(line.substring(AE_CHIP_PREFIX.length()).trim());
            }
        }
        return new Aedat2Header(version[0], version[1], created, chip, header.lines(), header.dataOffset());
    }
}
