package org.rapport.persistence.internal;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.osgi.util.NLS;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.persistence.api.DatabaseSettings;
import org.rapport.persistence.api.StoreException;

/**
 * Opens the embedded database of a RAPPORT_HOME in whichever process asks, while another
 * process may hold it (issue 14, defect 5). Derby lets one process boot an embedded database; that
 * process serves it on the loopback interface ({@link EmbeddedServer}). A second process goes
 * through that server, holding a {@link EmbeddedServer.Lease} so the first keeps serving until it
 * is done. In the moment between another process booting the database and serving it (its
 * migrations and schema check), the second waits, says so once, and tries again; only when the
 * other process never serves it (an older Rapport, a tool such as ij) does it give up, saying why.
 */
public final class SharedEmbedded {

    /** How long a process waits for another one to serve the database it has booted. */
    public static final Duration PATIENCE = Duration.ofSeconds(Long.getLong("rapport.db.wait.seconds", 60));
    private static final Duration POLL = Duration.ofMillis(250);

    /**
     * What was opened, and how: {@code direct} when this process booted the embedded database
     * (and should serve it), else through another process's server with a lease to close after use.
     */
    public record Opened<T>(T value, boolean direct, Optional<EmbeddedServer.Lease> lease) {
    }

    private SharedEmbedded() {
    }

    /**
     * Opens with these settings, or through the server of the process that has the embedded
     * database open.
     *
     * @param opener opens (and migrates) a store or connection with the settings it is given
     * @param notice told once, in words for the person waiting, when this process waits
     */
    public static <T> Opened<T> open(DatabaseSettings settings, Function<DatabaseSettings, T> opener, Duration patience, Consumer<String> notice) {
        if (settings.kind() != DatabaseKind.DERBY_EMBEDDED) {
            return new Opened<>(opener.apply(settings), true, Optional.empty());
        }
        Instant deadline = Instant.now().plus(patience);
        boolean told = false;
        while (true) {
            Optional<DatabaseSettings> served = EmbeddedServer.serving(settings);
            if (served.isPresent()) {
                EmbeddedServer.Lease lease = EmbeddedServer.lease(settings);
                try {
                    return new Opened<>(opener.apply(served.get()), false, Optional.of(lease));
                } catch (RuntimeException e) {
                    lease.close();
                    if (EmbeddedServer.serving(settings).isPresent() || Instant.now().isAfter(deadline)) {
                        throw e;
                    }
                    // the serving process closed the database meanwhile: open it here, or wait for the next one
                    continue;
                }
            }
            try {
                return new Opened<>(opener.apply(settings), true, Optional.empty());
            } catch (RuntimeException e) {
                if (!bootedElsewhere(e)) {
                    throw e;
                }
                if (Instant.now().isAfter(deadline)) {
                    throw new StoreException(NLS.bind(Messages.store_in_use, settings.embeddedLocation(), patience.toSeconds()), e);
                }
                if (!told) {
                    notice.accept(NLS.bind(Messages.store_waiting, settings.embeddedLocation(), patience.toSeconds()));
                    told = true;
                }
                sleep();
            }
        }
    }

    /** Derby's "another instance of Derby may have already booted the database" (XSDB6), wherever it is in the chain. */
    public static boolean bootedElsewhere(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            for (SQLException sql = t instanceof SQLException s ? s : null; sql != null; sql = sql.getNextException()) {
                if ("XSDB6".equals(sql.getSQLState()) || sql.getCause() != null && sql.getCause() != t && bootedElsewhere(sql.getCause())) {
                    return true;
                }
            }
            if (t.getMessage() != null && t.getMessage().contains("XSDB6")) {
                return true;
            }
        }
        return false;
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException(e.getMessage(), e);
        }
    }
}
