package org.rapport.persistence.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.eclipse.emf.ecore.EPackage;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.persistence.api.DatabaseSettings;
import org.rapport.persistence.api.ModelContribution;
import org.rapport.persistence.api.StoreException;
import org.rapport.persistence.internal.mapping.EmfDescriptors;
import org.rapport.persistence.internal.migration.ChangeSetInfo;
import org.rapport.persistence.internal.migration.MigrationException;
import org.rapport.persistence.internal.migration.MigrationRunner;
import org.rapport.persistence.internal.migration.MigrationStatus;
import org.rapport.persistence.internal.migration.SchemaCheck;
import org.rapport.persistence.internal.migration.SchemaModel;

/**
 * The schema's life: the engine's changelog and every contribution's, each with its own history,
 * the sequence rows, and the check that the result fits the models. Start-up and
 * {@code rapport-ctl db} go through here, so both see the same order and the same rules.
 */
public final class Schemas {

    private static final Logger LOG = Logger.getLogger(Schemas.class.getName());

    /**
     * One changelog: the engine's or a contribution's.
     *
     * @param ePackage the contribution's model, null for the engine
     */
    public record Source(String id, Bundle bundle, String changelog, EPackage ePackage) {

        /** Whether the bundle holds the changelog (a model without one can only be diffed). */
        public boolean hasChangelog() {
            return bundle.getEntry(changelog.startsWith("/") ? changelog : "/" + changelog) != null;
        }

        MigrationRunner runner(DataSource dataSource) {
            return new MigrationRunner(dataSource, id, bundle, changelog);
        }
    }

    private Schemas() {
    }

    /** The engine first, then the contributions by id: a stable order, whatever order DS bound them in. */
    public static List<Source> sources(Collection<ModelContribution> contributions) {
        List<Source> sources = new ArrayList<>();
        sources.add(new Source(SchemaModel.ENGINE, FrameworkUtil.getBundle(Schemas.class), "db/changelog.xml", null));
        Set<String> ids = new HashSet<>(Set.of(SchemaModel.ENGINE));
        for (ModelContribution contribution : contributions.stream().sorted(Comparator.comparing(ModelContribution::id)).toList()) {
            if (!ids.add(contribution.id().toLowerCase(Locale.ROOT))) {
                throw new StoreException(NLS.bind(Messages.migration_duplicate_id, contribution.id()), null);
            }
            Bundle bundle = FrameworkUtil.getBundle(contribution.getClass());
            sources.add(new Source(contribution.id(), bundle, contribution.changelog(), contribution.ePackage()));
        }
        return sources;
    }

    static List<EPackage> packages(List<Source> sources) {
        return sources.stream().map(Source::ePackage).filter(p -> p != null).toList();
    }

    /**
     * Applies every pending changeset, engine first, then adds the sequence rows the models need.
     * Returns what ran, by contribution id, in the order it ran.
     */
    public static Map<String, List<ChangeSetInfo>> migrate(DatabaseSettings settings, List<Source> sources) {
        DataSource dataSource = DataSources.open(settings);
        Map<String, List<ChangeSetInfo>> ran = new LinkedHashMap<>();
        try {
            String fingerprint = SchemaStamp.fingerprint(sources);
            boolean exclusive = settings.kind() == DatabaseKind.DERBY_EMBEDDED;
            for (Source source : sources) {
                ran.put(source.id(), source.runner(dataSource).exclusive(exclusive).update());
            }
            addSequenceRows(dataSource, SchemaModel.sequenceNames(EmfDescriptors.build(packages(sources)).descriptors()));
            SchemaStamp.write(dataSource, fingerprint);
        } catch (MigrationException e) {
            throw new StoreException(e.getMessage(), e);
        } catch (SQLException e) {
            throw new StoreException(NLS.bind(Messages.store_failed, e.getMessage()), e);
        }
        return ran;
    }

    /**
     * A start's migration: {@link #migrate} only when the database's stamp differs from these
     * changelogs' fingerprint (see {@link SchemaStamp}); the sequence rows are checked either way.
     *
     * @return whether Liquibase ran
     */
    public static boolean migrateIfChanged(DatabaseSettings settings, List<Source> sources) {
        DataSource dataSource = DataSources.open(settings);
        if (!SchemaStamp.matches(dataSource, SchemaStamp.fingerprint(sources))) {
            migrate(settings, sources);
            return true;
        }
        LOG.fine("The schema's stamp matches the changelogs: no migration check");
        try {
            addSequenceRows(dataSource, SchemaModel.sequenceNames(EmfDescriptors.build(packages(sources)).descriptors()));
        } catch (SQLException e) {
            throw new StoreException(NLS.bind(Messages.store_failed, e.getMessage()), e);
        }
        return false;
    }

    /** Where each changelog stands; writes nothing. */
    public static List<MigrationStatus> status(DatabaseSettings settings, List<Source> sources) {
        DataSource dataSource = DataSources.open(settings);
        List<MigrationStatus> statuses = new ArrayList<>();
        try {
            for (Source source : sources) {
                statuses.add(source.runner(dataSource).status());
            }
        } catch (MigrationException e) {
            throw new StoreException(e.getMessage(), e);
        }
        return statuses;
    }

    /** Clears the migration locks a process left when it died during an update. */
    public static void unlock(DatabaseSettings settings, List<Source> sources) {
        DataSource dataSource = DataSources.open(settings);
        try {
            for (Source source : sources) {
                source.runner(dataSource).forceReleaseLock();
            }
        } catch (MigrationException e) {
            throw new StoreException(e.getMessage(), e);
        }
    }

    /**
     * EclipseLink's TableSequence needs a row per sequence name before it hands out IDs. The rows
     * are bookkeeping of the engine, not schema, so no contribution's changelog writes them.
     * Two processes starting together may both insert: the loser's duplicate is harmless, and a
     * second pass finds every row present.
     */
    static void addSequenceRows(DataSource dataSource, List<String> names) throws SQLException {
        for (int attempt = 1;; attempt++) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(false);
                try {
                    Set<String> present = new HashSet<>();
                    try (Statement statement = connection.createStatement();
                            ResultSet rows = statement.executeQuery("SELECT " + SchemaModel.SEQUENCE_NAME + " FROM " + EmfDescriptors.SEQUENCE_TABLE)) {
                        while (rows.next()) {
                            present.add(rows.getString(1));
                        }
                    }
                    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + EmfDescriptors.SEQUENCE_TABLE + " ("
                            + SchemaModel.SEQUENCE_NAME + ", " + SchemaModel.SEQUENCE_COUNT + ") VALUES (?, 0)")) {
                        for (String name : names) {
                            if (!present.contains(name)) {
                                insert.setString(1, name);
                                insert.executeUpdate();
                            }
                        }
                    }
                    connection.commit();
                    return;
                } catch (SQLException e) {
                    connection.rollback();
                    boolean duplicate = e.getSQLState() != null && e.getSQLState().startsWith("23");
                    if (!duplicate || attempt == 2) {
                        throw e;
                    }
                }
            }
        }
    }

    /** What the store's descriptors need of the database, with the contribution of each part. */
    public static SchemaModel model(EclipseLinkStore store, List<Source> sources) {
        Map<EPackage, String> contributions = new LinkedHashMap<>();
        sources.stream().filter(s -> s.ePackage() != null).forEach(s -> contributions.put(s.ePackage(), s.id()));
        return SchemaModel.of(store.session().getProject(), contributions);
    }

    /** The differences between the store's database and its models. */
    public static List<SchemaCheck.Problem> check(EclipseLinkStore store, List<Source> sources) {
        SchemaModel model = model(store, sources);
        try (Connection connection = DataSources.open(store.settings()).getConnection()) {
            return SchemaCheck.compare(model, connection);
        } catch (SQLException e) {
            throw new StoreException(NLS.bind(Messages.store_failed, e.getMessage()), e);
        }
    }

    /** Opens a store on the migrated schema just long enough to compare it with the models. */
    public static List<SchemaCheck.Problem> check(DatabaseSettings settings, List<Source> sources) {
        try (EclipseLinkStore store = EclipseLinkStore.open(settings, packages(sources), EclipseLinkStore.Schema.EXISTING)) {
            return check(store, sources);
        }
    }

    /**
     * The product's way to open a store: migrate, open on the existing schema, and refuse to go
     * on when the schema does not fit the models.
     */
    public static EclipseLinkStore openMigrated(DatabaseSettings settings, List<Source> sources) {
        migrateIfChanged(settings, sources);
        EclipseLinkStore store = EclipseLinkStore.open(settings, packages(sources), EclipseLinkStore.Schema.EXISTING);
        try {
            verify(store, sources);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        return store;
    }

    /** Throws the drift refusal when a blocking difference exists. */
    public static void verify(EclipseLinkStore store, List<Source> sources) {
        List<SchemaCheck.Problem> problems = check(store, sources);
        if (problems.stream().anyMatch(p -> p.kind().blocking())) {
            throw new StoreException(SchemaCheck.refusal(problems), null);
        }
    }
}
