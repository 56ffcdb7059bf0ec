package org.snn4j.examples.cli;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Turns an exception into the one line {@code snn4j} prints: file-system errors name the path and
 * the cause (Java's own messages are often the bare path), out-of-memory errors name the
 * {@code SNN4J_JAVA_OPTS} setting, and nothing spans lines. Stack traces only with {@code --debug}.
 */
final class CliErrors {
    private CliErrors() {
    }

    static String describe(Throwable e) {
        Throwable t = e;
        if (t instanceof UncheckedIOException u && u.getCause() != null && (u.getMessage() == null
                || u.getMessage().equals(u.getCause().toString()))) {
            t = u.getCause();
        }
        String m;
        if (t instanceof OutOfMemoryError) {
            m = "out of memory (" + t.getMessage() + "); give Java more heap, e.g. SNN4J_JAVA_OPTS=-Xmx4g,"
                    + " or use smaller inputs";
        } else if (t instanceof FileSystemException fs && fs.getReason() == null) {
            m = fs.getFile() + ": " + reason(fs) + (fs.getOtherFile() == null ? "" : " (" + fs.getOtherFile() + ")");
        } else if (t.getMessage() == null || t.getMessage().isBlank()) {
            m = t.getClass().getSimpleName();
        } else {
            m = t.getMessage();
        }
        return m.replace("\r", "").replace('\n', ' ');
    }

    /** The OS cause of a file-system error that carries no reason text. */
    static String reason(FileSystemException fs) {
        if (fs instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (fs instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (fs instanceof NotDirectoryException) {
            return "not a directory";
        }
        return fs.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    }
}
