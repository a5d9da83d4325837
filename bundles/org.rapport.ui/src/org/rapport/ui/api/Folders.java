package org.rapport.ui.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a file chooser starts: the user's documents folder, not the program's working folder
 * (which is where the installation lives, and where an export once landed by default).
 */
public final class Folders {

    private Folders() {
    }

    /** The user's documents folder: XDG's DOCUMENTS on Linux, else ~/Documents, else the home folder. */
    public static Path documents() {
        return documents(System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /** {@link #documents()} for an environment and home folder (tests give their own). */
    public static Path documents(Map<String, String> environment, Path home) {
        String configHome = environment.get("XDG_CONFIG_HOME");
        Path config = configHome == null || configHome.isBlank() ? home.resolve(".config") : Path.of(configHome);
        Optional<Path> xdg = xdgDocuments(config.resolve("user-dirs.dirs"), home);
        for (Path candidate : List.of(xdg.orElse(home.resolve("Documents")), home.resolve("Documents"))) {
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return home;
    }

    /** XDG_DOCUMENTS_DIR="$HOME/Documents" from user-dirs.dirs, with $HOME expanded; as xdg-user-dirs writes it. */
    private static Optional<Path> xdgDocuments(Path userDirs, Path home) {
        if (!Files.isRegularFile(userDirs)) {
            return Optional.empty();
        }
        try {
            for (String line : Files.readAllLines(userDirs, StandardCharsets.UTF_8)) {
                String entry = line.strip();
                if (entry.startsWith("XDG_DOCUMENTS_DIR=")) {
                    String value = entry.substring("XDG_DOCUMENTS_DIR=".length()).replace("\"", "");
                    value = value.startsWith("$HOME") ? home + value.substring("$HOME".length()) : value;
                    Path documents = Path.of(value);
                    // a documents folder equal to home means "no documents folder" to xdg-user-dirs
                    return documents.isAbsolute() && !documents.equals(home) ? Optional.of(documents) : Optional.empty();
                }
            }
        } catch (IOException | RuntimeException e) {
            // unreadable or odd: the usual place instead
        }
        return Optional.empty();
    }
}
