package org.snn4j.datasets.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.snn4j.datasets.SharedDataDir;

class AeChipSensorTest {

    @Test
    void davis346HeaderNamesA346By260Sensor() throws Exception {
        Aedat2Header h = Aedat2Header.read(SharedDataDir.resolve("aedat2-davis346-header/sample_aedat_header.aedat"));
        assertEquals(new AeChipSensor(346, 260), AeChipSensor.of(h.aeChip().orElseThrow()).orElseThrow());
    }

    @Test
    void knownAndUnknownChips() {
        assertEquals(new AeChipSensor(128, 128), AeChipSensor.of("ch.unizh.ini.jaer.chip.retina.DVS128").orElseThrow());
        assertEquals(new AeChipSensor(240, 180), AeChipSensor.of("eu.seebetter.ini.chips.davis.DAVIS240C").orElseThrow());
        assertTrue(AeChipSensor.of("some.other.Chip").isEmpty());
    }
}
