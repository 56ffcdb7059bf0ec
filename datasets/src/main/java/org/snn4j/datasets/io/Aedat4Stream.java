package org.snn4j.datasets.io;

/**
 * One stream described in an AEDAT 4.0 IOHeader's DV XML ({@code outInfo/<id>}).
 *
 * @param id stream id, as in each packet header
 * @param typeIdentifier flatbuffer type: {@code EVTS} (polarity events), {@code FRME}, {@code IMUS},
 *        {@code TRIG}, ...
 * @param sizeX sensor width in pixels ({@code info/sizeX}), 0 if not given
 * @param sizeY sensor height in pixels ({@code info/sizeY}), 0 if not given
 * @param source device name ({@code info/source}), empty if not given
 */
public record Aedat4Stream(int id, String typeIdentifier, int sizeX, int sizeY, String source) {
    /** Type identifier of polarity-event streams. */
    public static final String EVENTS = "EVTS";
}
