package org.rapport.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.logging.ConsoleHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rapport-ctl process logs to a file under RAPPORT_HOME, not to its standard error (issue 14,
 * defect 10): what Liquibase and EclipseLink log is there for support, the console keeps the
 * command's own words.
 */
class CommandLineLoggingTest {

    @TempDir
    Path home;

    @Test
    void theLibrariesLogGoesToAFileUnderTheHomeAndNotToStandardError() throws Exception {
        Logger root = Logger.getLogger("");
        Handler[] before = root.getHandlers();
        PrintStream err = System.err;
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        try {
            // a console handler as the JVM's default configuration has, writing to a standard error this test reads
            System.setErr(new PrintStream(console, true, StandardCharsets.UTF_8));
            for (Handler handler : before) {
                root.removeHandler(handler);
            }
            root.addHandler(new ConsoleHandler());
            Logger.getLogger("liquibase.command").info("before: Command execution complete");
            assertTrue(console.toString(StandardCharsets.UTF_8).contains("before: Command execution complete"), "the default shows library INFO lines");
            console.reset();

            Optional<Path> folder = CommandLineLogging.toFile(home);
            assertEquals(Optional.of(home.resolve("logs")), folder);
            Logger.getLogger("liquibase.command").info("Command execution complete");
            Logger.getLogger("org.eclipse.persistence").log(Level.WARNING, "[EL Warning]: 2026-12-07 Exception [EclipseLink-4002]");
            for (Handler handler : root.getHandlers()) {
                handler.flush();
            }
            assertEquals("", console.toString(StandardCharsets.UTF_8), "nothing of the libraries on standard error");
            String logged;
            try (Stream<Path> files = Files.list(home.resolve("logs"))) {
                List<Path> logs = files.filter(f -> f.getFileName().toString().matches("rapport-ctl\\.\\d+\\.\\d+\\.log")).toList();
                assertFalse(logs.isEmpty());
                logged = Files.readString(logs.get(0), StandardCharsets.UTF_8);
            }
            assertTrue(logged.contains("Command execution complete") && logged.contains("[EL Warning]"), logged);
        } finally {
            for (Handler handler : root.getHandlers()) {
                root.removeHandler(handler);
                handler.close();
            }
            for (Handler handler : before) {
                root.addHandler(handler);
            }
            System.setErr(err);
        }
    }
}
