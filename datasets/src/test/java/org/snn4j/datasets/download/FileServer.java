package org.snn4j.datasets.download;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback HTTP server (127.0.0.1, ephemeral port) serving byte arrays, with switches for the
 * failure modes a downloader must survive. Records the Range header of every request.
 */
final class FileServer implements AutoCloseable {
    /** How the server answers. */
    enum Mode { NORMAL, DROP_FIRST_HALFWAY, STALL_FIRST_HALFWAY, IGNORE_RANGE }

    private final HttpServer server;
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    final List<String> ranges = new CopyOnWriteArrayList<>();
    volatile Mode mode = Mode.NORMAL;
    private volatile boolean dropped;
    private final java.util.concurrent.CountDownLatch released = new java.util.concurrent.CountDownLatch(1);
    private final java.util.concurrent.ExecutorService executor = java.util.concurrent.Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "test-http");
        t.setDaemon(true);
        return t;
    });

    FileServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    void put(String path, byte[] bytes) {
        files.put(path, bytes);
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    int requests() {
        return ranges.size();
    }

    private void handle(HttpExchange ex) throws IOException {
        String range = ex.getRequestHeaders().getFirst("Range");
        ranges.add(range == null ? "-" : range);
        byte[] body = files.get(ex.getRequestURI().getPath());
        if (body == null) {
            ex.sendResponseHeaders(404, -1);
            ex.close();
            return;
        }
        long from = range != null && mode != Mode.IGNORE_RANGE ? Long.parseLong(range.replaceAll("bytes=(\\d+)-", "$1")) : 0;
        int len = body.length - (int) from;
        if (from > 0) {
            ex.getResponseHeaders().add("Content-Range", "bytes " + from + "-" + (body.length - 1) + "/" + body.length);
        }
        ex.sendResponseHeaders(from > 0 ? 206 : 200, len);
        OutputStream out = ex.getResponseBody();
        if (mode != Mode.NORMAL && mode != Mode.IGNORE_RANGE && !dropped) {
            dropped = true;
            out.write(body, (int) from, len / 2);
            out.flush();
            if (mode == Mode.STALL_FIRST_HALFWAY) {
                awaitRelease();
            }
            // an exception from the handler makes the server close the connection mid-body
            throw new IOException("simulated connection drop after " + len / 2 + " bytes");
        }
        out.write(body, (int) from, len);
        out.close();
    }

    private void awaitRelease() {
        try {
            released.await(60, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        released.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}
