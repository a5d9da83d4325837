package org.rapport.persistence.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

import org.rapport.core.api.PrivateFiles;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.persistence.api.DatabaseSettings;

/**
 * While a process has the embedded database open, no other process can open it: Derby locks it.
 * So that {@code rapport-ctl db backup} (and status, check) still work while the workbench runs,
 * the process that opens the embedded database also serves it through a Derby network server on
 * the loopback interface, and writes the port to {@value #FILE} in RAPPORT_HOME. Connections
 * through it need the database's own credentials (NATIVE authentication), so the port gives
 * nobody access who could not open the database anyway.
 */
public final class EmbeddedServer implements AutoCloseable {

    /** The file in RAPPORT_HOME that says where the running process serves the embedded database. */
    public static final String FILE = "db.server";

    private final LoopbackDerbyServer server;
    private final Path file;

    private EmbeddedServer(LoopbackDerbyServer server, Path file) {
        this.server = server;
        this.file = file;
    }

    /** Serves the (booted) embedded database of these settings on a free loopback port. */
    public static EmbeddedServer start(DatabaseSettings settings) {
        if (settings.kind() != DatabaseKind.DERBY_EMBEDDED) {
            throw new IllegalArgumentException("only an embedded database is served: " + settings.kind());
        }
        LoopbackDerbyServer server;
        try {
            server = LoopbackDerbyServer.start();
        } catch (Exception e) {
            throw new IllegalStateException("the Derby network server for the embedded database did not start: " + e.getMessage(), e);
        }
        try {
            Path file = settings.home().resolve(FILE);
            Properties properties = new Properties();
            properties.setProperty("port", Integer.toString(server.port()));
            properties.setProperty("database", settings.embeddedLocation().toString());
            properties.setProperty("pid", Long.toString(ProcessHandle.current().pid()));
            Files.createDirectories(settings.home());
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                properties.store(out, "written by the Rapport process that has the embedded database open; removed when it closes it");
            }
            // it says where the database is served
            PrivateFiles.restrict(file);
            return new EmbeddedServer(server, file);
        } catch (IOException e) {
            try {
                server.close();
            } catch (Exception ignored) {
                // the file could not be written: the server is of no use, stopping it is all that is left
            }
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Settings that reach the embedded database through the server of the process that has it
     * open, or empty when no live process serves it (then it can be opened directly).
     */
    public static Optional<DatabaseSettings> serving(DatabaseSettings settings) {
        if (settings.kind() != DatabaseKind.DERBY_EMBEDDED) {
            return Optional.empty();
        }
        Path file = settings.home().resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            return Optional.empty();
        }
        String pid = properties.getProperty("pid", "");
        String port = properties.getProperty("port", "");
        boolean alive = pid.matches("\\d+") && ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
        if (!alive || !port.matches("\\d+") || !settings.embeddedLocation().toString().equals(properties.getProperty("database"))) {
            return Optional.empty(); // left behind by a process that was killed
        }
        String url = LoopbackDerbyServer.url(Integer.parseInt(port), settings.embeddedLocation().toString().replace('\\', '/'));
        return Optional.of(new DatabaseSettings(DatabaseKind.DERBY_NETWORK, url, settings.user(), settings.password(), Optional.empty(),
                Optional.empty(), settings.home()));
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(file);
            server.close();
        } catch (Exception e) {
            // the process is ending its use of the database; a server that is already gone is fine
        }
    }
}
