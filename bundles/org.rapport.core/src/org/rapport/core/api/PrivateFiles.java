package org.rapport.core.api;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Files that hold personal data or secrets (exports, backups, settings with a password) are
 * readable by their owner only: POSIX 600 for files and 700 for folders. Where the file system has
 * no POSIX permissions (Windows), a file inherits the private rights of the user's profile folder,
 * and nothing is changed.
 */
public final class PrivateFiles {

    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");

    private PrivateFiles() {
    }

    /**
     * Creates a new, empty file that only its owner can read: created so from the start, so no
     * other user can open it in the moment before its permissions are set.
     *
     * @throws FileAlreadyExistsException if something exists at that path already
     */
    public static Path create(Path file) throws IOException {
        try {
            return Files.createFile(file, attribute(FILE));
        } catch (UnsupportedOperationException notPosix) {
            return Files.createFile(file);
        }
    }

    /** What goes into a file written by {@link #writeWhole}; returns what the writer wants to report. */
    @FunctionalInterface
    public interface Content<T> {
        T write(Writer out) throws IOException;
    }

    /** What goes into a file written by {@link #writeWholeBytes}: bytes, such as a PDF. */
    @FunctionalInterface
    public interface BytesContent<T> {
        T write(OutputStream out) throws IOException;
    }

    /** How a caller refuses a target of {@link #target}, in its own words. */
    public interface Refusal {
        /** {@code file} is a folder, which a rename of {@link #writeWhole} would replace when empty. */
        RuntimeException isFolder(Path file);

        /** The {@code folder} of {@code file} does not exist. */
        RuntimeException noFolder(Path file, Path folder);
    }

    /**
     * The absolute path to give {@link #writeWhole} or {@link #writeWholeBytes} for a file a user
     * named, checked before anything is written: not a folder, and in a folder that exists.
     *
     * @throws RuntimeException what {@code refusal} makes of the problem
     */
    public static Path target(Path file, Refusal refusal) {
        Path absolute = file.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            throw refusal.isFolder(absolute);
        }
        if (!Files.isDirectory(absolute.getParent())) {
            throw refusal.noFolder(absolute, absolute.getParent());
        }
        return absolute;
    }

    /**
     * Writes a UTF-8 text file that appears only when complete: written as {@code FILE.part},
     * readable by its owner only, then renamed to {@code FILE} (replacing one there). On any
     * failure neither a {@code .part} file nor a half file is left, and an earlier {@code FILE}
     * stays as it was.
     *
     * @throws IllegalArgumentException if {@code file} is a folder, which the rename would
     *         replace when empty: callers refuse that first, with a message of their own
     */
    public static <T> T writeWhole(Path file, Content<T> content) throws IOException {
        // closed here whether or not the content closed it (a CSV printer closes its writer): closing twice is harmless,
        // flushing a closed writer is not
        return writeWholeBytes(file, bytes -> {
            try (Writer out = new BufferedWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8))) {
                return content.write(out);
            }
        });
    }

    /** {@link #writeWhole} for a file of bytes. */
    public static <T> T writeWholeBytes(Path file, BytesContent<T> content) throws IOException {
        Path absolute = file.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            throw new IllegalArgumentException("a folder, not a file: " + absolute);
        }
        Path partial = absolute.resolveSibling(absolute.getFileName() + ".part");
        // one left by a killed writer is never a whole file
        Files.deleteIfExists(partial);
        create(partial);
        try {
            T result;
            try (OutputStream out = Files.newOutputStream(partial)) {
                result = content.write(out);
            }
            Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return result;
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** Makes a file or folder readable (and writable) by its owner only. */
    public static void restrict(Path path) throws IOException {
        try {
            Files.setPosixFilePermissions(path, Files.isDirectory(path) ? FOLDER : FILE);
        } catch (UnsupportedOperationException notPosix) {
            // see the class comment
        }
    }

    /** {@link #restrict(Path)} for a folder and everything in it. */
    public static void restrictAll(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.forEach(path -> {
                try {
                    restrict(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static FileAttribute<Set<PosixFilePermission>> attribute(Set<PosixFilePermission> permissions) {
        return PosixFilePermissions.asFileAttribute(permissions);
    }
}
