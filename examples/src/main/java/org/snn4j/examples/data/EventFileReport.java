package org.snn4j.examples.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.snn4j.datasets.events.EventStats;
import org.snn4j.datasets.io.AeChipSensor;
import org.snn4j.datasets.io.Aedat2Header;
import org.snn4j.datasets.io.EventFormat;
import org.snn4j.datasets.io.EventSummary;

/**
 * What {@code snn4j data stats} and {@code data info} say about one event file: format, sensor
 * (for AEDAT 2 from the header's {@code # AEChip:} line), and the {@link EventStats}.
 *
 * @param file   the file
 * @param format its detected format
 * @param chip   the AEDAT 2 chip class, or null
 * @param width  sensor width
 * @param height sensor height
 * @param stats  the statistics
 */
public record EventFileReport(Path file, EventFormat format, String chip, int width, int height, EventStats stats) {

    /** TSV header of {@link #tsvRow()}. */
    public static final String TSV_HEADER = "file\tformat\tsensor\tevents\tON/OFF\tx\ty\tt_us\tsum_x\tsum_y\tsum_t";

    /** Reads and summarises {@code file}, streaming it (see {@link EventSummary}): any file size works. */
    public static EventFileReport read(Path file) throws IOException {
        EventSummary summary = EventSummary.of(file);
        EventFormat fmt = summary.format();
        int w = summary.width();
        int h = summary.height();
        String chip = null;
        if (fmt == EventFormat.AEDAT2) {
            chip = Aedat2Header.read(file).aeChip().orElse(null);
            AeChipSensor s = chip == null ? null : AeChipSensor.of(chip).orElse(null);
            if (s != null) {
                w = s.width();
                h = s.height();
            }
        }
        return new EventFileReport(file, fmt, chip, w, h, summary.stats());
    }

    /** One TSV row; ranges of an empty file are {@code -}. */
    public String tsvRow() {
        EventStats s = stats;
        return String.join("\t", file.toString(), format.toString(), width + "x" + height, Long.toString(s.events()),
                s.on() + "/" + s.off(), range(s.minX(), s.maxX()), range(s.minY(), s.maxY()),
                s.firstT().isPresent() ? s.firstT().getAsLong() + ".." + s.lastT().getAsLong() : "-",
                s.sumX().toString(), s.sumY().toString(), s.sumT().toString());
    }

    /** The JSON form: numbers exact, ranges {@code null} for an empty file. */
    public Map<String, Object> json() {
        EventStats s = stats;
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("file", file.toString());
        j.put("format", format.toString());
        j.put("chip", chip);
        j.put("width", width);
        j.put("height", height);
        j.put("events", s.events());
        j.put("on", s.on());
        j.put("off", s.off());
        j.put("onFraction", Double.isNaN(s.onFraction()) ? null : s.onFraction());
        j.put("minX", box(s.minX()));
        j.put("maxX", box(s.maxX()));
        j.put("minY", box(s.minY()));
        j.put("maxY", box(s.maxY()));
        j.put("firstT", box(s.firstT()));
        j.put("lastT", box(s.lastT()));
        j.put("durationUs", s.durationUs());
        j.put("sumX", s.sumX());
        j.put("sumY", s.sumY());
        j.put("sumT", s.sumT());
        return j;
    }

    /** The human-readable lines of {@code data info}. */
    public String info() {
        EventStats s = stats;
        double seconds = s.durationUs() / 1e6;
        StringBuilder b = new StringBuilder();
        b.append("file:      ").append(file).append('\n');
        b.append("format:    ").append(format).append('\n');
        b.append("sensor:    ").append(width).append('x').append(height)
                .append(chip == null ? "" : " (" + chip + ")").append('\n');
        b.append("events:    ").append(s.events()).append('\n');
        if (s.events() == 0) {
            b.append("duration:  - (no events)\npolarity:  - (no events)\n");
            return b.toString();
        }
        b.append(String.format(Locale.ROOT, "duration:  %.6f s (%d..%d us)%n", seconds, s.firstT().getAsLong(),
                s.lastT().getAsLong()));
        b.append(String.format(Locale.ROOT, "polarity:  %d ON / %d OFF (%.1f%% ON)%n", s.on(), s.off(),
                100 * s.onFraction()));
        if (seconds > 0) {
            b.append(String.format(Locale.ROOT, "rate:      %.0f events/s%n", s.events() / seconds));
        }
        return b.toString();
    }

    private static String range(OptionalInt lo, OptionalInt hi) {
        return lo.isPresent() ? lo.getAsInt() + ".." + hi.getAsInt() : "-";
    }

    private static Object box(OptionalInt v) {
        return v.isPresent() ? v.getAsInt() : null;
    }

    private static Object box(OptionalLong v) {
        return v.isPresent() ? v.getAsLong() : null;
    }
}
