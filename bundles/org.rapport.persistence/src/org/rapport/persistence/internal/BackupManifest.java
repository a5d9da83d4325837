package org.rapport.persistence.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.osgi.util.NLS;

/**
 * What a backup held when it was made: size and SHA-256 of every file, one line per file
 * ({@code SIZE SHA256 PATH}, the path relative to the backup folder with {@code /}), written by
 * {@code db backup} beside the backup folder as {@code NAME.manifest}. A restore compares the
 * backup with it first, so a truncated, changed or missing file is named before anything is
 * touched. Derby's own checks would only find some of them, and only once the copy is in use.
 */
final class BackupManifest {

    static final String SUFFIX = ".manifest";
    private static final int NAMED = 5;

    private BackupManifest() {
    }

    /** The manifest of a backup folder: {@code DIR/db} has {@code DIR/db.manifest}. */
    static Path of(Path backup) {
        return backup.resolveSibling(backup.getFileName() + SUFFIX);
    }

    /** Writes the manifest of every file in the backup folder. */
    static void write(Path backup) throws IOException {
        Path manifest = of(backup);
        List<Path> files = files(backup);
        Path partial = manifest.resolveSibling(manifest.getFileName() + ".part");
        try (BufferedWriter out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
            out.write("# Rapport backup manifest: size, SHA-256 and path of each file of " + backup.getFileName());
            out.newLine();
            for (Path file : files) {
                out.write(Files.size(file) + " " + sha256(file) + " " + relative(backup, file));
                out.newLine();
            }
        }
        Files.move(partial, manifest, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * What differs between the backup and its manifest, in words; empty when every file is as it
     * was written.
     *
     * @throws IOException if the manifest cannot be read
     */
    static List<String> differences(Path backup) throws IOException {
        List<String> missing = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        for (String line : Files.readAllLines(of(backup), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split(" ", 3);
            if (parts.length < 3 || !parts[0].matches("\\d+")) {
                throw new IOException(NLS.bind(Messages.db_backup_manifest_line, of(backup), line));
            }
            Path file = backup.resolve(parts[2]);
            if (!Files.isRegularFile(file)) {
                missing.add(parts[2]);
            } else if (Files.size(file) != Long.parseLong(parts[0])) {
                changed.add(NLS.bind(Messages.db_backup_file_size, new Object[] { parts[2], Files.size(file), parts[0] }));
            } else if (!sha256(file).equals(parts[1])) {
                changed.add(NLS.bind(Messages.db_backup_file_changed, parts[2]));
            }
        }
        List<String> differences = new ArrayList<>();
        if (!missing.isEmpty()) {
            differences.add(NLS.bind(Messages.db_backup_files_missing, missing.size(), named(missing)));
        }
        differences.addAll(changed);
        return differences;
    }

    /** The first few names, then how many more: a message must stay readable when half a backup is gone. */
    private static String named(List<String> names) {
        String first = String.join(", ", names.subList(0, Math.min(NAMED, names.size())));
        return names.size() <= NAMED ? first : NLS.bind(Messages.db_backup_and_more, first, names.size() - NAMED);
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static String relative(Path folder, Path file) {
        return folder.relativize(file).toString().replace('\\', '/');
    }

    private static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
