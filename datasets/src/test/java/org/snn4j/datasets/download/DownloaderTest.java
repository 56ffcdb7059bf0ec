package org.snn4j.datasets.download;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.snn4j.datasets.DvsGesture;
import org.snn4j.datasets.NMnist;
import org.snn4j.datasets.Split;
import org.snn4j.datasets.cache.ProgressBar;
import org.snn4j.datasets.transforms.SharedData;

/** The downloader against a loopback server; never touches the real network. */
@Timeout(60)
class DownloaderTest {
    @TempDir
    Path root;
    private FileServer server;
    private byte[] zip;

    @BeforeEach
    void start() throws IOException {
        server = new FileServer();
        zip = Archives.nmnistZip();
        server.put("/Train.zip", zip);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static Downloader downloader() {
        return downloader(Duration.ofSeconds(20));
    }

    private static Downloader downloader(Duration stall) {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        return new Downloader(client, 3, Duration.ofSeconds(20), stall, (label, total) -> ProgressBar.silent());
    }

    private Resource nmnistZip(String md5) {
        return Resource.direct(NMnist.NAME, "Train.zip", server.url("/Train.zip"), Checksum.md5(md5), ArchiveType.ZIP);
    }

    private Resource nmnistZip() {
        return nmnistZip(Checksum.of(Checksum.Algorithm.MD5, zip));
    }

    private void assertExtracted() throws IOException {
        for (String name : Archives.NMNIST_FILES) {
            assertArrayEquals(Files.readAllBytes(SharedData.root().resolve("nmnist").resolve(name)),
                    Files.readAllBytes(root.resolve(name)), name);
        }
        assertEquals(2, NMnist.at(root).split(Split.TRAIN).size());
        assertEquals(2, NMnist.at(root).split(Split.TEST).size());
    }

    @Test
    void goodDownloadIsVerifiedAndExtractedIntoTheNMnistLayout() throws IOException {
        Path archive = downloader().fetch(nmnistZip(), root);
        assertEquals(root.resolve(".downloads/Train.zip"), archive);
        assertExtracted();
        assertEquals(List.of("-"), server.ranges);
        downloader().fetch(nmnistZip(), root);
        assertEquals(1, server.requests(), "a complete, extracted download is not fetched again");
        assertFalse(Files.exists(root.resolve(".downloads/Train.zip.part")));
    }

    @Test
    void droppedConnectionIsResumedWithARangeRequest() throws IOException {
        server.mode = FileServer.Mode.DROP_FIRST_HALFWAY;
        downloader().fetch(nmnistZip(), root);
        assertEquals(2, server.requests());
        assertEquals("bytes=" + zip.length / 2 + "-", server.ranges.get(1));
        assertExtracted();
    }

    @Test
    void stalledConnectionIsAbandonedAndResumed() throws IOException {
        server.mode = FileServer.Mode.STALL_FIRST_HALFWAY;
        downloader(Duration.ofMillis(500)).fetch(nmnistZip(), root);
        assertEquals(List.of("-", "bytes=" + zip.length / 2 + "-"), server.ranges);
        assertExtracted();
    }

    @Test
    void existingPartFileIsResumed() throws IOException {
        Files.createDirectories(root.resolve(".downloads"));
        Files.write(root.resolve(".downloads/Train.zip.part"), Arrays.copyOf(zip, 1000));
        downloader().fetch(nmnistZip(), root);
        assertEquals(List.of("bytes=1000-"), server.ranges);
        assertExtracted();
    }

    @Test
    void serverIgnoringRangeRestartsFromZero() throws IOException {
        server.mode = FileServer.Mode.IGNORE_RANGE;
        Files.createDirectories(root.resolve(".downloads"));
        Files.write(root.resolve(".downloads/Train.zip.part"), new byte[1000]);
        downloader().fetch(nmnistZip(), root);
        assertExtracted();
    }

    @Test
    void checksumMismatchDeletesTheFileAndExtractsNothing() {
        Resource wrong = nmnistZip("00000000000000000000000000000000");
        ChecksumMismatchException e = assertThrows(ChecksumMismatchException.class, () -> downloader().fetch(wrong, root));
        assertEquals("md5:00000000000000000000000000000000", e.expected());
        assertEquals("md5:" + Checksum.of(Checksum.Algorithm.MD5, zip), e.actual());
        assertTrue(e.getMessage().contains(root.resolve(".downloads/Train.zip").toString()), e.getMessage());
        assertTrue(e.getMessage().contains("expected 00000000000000000000000000000000"), e.getMessage());
        assertFalse(Files.exists(root.resolve(".downloads/Train.zip")));
        assertFalse(Files.exists(root.resolve("Train")));
    }

    @Test
    void unreachableServerGivesTheManualRoute() throws IOException {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        String url = "http://127.0.0.1:" + closedPort + "/Train.zip";
        Resource r = Resource.direct(NMnist.NAME, "Train.zip", url, Checksum.md5("20959b8e626244a1b502305a9e6e2031"), ArchiveType.ZIP);
        DownloadException e = assertThrows(DownloadException.class, () -> downloader().fetch(r, root));
        String msg = e.getMessage();
        assertTrue(msg.startsWith("Could not download Train.zip for nmnist:\n  " + url + ": ConnectException"), msg);
        assertTrue(msg.contains("Manual route: download " + url + "\nand save it as "
                + root.resolve(".downloads/Train.zip").toAbsolutePath()), msg);
        assertTrue(msg.contains("md5:20959b8e626244a1b502305a9e6e2031"), msg);
    }

    @Test
    void missingFileFallsBackToTheMirror() throws IOException {
        Resource r = new Resource(NMnist.NAME, "Train.zip", List.of(URI.create(server.url("/missing.zip")),
                URI.create(server.url("/Train.zip"))), Checksum.md5(Checksum.of(Checksum.Algorithm.MD5, zip)),
                ArchiveType.ZIP, "", null);
        downloader().fetch(r, root);
        assertExtracted();
        assertEquals(2, server.requests());
    }

    @Test
    void allMirrorsMissingNamesEachStatus() {
        Resource r = Resource.direct(NMnist.NAME, "Train.zip", server.url("/gone.zip"), Checksum.md5("0".repeat(32)), ArchiveType.ZIP);
        DownloadException e = assertThrows(DownloadException.class, () -> downloader().fetch(r, root));
        assertTrue(e.getMessage().contains(server.url("/gone.zip") + ": HTTP 404"), e.getMessage());
        assertEquals(1, server.requests(), "a 404 is not retried");
    }

    @Test
    void plainFilesAreKeptAsIsAndRefetchedOnlyWhenWrong() throws IOException {
        byte[] gz = Files.readAllBytes(SharedData.root().resolve("mnist/t10k-labels-idx1-ubyte.gz"));
        server.put("/t10k-labels-idx1-ubyte.gz", gz);
        Resource r = Resource.direct("mnist", "t10k-labels-idx1-ubyte.gz", server.url("/t10k-labels-idx1-ubyte.gz"),
                Checksum.md5(Checksum.of(Checksum.Algorithm.MD5, gz)), ArchiveType.NONE);
        assertEquals(root.resolve("t10k-labels-idx1-ubyte.gz"), downloader().fetch(r, root));
        assertArrayEquals(gz, Files.readAllBytes(root.resolve("t10k-labels-idx1-ubyte.gz")));
        downloader().fetch(r, root);
        assertEquals(1, server.requests());
        Files.write(root.resolve("t10k-labels-idx1-ubyte.gz"), new byte[] {1, 2, 3});
        downloader().fetch(r, root);
        assertEquals(2, server.requests());
        assertArrayEquals(gz, Files.readAllBytes(root.resolve("t10k-labels-idx1-ubyte.gz")));
    }

    @Test
    void manualOnlyFileExplainsWhereToPutItThenExtractsIt() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("DvsGesture/", new byte[0]);
        entries.put("DvsGesture/trials_to_test.txt", "user24_led.aedat\n".getBytes());
        byte[] tgz = Archives.tarGz(entries);
        Resource real = DvsGesture.DOWNLOADS.get(0);
        Resource r = new Resource(real.dataset(), real.fileName(), List.of(),
                Checksum.md5(Checksum.of(Checksum.Algorithm.MD5, tgz)), ArchiveType.TAR_GZ, "", real.manualPage());
        DownloadException e = assertThrows(DownloadException.class, () -> downloader().fetch(r, root));
        Path target = root.resolve(".downloads/DvsGesture.tar.gz");
        assertTrue(e.getMessage().contains("must be downloaded by hand"), e.getMessage());
        assertTrue(e.getMessage().contains(DvsGesture.DOWNLOAD_PAGE), e.getMessage());
        assertTrue(e.getMessage().contains("save it as " + target.toAbsolutePath()), e.getMessage());
        Files.createDirectories(target.getParent());
        Files.write(target, tgz);
        downloader().fetch(r, root);
        assertEquals("user24_led.aedat\n", Files.readString(root.resolve("DvsGesture/trials_to_test.txt")));
        assertEquals(0, server.requests());
    }
}
