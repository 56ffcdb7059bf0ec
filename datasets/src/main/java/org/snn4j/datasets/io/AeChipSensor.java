package org.snn4j.datasets.io;

import java.util.Locale;
import java.util.Optional;

/**
 * The sensor size of a jAER chip class, as named by the {@code # AEChip:} line of an AEDAT 1.0/2.0
 * header (see {@link Aedat2Header#aeChip()}). Sizes are jAER's chip constructors'
 * {@code setSizeX/setSizeY}.
 *
 * <pre>
 * class name contains   sensor
 * Davis346              346 × 260   (e.g. eu.seebetter.ini.chips.davis.Davis346red)
 * Davis240              240 × 180
 * Davis640              640 × 480
 * DVS128                128 × 128   (ch.unizh.ini.jaer.chip.retina.DVS128)
 * DVXplorer             640 × 480
 * </pre>
 *
 * @param width  pixels along x
 * @param height pixels along y
 */
public record AeChipSensor(int width, int height) {

    /** The sensor of {@code aeChipClass}, empty for a chip this table does not know. */
    public static Optional<AeChipSensor> of(String aeChipClass) {
        String c = aeChipClass.toLowerCase(Locale.ROOT);
        if (c.contains("davis346")) {
            return Optional.of(new AeChipSensor(346, 260));
        }
        if (c.contains("davis240")) {
            return Optional.of(new AeChipSensor(240, 180));
        }
        if (c.contains("davis640")) {
            return Optional.of(new AeChipSensor(640, 480));
        }
        if (c.contains("dvs128")) {
            return Optional.of(new AeChipSensor(128, 128));
        }
        if (c.contains("dvxplorer")) {
            return Optional.of(new AeChipSensor(640, 480));
        }
        return Optional.empty();
    }
}
