package org.snn4j.datasets.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snn4j.datasets.SharedDataDir;

/** Format detection from the #!AER-DAT line or the extension. */
class EventFormatTest {

    @Test
    void detectsSharedFiles() throws Exception {
        assertEquals(EventFormat.NMNIST_BIN, EventFormat.detect(SharedDataDir.resolve("nmnist/Train/5/00001.bin")));
        assertEquals(EventFormat.AEDAT4, EventFormat.detect(SharedDataDir.resolve("aedat4-dvxplorer-sample/sample.aedat4")));
        assertEquals(EventFormat.AEDAT2,
                EventFormat.detect(SharedDataDir.resolve("aedat2-davis346-header/sample_aedat_header.aedat")));
        assertEquals(111_954, EventFormat.readAny(SharedDataDir.resolve("aedat4-dvxplorer-sample/sample.aedat4")).size());
    }

    @Test
    void detectsSpecBuiltFilesAndRejectsUnknownOnes(@TempDir Path dir) throws Exception {
        Path a31 = Files.write(dir.resolve("user01_lab.aedat"), Aedat31ReaderTest.sample("\r\n"));
        assertEquals(EventFormat.AEDAT31, EventFormat.detect(a31));
        assertEquals(3, EventFormat.readAny(a31).size());
        Path a2 = Files.write(dir.resolve("cifar10_cat_0.aedat"), Aedat2ReaderTest.specFile("\r\n", Aedat2ReaderTest.EVENTS));
        assertEquals(EventFormat.AEDAT2, EventFormat.detect(a2));
        Path unknown = Files.write(dir.resolve("x.dat"), new byte[] {1, 2, 3});
        MalformedFileException ex = assertThrows(MalformedFileException.class, () -> EventFormat.detect(unknown));
        assertEquals(0, ex.byteOffset());
    }
}
