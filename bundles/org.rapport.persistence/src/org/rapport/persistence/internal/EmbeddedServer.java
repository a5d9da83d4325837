package org.rapport.persistence.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.osgi.util.NLS;

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
 * <p>
 * A process working through the server holds a {@link Lease} (a file named by its process id in
 * {@value #CLIENTS}): the serving process, when it closes the database, stops announcing it at
 * once but keeps serving until every live lease is gone, so a command that started through it
 * is not cut off halfway (issue 14, defect 5).
 */
public final class EmbeddedServer implements AutoCloseable {

    /** The file in RAPPORT_HOME that says where the running process serves the embedded database. */
    public static final String FILE = "db.server";
    /** The folder in RAPPORT_HOME with a file per process working through the server. */
    public static final String CLIENTS = "db.clients";
    /** How long a closing process keeps serving for the processes still working through it. */
    static final Duration CLIENT_PATIENCE = Duration.ofMinutes(Long.getLong("rapport.db.serve.minutes", 30));

    private final LoopbackDerbyServer server;
    private final Path file;
    private final Path clients;

    private EmbeddedServer(LoopbackDerbyServer server, Path file, Path clients) {
        this.server = server;
        this.file = file;
        this.clients = clients;
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
            return new EmbeddedServer(server, file, settings.home().resolve(CLIENTS));
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

    /**
     * A process's claim on the server of another one while it works through it; closing it
     * (or the process ending) releases it.
     */
    public static final class Lease implements AutoCloseable {
        private final Path file;

        private Lease(Path file) {
            this.file = file;
        }

        @Override
        public void close() {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // a lease left behind names a process that is gone: it is ignored
            }
        }
    }

    /** Claims the server of the process that has this embedded database open, for this process. */
    public static Lease lease(DatabaseSettings settings) {
        try {
            Path folder = Files.createDirectories(settings.home().resolve(CLIENTS));
            Path file = folder.resolve(Long.toString(ProcessHandle.current().pid()));
            Files.writeString(file, "", StandardCharsets.UTF_8);
            return new Lease(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The other live processes holding a lease in this folder; leases of ended processes are removed. */
    static List<Long> leaseholders(Path clients) {
        List<Long> live = new ArrayList<>();
        if (!Files.isDirectory(clients)) {
            return live;
        }
        try (Stream<Path> files = Files.list(clients)) {
            for (Path lease : files.toList()) {
                String name = lease.getFileName().toString();
                long pid = name.matches("\\d+") ? Long.parseLong(name) : -1;
                if (pid > 0 && pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                    live.add(pid);
                } else if (pid != ProcessHandle.current().pid()) {
                    Files.deleteIfExists(lease);
                }
            }
        } catch (IOException e) {
            // an unreadable folder cannot keep the server up
        }
        return live;
    }

    /**
     * Stops announcing the database, serves it on while another process works through it (up to
     * {@link #CLIENT_PATIENCE}, saying so on standard error), then stops the server.
     */
    @Override
    public void close() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a file left behind names a process that is gone: it is ignored
        }
        Instant deadline = Instant.now().plus(CLIENT_PATIENCE);
        boolean told = false;
        for (List<Long> others = leaseholders(clients); !others.isEmpty() && Instant.now().isBefore(deadline); others = leaseholders(clients)) {
            if (!told) {
                System.err.println(NLS.bind(Messages.store_serving_others, others.stream().map(String::valueOf).collect(Collectors.joining(", "))));
                told = true;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        try {
            server.close();
        } catch (Exception e) {
            // the process is ending its use of the database; a server that is already gone is fine
        }
    }
}
