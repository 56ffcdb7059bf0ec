package org.snn4j.datasets.download;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.snn4j.datasets.transforms.SharedData;

/** Builds test archives in memory: a zip of real N-MNIST files, and tar.gz/gz from entries. */
final class Archives {
    private Archives() {
    }

    /** The four reference N-MNIST files of shared/data/README.md under their own paths. */
    static final String[] NMNIST_FILES = {"Train/5/00001.bin", "Train/0/00002.bin", "Test/7/00001.bin", "Test/2/00002.bin"};

    static byte[] nmnistZip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String name : NMNIST_FILES) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write(Files.readAllBytes(SharedData.root().resolve("nmnist").resolve(name)));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** A gzip-compressed ustar archive; names longer than 100 bytes get a GNU 'L' entry. */
    static byte[] tarGz(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream tar = new ByteArrayOutputStream();
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            byte[] name = e.getKey().getBytes(StandardCharsets.UTF_8);
            if (name.length > 100) {
                tar.write(header("././@LongLink", name.length + 1, 'L'));
                pad(tar, concat(name, new byte[1]));
            }
            char type = e.getKey().endsWith("/") ? '5' : '0';
            tar.write(header(name.length > 100 ? e.getKey().substring(0, 100) : e.getKey(), e.getValue().length, type));
            pad(tar, e.getValue());
        }
        tar.write(new byte[1024]);
        return gzip(tar.toByteArray());
    }

    static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.toByteArray();
    }

    private static byte[] header(String name, long size, char type) {
        byte[] h = new byte[512];
        put(h, 0, name);
        put(h, 100, "0000644\0");
        put(h, 108, "0000000\0");
        put(h, 116, "0000000\0");
        put(h, 124, String.format("%011o\0", size));
        put(h, 136, "00000000000\0");
        put(h, 148, "        ");
        h[156] = (byte) type;
        put(h, 257, "ustar\0");
        put(h, 263, "00");
        long sum = 0;
        for (byte b : h) {
            sum += b & 0xFF;
        }
        put(h, 148, String.format("%06o\0 ", sum));
        return h;
    }

    private static void put(byte[] h, int off, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(b, 0, h, off, b.length);
    }

    private static void pad(ByteArrayOutputStream out, byte[] data) throws IOException {
        out.write(data);
        out.write(new byte[(512 - data.length % 512) % 512]);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
