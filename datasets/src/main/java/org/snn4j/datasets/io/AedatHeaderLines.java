package org.snn4j.datasets.io;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code #}-prefixed ASCII header of AEDAT 1.0-3.1 files: lines ending in CRLF or LF (Git and
 * some tools normalise CRLF to LF), read until the first byte that is not {@code '#'} or, for 3.1,
 * through the {@code #!END-HEADER} line.
 *
 * @param lines header lines without their line terminators
 * @param lineOffsets byte offset of the start of each line
 * @param dataOffset byte offset of the first data byte
 */
record AedatHeaderLines(List<String> lines, List<Integer> lineOffsets, int dataOffset) {
    /** Line that ends an AEDAT 3.x header. */
    static final String END_HEADER = "#!END-HEADER";
    /** Prefix of the version line, e.g. {@code #!AER-DAT2.0}. */
    static final String VERSION_PREFIX = "#!AER-DAT";

    static AedatHeaderLines parse(ByteInput in, boolean stopAtEndHeader) throws MalformedFileException {
        byte[] d = in.data();
        List<String> lines = new ArrayList<>();
        List<Integer> offsets = new ArrayList<>();
        int pos = 0;
        while (pos < d.length && d[pos] == '#') {
            int end = pos;
            while (end < d.length && d[end] != '\n') {
                end++;
            }
            if (end == d.length) {
                throw in.error(pos, "truncated header: line starting here has no line end");
            }
            int stop = end > pos && d[end - 1] == '\r' ? end - 1 : end;
            String line = new String(d, pos, stop - pos, StandardCharsets.ISO_8859_1);
            lines.add(line);
            offsets.add(pos);
            pos = end + 1;
            if (stopAtEndHeader && line.equals(END_HEADER)) {
                break;
            }
        }
        return new AedatHeaderLines(List.copyOf(lines), List.copyOf(offsets), pos);
    }

    /** Parses {@code #!AER-DATx.y} in the first line into {major, minor}; 1.0 if there is no such line. */
    int[] version(ByteInput in) throws MalformedFileException {
        if (lines.isEmpty() || !lines.get(0).startsWith(VERSION_PREFIX)) {
            return new int[] {1, 0};
        }
        String v = lines.get(0).substring(VERSION_PREFIX.length()).trim();
        int dot = v.indexOf('.');
        try {
            if (dot < 1) {
                throw new NumberFormatException(v);
            }
            return new int[] {Integer.parseInt(v.substring(0, dot)), Integer.parseInt(v.substring(dot + 1))};
        } catch (NumberFormatException e) {
            throw in.error(VERSION_PREFIX.length(), "bad version line '" + lines.get(0)
                    + "', expected #!AER-DATx.y");
        }
    }

    /** True if the header contains {@code line} exactly. */
    boolean contains(String line) {
        return lines.contains(line);
    }
}
