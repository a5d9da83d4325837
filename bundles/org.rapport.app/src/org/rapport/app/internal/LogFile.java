package org.rapport.app.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.ConsoleHandler;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Where the workbench's libraries log (Liquibase's hundreds of INFO lines at each migration
 * check, among others, through java.util.logging): {@code RAPPORT_HOME/logs/rapport-N.log}, three
 * files of 5 MB at most. The console keeps errors only, which a person starting Rapport needs.
 */
final class LogFile {

    static final String FOLDER = "logs";

    private LogFile() {
    }

    /** Sends the log to the file under the data folder; on failure (a read-only folder) the console keeps it all. */
    static void install(Path home) {
        Logger root = Logger.getLogger("");
        try {
            Path folder = Files.createDirectories(home.resolve(FOLDER));
            FileHandler file = new FileHandler(folder.resolve("rapport-%g.log").toString(), 5_000_000, 3, true);
            file.setEncoding(StandardCharsets.UTF_8.name());
            file.setFormatter(new SimpleFormatter());
            root.addHandler(file);
        } catch (IOException | SecurityException e) {
            return;
        }
        for (Handler handler : root.getHandlers()) {
            if (handler instanceof ConsoleHandler) {
                handler.setLevel(Level.SEVERE);
            }
        }
    }
}
