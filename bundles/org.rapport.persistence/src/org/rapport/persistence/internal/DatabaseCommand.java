package org.rapport.persistence.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.eclipse.emf.ecore.EPackage;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.cli.api.AreaCommand;
import org.rapport.cli.api.Arguments;
import org.rapport.cli.api.CliCommand;
import org.rapport.cli.api.CliContext;
import org.rapport.cli.api.CliException;
import org.rapport.cli.api.Verb;
import org.rapport.core.api.RapportHome;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.persistence.api.DatabaseSettings;
import org.rapport.persistence.api.SettingsException;
import org.rapport.persistence.api.Store;
import org.rapport.persistence.api.StoreException;
import org.rapport.persistence.internal.migration.ChangeSetInfo;
import org.rapport.persistence.internal.migration.ChangelogWriter;
import org.rapport.persistence.internal.migration.MigrationStatus;
import org.rapport.persistence.internal.migration.SchemaCheck;
import org.rapport.persistence.internal.migration.SchemaModel;

/** {@code rapport-ctl db init | status | check | migrate | diff ID | unlock | backup DIR | restore DIR}. */
@Component(service = CliCommand.class)
public class DatabaseCommand extends AreaCommand {

    @Reference
    private RapportHome defaultHome;

    @Reference(service = Store.class)
    private Store store;

    @Override
    public String name() {
        return "db";
    }

    @Override
    public String summary() {
        return Messages.db_summary;
    }

    @Override
    public String usage() {
        return Messages.db_usage;
    }

    /** What a verb does with the database settings of the command's RAPPORT_HOME. */
    @FunctionalInterface
    private interface DatabaseAction {
        int run(CliContext context, DatabaseSettings settings, Arguments arguments) throws SQLException;
    }

    @Override
    public List<Verb> verbs() {
        return List.of(verb("init", (c, s, a) -> init(c, s)), verb("status", (c, s, a) -> status(c, s)), verb("check", (c, s, a) -> check(c, s)),
                verb("migrate", (c, s, a) -> migrate(c, reachable(s))), verb("diff", "ID", (c, s, a) -> diff(c, reachable(s), a.parameter(0))),
                verb("unlock", (c, s, a) -> unlock(c, reachable(s))),
                verb("backup", "DIR", (c, s, a) -> backup(c, s, Path.of(a.parameter(0)).toAbsolutePath())),
                verb("restore", "DIR", (c, s, a) -> restore(c, s, Path.of(a.parameter(0)).toAbsolutePath())));
    }

    private Verb verb(String verbName, DatabaseAction action) {
        return verb(Verb.named(verbName), action);
    }

    private Verb verb(String verbName, String parameter, DatabaseAction action) {
        return verb(Verb.named(verbName).parameter(parameter), action);
    }

    /** Every verb loads the settings of the command's home and reports failures the same way. */
    private Verb verb(Verb.Builder verb, DatabaseAction action) {
        return verb.usage(Messages.db_usage).action((context, arguments) -> {
            try {
                return action.run(context, SettingsLoader.load(home(context), context.environment()), arguments);
            } catch (SettingsException | StoreException e) {
                throw new CliException(e.getMessage(), FAILED, e);
            } catch (SQLException e) {
                throw new CliException(NLS.bind(Messages.db_failed, e.getMessage()), FAILED, e);
            }
        }).build();
    }

    /** RAPPORT_HOME of the command's environment wins, so one CLI process can serve any home. */
    private Path home(CliContext context) {
        String variable = context.environment().get("RAPPORT_HOME");
        return variable == null || variable.isBlank() ? defaultHome.path() : Path.of(variable).toAbsolutePath().normalize();
    }

    private List<EPackage> packages() {
        return store instanceof StoreService service ? service.packages() : List.of();
    }

    private List<Schemas.Source> sources() {
        return store instanceof StoreService service ? service.sources() : Schemas.sources(List.of());
    }

    private String modelNames() {
        List<String> names = packages().stream().map(EPackage::getNsURI).toList();
        return names.isEmpty() ? "-" : String.join(", ", names);
    }

    private int init(CliContext context, DatabaseSettings settings) throws SQLException {
        if (settings.kind() == DatabaseKind.DERBY_EMBEDDED) {
            Path location = settings.embeddedLocation();
            if (Files.exists(location)) {
                context.err().println(NLS.bind(Messages.db_exists, location));
                return FAILED;
            }
            settings = EmbeddedDatabase.create(settings);
        }
        try {
            if (!migrateAndCheck(context, settings)) {
                return FAILED;
            }
        } finally {
            shutdownIfEmbedded(settings);
        }
        context.out().println(NLS.bind(Messages.db_created, new Object[] { settings.kind(), location(settings), modelNames() }));
        return OK;
    }

    /** Applies what is pending, says per contribution what ran, and reports drift. */
    private boolean migrateAndCheck(CliContext context, DatabaseSettings settings) {
        List<Schemas.Source> sources = sources();
        Map<String, List<ChangeSetInfo>> ran = Schemas.migrate(settings, sources);
        ran.forEach((id, changeSets) -> context.out().println(changeSets.isEmpty() ? NLS.bind(Messages.db_up_to_date, id)
                : NLS.bind(Messages.db_migrated, new Object[] { id, changeSets.size(),
                        String.join(", ", changeSets.stream().map(ChangeSetInfo::id).toList()) })));
        List<SchemaCheck.Problem> problems = Schemas.check(settings, sources);
        problems.stream().filter(p -> !p.kind().blocking()).forEach(p -> context.out().println(p.message()));
        if (problems.stream().anyMatch(p -> p.kind().blocking())) {
            context.err().println(SchemaCheck.refusal(problems));
            return false;
        }
        return true;
    }

    private int migrate(CliContext context, DatabaseSettings settings) throws SQLException {
        if (missingEmbedded(context, settings)) {
            return FAILED;
        }
        try {
            return migrateAndCheck(context, settings) ? OK : FAILED;
        } finally {
            shutdownIfEmbedded(settings);
        }
    }

    private int unlock(CliContext context, DatabaseSettings settings) throws SQLException {
        if (missingEmbedded(context, settings)) {
            return FAILED;
        }
        try {
            Schemas.unlock(settings, sources());
        } finally {
            shutdownIfEmbedded(settings);
        }
        context.out().println(Messages.db_unlocked);
        return OK;
    }

    /**
     * Prints the Liquibase changes that bring the database to what contribution ID's model
     * needs: a whole changelog when the contribution has none yet.
     */
    private int diff(CliContext context, DatabaseSettings settings, String id) throws SQLException {
        List<Schemas.Source> sources = sources();
        Schemas.Source source = sources.stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
        if (source == null) {
            context.err().println(NLS.bind(Messages.db_diff_unknown, id, String.join(", ", sources.stream().map(Schemas.Source::id).toList())));
            return FAILED;
        }
        if (missingEmbedded(context, settings)) {
            return FAILED;
        }
        try {
            int next = 1;
            if (source.hasChangelog()) {
                MigrationStatus status = Schemas.status(settings, List.of(source)).get(0);
                if (!status.pending().isEmpty()) {
                    context.err().println(NLS.bind(Messages.db_diff_pending, id, status.pending().size()));
                    return FAILED;
                }
                next = status.changeSetsInChangelog() + 1;
            }
            String changes;
            try (EclipseLinkStore opened = EclipseLinkStore.open(settings, Schemas.packages(sources), EclipseLinkStore.Schema.EXISTING)) {
                SchemaModel model = Schemas.model(opened, sources);
                changes = ChangelogWriter.write(model, Schemas.check(opened, sources), id, !source.hasChangelog(), next);
            }
            context.out().print(changes.isEmpty() ? NLS.bind(Messages.db_diff_none, id) + System.lineSeparator() : changes);
            return OK;
        } finally {
            shutdownIfEmbedded(settings);
        }
    }

    private static boolean missingEmbedded(CliContext context, DatabaseSettings settings) {
        if (settings.kind() == DatabaseKind.DERBY_EMBEDDED && !Files.exists(settings.embeddedLocation())) {
            context.out().println(Messages.db_status_missing);
            return true;
        }
        return false;
    }

    private static String location(DatabaseSettings settings) {
        return settings.kind() == DatabaseKind.DERBY_EMBEDDED ? settings.embeddedLocation().toString() : settings.url();
    }

    private int status(CliContext context, DatabaseSettings configured) throws SQLException {
        context.out().println(NLS.bind(Messages.db_status_database, new Object[] { configured.kind(), configured.url(), configured.user() }));
        if (configured.kind() == DatabaseKind.DERBY_EMBEDDED) {
            Path location = configured.embeddedLocation();
            if (!Files.exists(location)) {
                context.out().println(Messages.db_status_missing);
                return FAILED;
            }
            context.out().println(NLS.bind(Messages.db_status_location, location, size(location)));
        }
        DatabaseSettings settings = reachable(configured);
        context.out().println(NLS.bind(Messages.db_status_models, modelNames()));
        try (Connection connection = open(settings)) {
            for (MigrationStatus schema : Schemas.status(settings, sources())) {
                List<ChangeSetInfo> applied = schema.applied();
                context.out().println(NLS.bind(Messages.db_status_schema, new Object[] { schema.contributionId(), applied.size(), schema.pending().size(),
                        schema.unknown().size(), applied.isEmpty() ? "-" : applied.get(applied.size() - 1).id(), schema.historyTable() }));
            }
            for (String table : tables(connection)) {
                try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rows.next();
                    context.out().println(NLS.bind(Messages.db_status_table, table, rows.getLong(1)));
                }
            }
        } finally {
            shutdownIfEmbedded(settings);
        }
        return OK;
    }

    private int check(CliContext context, DatabaseSettings configured) throws SQLException {
        DatabaseSettings settings = reachable(configured);
        int failed = 0;
        List<String> tables;
        try (Connection connection = open(settings)) {
            tables = tables(connection);
            String schema = connection.getSchema();
            for (String table : tables) {
                try {
                    if (settings.kind() == DatabaseKind.POSTGRESQL) {
                        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("SELECT * FROM " + table)) {
                            while (rows.next()) {
                                // reading every row makes the server check every page
                            }
                        }
                    } else {
                        try (PreparedStatement statement = connection.prepareStatement("VALUES SYSCS_UTIL.SYSCS_CHECK_TABLE(?, ?)")) {
                            statement.setString(1, schema);
                            statement.setString(2, table);
                            try (ResultSet result = statement.executeQuery()) {
                                result.next();
                            }
                        }
                    }
                    context.out().println(NLS.bind(Messages.db_check_ok, table));
                } catch (SQLException e) {
                    failed++;
                    context.out().println(NLS.bind(Messages.db_check_failed, table, e.getMessage()));
                }
            }
        } finally {
            shutdownIfEmbedded(settings);
        }
        context.out().println(NLS.bind(Messages.db_check_summary, tables.size(), failed));
        return failed == 0 ? OK : FAILED;
    }

    private int backup(CliContext context, DatabaseSettings configured, Path target) throws SQLException {
        if (configured.kind() != DatabaseKind.DERBY_EMBEDDED) {
            context.err().println(NLS.bind(Messages.db_backup_server, configured.kind()));
            return FAILED;
        }
        // online: Derby copies a consistent state while the running program goes on writing
        DatabaseSettings settings = reachable(configured);
        Path backup;
        try (Connection connection = open(settings)) {
            backup = EmbeddedBackups.backup(connection, configured.embeddedLocation().getFileName(), target);
        } catch (IOException e) {
            throw new SQLException(NLS.bind(Messages.db_backup_unwritable, target, e.getMessage()), e);
        } finally {
            shutdownIfEmbedded(settings);
        }
        context.out().println(NLS.bind(Messages.db_backup_done, new Object[] { configured.embeddedLocation(), backup, BackupManifest.of(backup) }));
        return OK;
    }

    private int restore(CliContext context, DatabaseSettings settings, Path source) throws SQLException {
        if (settings.kind() != DatabaseKind.DERBY_EMBEDDED) {
            context.err().println(NLS.bind(Messages.db_backup_server, settings.kind()));
            return FAILED;
        }
        Path location = settings.embeddedLocation();
        if (EmbeddedServer.serving(settings).isPresent()) {
            context.err().println(NLS.bind(Messages.db_in_use, location));
            return FAILED;
        }
        Path backup = source.resolve(location.getFileName());
        if (!Files.isRegularFile(backup.resolve("service.properties"))) {
            context.err().println(NLS.bind(Messages.db_restore_missing, source, location.getFileName()));
            return FAILED;
        }
        Path kept;
        try {
            kept = EmbeddedBackups.restore(settings, backup);
        } catch (EmbeddedBackups.BadBackupException | EmbeddedBackups.NotOpenedException e) {
            context.err().println(e.getMessage());
            return FAILED;
        } catch (IOException e) {
            throw new SQLException(NLS.bind(Messages.db_restore_io, location, e.getMessage()), e);
        }
        context.out().println(Files.exists(kept) ? NLS.bind(Messages.db_restore_done, new Object[] { location, backup, kept })
                : NLS.bind(Messages.db_restore_done_new, location, backup));
        return OK;
    }

    /** The embedded database through the server of the program that has it open, if one does; else as configured. */
    private static DatabaseSettings reachable(DatabaseSettings settings) {
        return EmbeddedServer.serving(settings).orElse(settings);
    }

    private static Connection open(DatabaseSettings settings) throws SQLException {
        DataSource source = DataSources.open(settings);
        try {
            return source.getConnection();
        } catch (SQLException e) {
            if (settings.kind() == DatabaseKind.DERBY_EMBEDDED && inUse(e)) {
                throw new SQLException(NLS.bind(Messages.db_in_use, settings.embeddedLocation()), e.getSQLState(), e);
            }
            throw e;
        }
    }

    /** Derby's "another instance has booted the database" (XSDB6), wherever it is in the chain. */
    private static boolean inUse(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "XSDB6".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static void shutdownIfEmbedded(DatabaseSettings settings) throws SQLException {
        if (settings.kind() == DatabaseKind.DERBY_EMBEDDED) {
            DataSources.shutdownEmbedded(settings);
        }
    }

    /** The user tables of the connection's schema, sorted. */
    private static List<String> tables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        DatabaseMetaData metadata = connection.getMetaData();
        try (ResultSet rows = metadata.getTables(null, connection.getSchema(), "%", new String[] { "TABLE" })) {
            while (rows.next()) {
                tables.add(rows.getString("TABLE_NAME"));
            }
        }
        tables.sort(String::compareTo);
        return tables;
    }

    private static long size(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        } catch (IOException e) {
            return -1;
        }
    }
}
