package org.rapport.persistence.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.apache.derby.jdbc.BasicEmbeddedDataSource40;
import org.eclipse.osgi.util.NLS;
import org.rapport.core.api.Folders;
import org.rapport.core.api.PrivateFiles;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.persistence.api.DatabaseSettings;

/**
 * Backups of the embedded database and their restore. A restore must never cost the database it
 * replaces: the backup is compared with its manifest, then restored into a scratch folder beside
 * the database and every table of the copy is checked (Derby's SYSCS_CHECK_TABLE reads every
 * page of the table and its indexes); only a copy that passed is swapped in, and the database it
 * replaces is kept, and put back if the restored one does not open.
 */
final class EmbeddedBackups {

    /** A backup that cannot be restored: what is wrong with it, in words. */
    static final class BadBackupException extends Exception {
        private static final long serialVersionUID = 1L;

        BadBackupException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The restore swapped nothing in after all: the restored copy did not open, the previous database is back. */
    static final class NotOpenedException extends Exception {
        private static final long serialVersionUID = 1L;

        NotOpenedException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private EmbeddedBackups() {
    }

    /**
     * Derby's online backup of the database into {@code DIR/NAME}, then its manifest, both
     * readable by their owner only. The connection reaches the database however it can now
     * (directly, or through the server of the program that has it open).
     *
     * @param name the database folder's name, which the backup folder takes
     * @return the backup folder
     */
    static Path backup(Connection connection, Path name, Path target) throws SQLException, IOException {
        Files.createDirectories(target);
        try (PreparedStatement statement = connection.prepareStatement("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
            statement.setString(1, target.toString());
            statement.execute();
        }
        Path backup = target.resolve(name);
        BackupManifest.write(backup);
        PrivateFiles.restrictAll(backup);
        PrivateFiles.restrict(BackupManifest.of(backup));
        return backup;
    }

    /**
     * Replaces the embedded database by a verified copy of the backup.
     *
     * @return where the replaced database was kept (it may not have existed: then nothing is there)
     * @throws BadBackupException if the backup is incomplete or damaged; nothing was changed
     * @throws NotOpenedException if the restored copy did not open; the previous database is back
     */
    static Path restore(DatabaseSettings settings, Path backup) throws BadBackupException, NotOpenedException, IOException {
        Path location = settings.embeddedLocation();
        verifyFiles(backup);
        String time = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path scratch = location.resolveSibling(location.getFileName() + ".restoring-" + time);
        try {
            restoreAndCheck(settings, backup, scratch);
        } catch (BadBackupException | RuntimeException e) {
            Folders.deleteTree(scratch);
            throw e;
        }
        Path kept = location.resolveSibling(location.getFileName() + ".before-restore-" + time);
        if (Files.exists(location)) {
            Files.move(location, kept);
        }
        try {
            Files.move(scratch, location);
        } catch (IOException e) {
            if (Files.exists(kept) && !Files.exists(location)) {
                Files.move(kept, location);
            }
            Folders.deleteTree(scratch);
            throw e;
        }
        try {
            open(settings);
        } catch (SQLException e) {
            // the copy passed every check in the scratch folder, so this is the machine, not the backup
            Files.move(location, location.resolveSibling(location.getFileName() + ".failed-restore-" + time));
            if (Files.exists(kept)) {
                Files.move(kept, location);
            }
            throw new NotOpenedException(NLS.bind(Messages.db_restore_not_opened, new Object[] { backup, rootCause(e), location }), e);
        }
        return kept;
    }

    /** What the folder and the manifest say, before Derby reads anything. */
    private static void verifyFiles(Path backup) throws BadBackupException, IOException {
        List<String> problems = new ArrayList<>();
        for (String folder : List.of("seg0", "log")) {
            if (!Files.isDirectory(backup.resolve(folder))) {
                problems.add(NLS.bind(Messages.db_backup_no_folder, folder));
            }
        }
        if (problems.isEmpty() && Files.isRegularFile(BackupManifest.of(backup))) {
            try {
                problems.addAll(BackupManifest.differences(backup));
            } catch (IOException e) {
                problems.add(NLS.bind(Messages.db_backup_manifest_unreadable, BackupManifest.of(backup), e.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            throw new BadBackupException(NLS.bind(Messages.db_restore_bad, backup, String.join("; ", problems)), null);
        }
    }

    /** Derby restores the backup into the scratch folder; then every table of every schema is checked. */
    private static void restoreAndCheck(DatabaseSettings settings, Path backup, Path scratch) throws BadBackupException {
        DatabaseSettings copy = at(settings, scratch);
        BasicEmbeddedDataSource40 restoring = new BasicEmbeddedDataSource40();
        restoring.setDatabaseName(scratch.toString());
        restoring.setUser(settings.user());
        restoring.setPassword(settings.password());
        restoring.setConnectionAttributes("restoreFrom=" + backup + settings.bootPassword().map(key -> ";bootPassword=" + key).orElse(""));
        String table = null;
        try (Connection connection = restoring.getConnection()) {
            for (String[] schemaAndTable : tables(connection)) {
                table = schemaAndTable[0] + "." + schemaAndTable[1];
                try (PreparedStatement check = connection.prepareStatement("VALUES SYSCS_UTIL.SYSCS_CHECK_TABLE(?, ?)")) {
                    check.setString(1, schemaAndTable[0]);
                    check.setString(2, schemaAndTable[1]);
                    try (ResultSet result = check.executeQuery()) {
                        result.next();
                    }
                }
            }
        } catch (SQLException e) {
            shutdownQuietly(copy);
            String reason = table == null ? NLS.bind(Messages.db_backup_not_opened, rootCause(e)) : NLS.bind(Messages.db_backup_table_damaged, table, rootCause(e));
            throw new BadBackupException(NLS.bind(Messages.db_restore_bad, backup, reason), e);
        }
        try {
            DataSources.shutdownEmbedded(copy);
        } catch (SQLException e) {
            throw new BadBackupException(NLS.bind(Messages.db_restore_bad, backup, NLS.bind(Messages.db_backup_not_opened, rootCause(e))), e);
        }
    }

    private static void open(DatabaseSettings settings) throws SQLException {
        try (Connection connection = DataSources.open(settings).getConnection()) {
            tables(connection);
        }
        DataSources.shutdownEmbedded(settings);
    }

    /** Schema and name of every table, the system's included: a lost container of either makes the database unusable. */
    private static List<String[]> tables(Connection connection) throws SQLException {
        List<String[]> tables = new ArrayList<>();
        DatabaseMetaData metadata = connection.getMetaData();
        try (ResultSet rows = metadata.getTables(null, null, "%", new String[] { "TABLE", "SYSTEM TABLE" })) {
            while (rows.next()) {
                tables.add(new String[] { rows.getString("TABLE_SCHEM"), rows.getString("TABLE_NAME") });
            }
        }
        return tables;
    }

    private static DatabaseSettings at(DatabaseSettings settings, Path folder) {
        return new DatabaseSettings(DatabaseKind.DERBY_EMBEDDED, "jdbc:derby:" + folder, settings.user(), settings.password(), settings.encryption(),
                settings.bootPassword(), settings.home());
    }

    private static void shutdownQuietly(DatabaseSettings settings) {
        try {
            DataSources.shutdownEmbedded(settings);
        } catch (SQLException e) {
            // a copy that did not boot has nothing to shut down
        }
    }

    /** Derby wraps the reason ("Page ... could not be read", "conglomerate ... does not exist") in "Failed to start database": the reason is last. */
    static String rootCause(SQLException e) {
        Throwable reason = e;
        for (int depth = 0; depth < 20; depth++) {
            Throwable next = reason.getCause() != null ? reason.getCause() : reason instanceof SQLException sql ? sql.getNextException() : null;
            if (next == null || next == reason) {
                break;
            }
            reason = next;
        }
        String message = reason.getMessage();
        return message == null ? reason.getClass().getSimpleName() : message.strip();
    }

}
