package org.rapport.persistence.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.osgi.util.NLS;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.internal.helper.DatabaseTable;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.DirectCollectionMapping;
import org.eclipse.persistence.mappings.ManyToManyMapping;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.persistence.api.StoreException;

/**
 * What {@link org.rapport.persistence.api.Store#scrub} does on Derby. A committed update leaves
 * the old values behind: in the row's page (Derby updates in place), in the index entries it
 * marks deleted, and in the transaction log, which holds every value written since the log file
 * began. So each table is rebuilt with its indexes ({@code SYSCS_COMPRESS_TABLE} writes new
 * files and drops the old ones), then the log is moved on to a new file and a checkpoint lets
 * Derby delete the files before it. A scan of the raw files found the erased values in exactly
 * those three places before this existed (issue 14).
 */
final class Scrubbing {

    /** Derby's default of {@code derby.storage.logSwitchInterval}, which Rapport never changes. */
    private static final long LOG_SWITCH_INTERVAL = 1_048_576;
    private static final String FILLER_TABLE = "RAPPORT_SCRUB_FILLER";

    private Scrubbing() {
    }

    static void scrub(EclipseLinkStore store, Collection<EClass> classes) {
        if (store.settings().kind() == DatabaseKind.POSTGRESQL) {
            return; // the server's own files: see the admin guide, "What an erasure leaves on disk"
        }
        Set<DatabaseTable> tables = new LinkedHashSet<>();
        for (EClass eClass : classes) {
            ClassDescriptor descriptor = store.descriptor(eClass);
            tables.addAll(descriptor.getTables());
            for (DatabaseMapping mapping : descriptor.getMappings()) {
                if (mapping instanceof DirectCollectionMapping values) {
                    tables.add(values.getReferenceTable());
                } else if (mapping instanceof ManyToManyMapping links) {
                    tables.add(links.getRelationTable());
                }
            }
        }
        String table = null;
        try (Connection connection = DataSources.open(store.settings()).getConnection()) {
            String schema = connection.getSchema();
            for (DatabaseTable each : tables) {
                table = each.getName();
                try (PreparedStatement compress = connection.prepareStatement("CALL SYSCS_UTIL.SYSCS_COMPRESS_TABLE(?, ?, 1)")) {
                    compress.setString(1, each.getTableQualifier() == null || each.getTableQualifier().isEmpty() ? schema : each.getTableQualifier());
                    compress.setString(2, table);
                    compress.execute();
                }
            }
            table = null;
            moveLogOn(connection);
            try (Statement checkpoint = connection.createStatement()) {
                checkpoint.execute("CALL SYSCS_UTIL.SYSCS_CHECKPOINT_DATABASE()");
            }
        } catch (SQLException e) {
            throw new StoreException(NLS.bind(table == null ? Messages.scrub_log_failed : Messages.scrub_table_failed, table, e.getMessage()), e);
        }
    }

    /**
     * How much to write to the log so that Derby moves to a new log file: it does so once the
     * current one passes its switch interval, and there is no call that asks for it. An
     * installation that sets a larger interval for an embedded database is followed; a network
     * server's setting is not visible from here.
     */
    private static int fillerBytes() {
        long interval = Math.max(LOG_SWITCH_INTERVAL, Long.getLong("derby.storage.logSwitchInterval", LOG_SWITCH_INTERVAL));
        return (int) Math.min(Integer.MAX_VALUE - 8, interval + interval / 10);
    }

    /** Fills the current log file past its switch interval with a change that is rolled back: nothing of it stays in the database. */
    private static void moveLogOn(Connection connection) throws SQLException {
        connection.setAutoCommit(false);
        try {
            try (Statement create = connection.createStatement()) {
                create.execute("CREATE TABLE " + FILLER_TABLE + " (FILLER BLOB)");
            }
            try (PreparedStatement fill = connection.prepareStatement("INSERT INTO " + FILLER_TABLE + " VALUES (?)")) {
                fill.setBytes(1, new byte[fillerBytes()]);
                fill.execute();
            }
        } finally {
            connection.rollback();
            connection.setAutoCommit(true);
        }
    }
}
