package org.snn4j.datasets.download;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Flow;
import java.util.function.BiFunction;
import org.snn4j.datasets.cache.ProgressBar;

/**
 * Downloads registered {@link Resource}s into a dataset folder: resumable, verified, extracted.
 *
 * <p>Per file:
 * <ol>
 *   <li>If it is already complete (verified archive with its {@code .extracted} marker, or a
 *       verified plain file) nothing is done.</li>
 *   <li>Otherwise bytes are appended to {@code <file>.part}. A retry after a dropped connection,
 *       or a later run, asks only for the missing bytes ({@code Range: bytes=N-}); a server that
 *       answers 200 instead of 206 is read from the start. Up to {@code maxAttempts} attempts per
 *       URL, then the next mirror.</li>
 *   <li>The complete file is renamed from {@code .part}, its digest checked (a mismatch deletes it
 *       and throws {@link ChecksumMismatchException}) and archives are extracted.</li>
 * </ol>
 * Archives are kept in {@code <root>/.downloads/}; plain files go straight to their place. When
 * every URL fails (no network, server down) or the file is manual-only, a {@link DownloadException}
 * says which URL to fetch by hand and where to save it.
 */
public final class Downloader {
    /** Folder under the dataset root holding archives and markers. */
    public static final String DOWNLOADS_DIR = ".downloads";

    private final HttpClient client;
    private final int maxAttempts;
    private final Duration responseTimeout;
    private final Duration stallTimeout;
    private final BiFunction<String, Long, ProgressBar> progress;

    /**
     * @param client          the HTTP client (redirects should be followed)
     * @param maxAttempts     attempts per URL (resuming after each failure), at least 1
     * @param responseTimeout time to wait for response headers
     * @param stallTimeout    longest wait for body bytes before the connection is dropped and resumed
     * @param progress        creates a progress bar from (label, total bytes or -1)
     */
    public Downloader(HttpClient client, int maxAttempts, Duration responseTimeout, Duration stallTimeout,
                      BiFunction<String, Long, ProgressBar> progress) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be >= 1, got " + maxAttempts);
        }
        this.client = client;
        this.maxAttempts = maxAttempts;
        this.responseTimeout = responseTimeout;
        this.stallTimeout = stallTimeout;
        this.progress = progress;
    }

    /** HTTP/1.1 client following redirects, 20 s connect timeout, 3 attempts, 60 s stall timeout, console progress. */
    public static Downloader create() {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(20)).build();
        return new Downloader(client, 3, Duration.ofSeconds(60), Duration.ofSeconds(60), (label, total) -> ProgressBar.console(label, total, true));
    }

    /** Fetches every file of a dataset ({@code Datasets.REGISTRY.get("nmnist")}) into {@code root}. */
    public List<Path> fetchAll(List<Resource> files, Path root) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Resource r : files) {
            out.add(fetch(r, root));
        }
        return out;
    }

    /**
     * Makes {@code r} present, verified and extracted under {@code root} (the dataset's own folder).
     *
     * @return the downloaded file (archive or plain file)
     */
    public Path fetch(Resource r, Path root) throws IOException {
        Path target = location(r, root);
        Path marker = target.resolveSibling(r.fileName() + ".extracted");
        boolean archive = r.archive() != ArchiveType.NONE;
        boolean present = Files.isRegularFile(target);
        if (present && archive && Files.exists(marker)) {
            return target;
        }
        if (present && !archive && !r.manualOnly()) {
            if (matches(r, target)) {
                return target;
            }
            Files.delete(target);
            present = false;
        }
        if (!present) {
            if (r.manualOnly()) {
                throw new DownloadException(manualOnlyMessage(r, target), null);
            }
            download(r, target);
        }
        verify(r, target);
        if (archive) {
            Extractor.extract(target, r.archive(), root.resolve(r.extractTo()));
            Files.writeString(marker, r.checksum().toString());
        }
        return target;
    }

    /** Where {@code r} is saved: {@code <root>/.downloads/<file>} for archives, else its final place. */
    public static Path location(Resource r, Path root) {
        return r.archive() == ArchiveType.NONE ? root.resolve(r.extractTo()).resolve(r.fileName())
                : root.resolve(DOWNLOADS_DIR).resolve(r.fileName());
    }

    private static boolean matches(Resource r, Path file) throws IOException {
        return Files.isRegularFile(file) && r.checksum().compute(file).equals(r.checksum().hex());
    }

    private void download(Resource r, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        Path part = target.resolveSibling(r.fileName() + ".part");
        List<String> failures = new ArrayList<>();
        for (URI uri : r.urls()) {
            try {
                transfer(uri, part, r.fileName());
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
                return;
            } catch (InterruptedIOException e) {
                throw e;
            } catch (IOException e) {
                failures.add(uri + ": " + describe(e));
            }
        }
        throw new DownloadException(manualMessage(r, target, failures), null);
    }

    private void verify(Resource r, Path target) throws IOException {
        String actual = r.checksum().compute(target);
        if (!actual.equals(r.checksum().hex())) {
            Files.deleteIfExists(target);
            String from = r.urls().isEmpty() ? r.manualPage() : r.urls().get(0).toString();
            throw new ChecksumMismatchException(target + ": " + r.checksum().algorithm() + " is " + actual
                    + ", expected " + r.checksum().hex() + " (file from " + from + "); the file was deleted."
                    + " Run the download again, or fetch it by hand and save it as " + target,
                    r.checksum().toString(), r.checksum().algorithm().name().toLowerCase(java.util.Locale.ROOT) + ":" + actual);
        }
    }

    /** Downloads {@code uri} into {@code part}, resuming after dropped connections. */
    private void transfer(URI uri, Path part, String label) throws IOException {
        IOException last = null;
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            try {
                attempt(uri, part, label);
                return;
            } catch (ConnectException | UnknownHostException | HttpConnectTimeoutException | StatusException e) {
                throw e;
            } catch (InterruptedIOException e) {
                throw e;
            } catch (IOException e) {
                last = e;
            }
        }
        throw last;
    }

    private void attempt(URI uri, Path part, String label) throws IOException {
        long have = Files.isRegularFile(part) ? Files.size(part) : 0;
        HttpRequest.Builder req = HttpRequest.newBuilder(uri).timeout(responseTimeout).header("User-Agent", "snn4j").GET();
        if (have > 0) {
            req.header("Range", "bytes=" + have + "-");
        }
        HttpResponse<Flow.Publisher<List<ByteBuffer>>> resp = send(req.build());
        BodyStream body = new BodyStream(stallTimeout);
        resp.body().subscribe(body);
        try {
            int status = resp.statusCode();
            if (status == 416 && have > 0) {
                return; // nothing left to fetch; the checksum decides whether the .part is right
            }
            boolean resume = status == 206 && have > 0
                    && resp.headers().firstValue("Content-Range").orElse("").startsWith("bytes " + have + "-");
            if (status != 200 && !resume) {
                throw new StatusException(status);
            }
            long base = resume ? have : 0;
            long length = resp.headers().firstValueAsLong("Content-Length").orElse(-1);
            ProgressBar bar = progress.apply(label, length < 0 ? -1 : base + length);
            bar.step(base);
            copy(body, part, resume, bar);
            bar.finish();
        } finally {
            body.cancel();
        }
    }

    private HttpResponse<Flow.Publisher<List<ByteBuffer>>> send(HttpRequest req) throws IOException {
        try {
            return client.send(req, HttpResponse.BodyHandlers.ofPublisher());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("download of " + req.uri() + " interrupted");
        }
    }

    private static void copy(BodyStream body, Path part, boolean append, ProgressBar bar) throws IOException {
        StandardOpenOption mode = append ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING;
        try (FileChannel out = FileChannel.open(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE, mode)) {
            for (ByteBuffer chunk = body.next(); chunk != null; chunk = body.next()) {
                int n = chunk.remaining();
                while (chunk.hasRemaining()) {
                    out.write(chunk);
                }
                bar.step(n);
            }
        }
    }

    private static String describe(IOException e) {
        if (e instanceof StatusException s) {
            return "HTTP " + s.status;
        }
        String msg = e.getMessage();
        return e.getClass().getSimpleName() + (msg == null || msg.isBlank() ? "" : " (" + msg + ")");
    }

    static String manualMessage(Resource r, Path target, List<String> failures) {
        StringBuilder sb = new StringBuilder("Could not download " + r.fileName() + " for " + r.dataset() + ":");
        for (String f : failures) {
            sb.append("\n  ").append(f);
        }
        sb.append("\nManual route: download ").append(r.urls().get(0));
        for (URI mirror : r.urls().subList(1, r.urls().size())) {
            sb.append("\n  (or ").append(mirror).append(')');
        }
        return sb.append("\nand save it as ").append(target.toAbsolutePath())
                .append("\nthen run the download again to verify it (").append(r.checksum()).append(')')
                .append(r.archive() == ArchiveType.NONE ? "." : " and unpack it.").toString();
    }

    static String manualOnlyMessage(Resource r, Path target) {
        return r.fileName() + " (" + r.dataset() + ") must be downloaded by hand (licence agreement).\n"
                + "Manual route: open " + r.manualPage() + ", download " + r.fileName() + "\nand save it as "
                + target.toAbsolutePath() + "\nthen run the download again to verify it (" + r.checksum()
                + ") and unpack it.";
    }

    /** A non-retryable HTTP status for one URL. */
    private static final class StatusException extends IOException {
        private static final long serialVersionUID = 1L;
        private final int status;

        StatusException(int status) {
            super("HTTP " + status);
            this.status = status;
        }
    }
}
