package org.rapport.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.ConsoleHandler;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Where the log of a {@code rapport-ctl} process goes: into {@value #FOLDER}/{@code rapport-ctl.*.log}
 * under RAPPORT_HOME, not to the console. A command's standard error then says only what a
 * person needs (its own messages, progress and errors); what the libraries log (Liquibase's
 * migration steps, EclipseLink's warnings) is in the file for support (issue 14, defect 10).
 */
public final class CommandLineLogging {

    static final String FOLDER = "logs";
    /** rapport-ctl.0.0.log first; {@code %g} counts the files a full one is rotated into. */
    static final String FILES_PATTERN = "rapport-ctl.%u.%g.log";
    private static final int LIMIT = 5 * 1024 * 1024;
    private static final int FILES = 3;

    private CommandLineLogging() {
    }

    /**
     * Sends the process's log to the file under this home; the console keeps nothing below
     * SEVERE when the file cannot be written.
     *
     * @return the folder of the log files, or empty when they could not be opened
     */
    public static Optional<Path> toFile(Path home) {
        Logger root = Logger.getLogger("");
        Handler file;
        Path folder = home.resolve(FOLDER);
        try {
            Files.createDirectories(folder);
            // %u: a second rapport-ctl running at the same time writes a file of its own instead of waiting for the lock
            file = new FileHandler(folder.resolve(FILES_PATTERN).toString(), LIMIT, FILES, true);
        } catch (IOException | SecurityException e) {
            for (Handler handler : root.getHandlers()) {
                if (handler instanceof ConsoleHandler) {
                    handler.setLevel(Level.SEVERE);
                }
            }
            return Optional.empty();
        }
        file.setFormatter(new SimpleFormatter());
        file.setLevel(Level.INFO);
        for (Handler handler : root.getHandlers()) {
            if (handler instanceof ConsoleHandler) {
                root.removeHandler(handler);
            }
        }
        root.addHandler(file);
        return Optional.of(folder);
    }
}
