package org.rapport.persistence.internal.migration;

import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Logger;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.eclipse.osgi.util.NLS;
import org.osgi.framework.Bundle;
import org.rapport.persistence.internal.Messages;

import liquibase.Contexts;
import liquibase.GlobalConfiguration;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.UpdateSummaryEnum;
import liquibase.UpdateSummaryOutputEnum;
import liquibase.analytics.configuration.AnalyticsArgs;
import liquibase.changelog.ChangeLogHistoryServiceFactory;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.ChangeSetStatus;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.changelog.FastCheckService;
import liquibase.changelog.filter.DbmsChangeSetFilter;
import liquibase.changelog.filter.NotInChangeLogChangeSetFilter;
import liquibase.changelog.visitor.AbstractChangeExecListener;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.DatabaseException;
import liquibase.exception.LockException;
import liquibase.lockservice.DatabaseChangeLogLock;
import liquibase.lockservice.LockService;
import liquibase.lockservice.LockServiceFactory;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.snapshot.SnapshotGeneratorFactory;
import liquibase.ui.LoggerUIService;

/**
 * Runs one contribution's Liquibase changelog against a database. Each contribution keeps its own
 * history in {@code RAPPORT_CL_<ID>} and its own lock in {@code RAPPORT_CL_<ID>_LOCK}, so areas
 * evolve independently. The changelog is read from the contributing bundle only.
 *
 * <p>Liquibase finds its plugins (databases, change types, parsers, SQL generators...) with
 * {@link java.util.ServiceLoader} on the context class loader. Every call here therefore runs with
 * liquibase-core's own bundle class loader as context class loader (which sees the
 * {@code META-INF/services} files inside liquibase-core) and with a {@link TolerantServiceLocator}
 * that skips plugins whose optional dependencies are absent. Calls are serialized: Liquibase keeps
 * per-database state in process-wide singletons, which are cleared after each call.
 */
public final class MigrationRunner {

    /** Prefix of the history tables; the lock table adds {@code _LOCK}. */
    public static final String HISTORY_TABLE_PREFIX = "RAPPORT_CL_";

    private static final Pattern CONTRIBUTION_ID = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,29}");
    private static final Logger LOG = Logger.getLogger(MigrationRunner.class.getName());
    private static final ClassLoader LIQUIBASE_LOADER = Liquibase.class.getClassLoader();
    private static final TolerantServiceLocator SERVICE_LOCATOR = new TolerantServiceLocator(LIQUIBASE_LOADER);
    private static final Object LIQUIBASE = new Object();

    private final DataSource dataSource;
    private final String contributionId;
    private final Bundle bundle;
    private final String changelog;
    private long lockWaitMinutes = 1;
    private boolean exclusive;

    /**
     * @param dataSource     where the schema lives (Derby: the user's default schema; PostgreSQL:
     *                       the {@code currentSchema} of the URL, which must exist)
     * @param contributionId the contribution's stable id, which names its history tables
     * @param bundle         the bundle that holds the changelog (resolved, or better started)
     * @param changelog      the root changelog's path inside that bundle, such as {@code db/changelog.xml}
     */
    public MigrationRunner(DataSource dataSource, String contributionId, Bundle bundle, String changelog) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.contributionId = Objects.requireNonNull(contributionId, "contributionId");
        this.bundle = Objects.requireNonNull(bundle, "bundle");
        this.changelog = BundleResourceAccessor.normalize(Objects.requireNonNull(changelog, "changelog"));
        if (!CONTRIBUTION_ID.matcher(contributionId).matches()) {
            throw new IllegalArgumentException("A contribution id is a letter followed by at most 29 letters, digits or underscores: " + contributionId);
        }
    }

    /** How long an update waits for another process's lock before it fails (default 1 minute). */
    public MigrationRunner lockWaitMinutes(long minutes) {
        this.lockWaitMinutes = minutes;
        return this;
    }

    /**
     * Declares the database this process's alone (embedded Derby: no other process can open it), so
     * a migration lock found when an update starts was left by a process that ended during an
     * update (a first start closed while its database was being made) and is released instead of
     * waited for. Never for a shared database: there the lock may be another desktop's.
     */
    public MigrationRunner exclusive(boolean exclusive) {
        this.exclusive = exclusive;
        return this;
    }

    public String contributionId() {
        return contributionId;
    }

    public String historyTable() {
        return HISTORY_TABLE_PREFIX + contributionId.toUpperCase(Locale.ROOT);
    }

    public String lockTable() {
        return historyTable() + "_LOCK";
    }

    /**
     * Applies the pending changesets, each in its own transaction, and returns them in the order
     * they ran (empty when the schema was up to date). A failing changeset is rolled back, ends the
     * run with the changesets before it applied and recorded, and is reported as the exception.
     */
    public List<ChangeSetInfo> update() throws MigrationException {
        return withLiquibase("update", liquibase -> {
            List<ChangeSetInfo> ran = new ArrayList<>();
            liquibase.setChangeExecListener(new AbstractChangeExecListener() {
                @Override
                public void ran(ChangeSet changeSet, DatabaseChangeLog changeLog, Database database, ChangeSet.ExecType execType) {
                    ran.add(new ChangeSetInfo(changeSet.getId(), changeSet.getAuthor(), changeSet.getDescription(), Instant.now()));
                }
            });
            if (exclusive) {
                releaseLeftLock(liquibase.getDatabase());
            }
            liquibase.update(new Contexts(), new LabelExpression());
            return ran;
        });
    }

    /**
     * Applied, pending and unknown changesets. Writes nothing: on a database the contribution has
     * never been applied to, everything is pending and no history table is created.
     */
    public MigrationStatus status() throws MigrationException {
        return withLiquibase("status", liquibase -> {
            List<ChangeSetInfo> applied = new ArrayList<>();
            List<ChangeSetInfo> pending = new ArrayList<>();
            List<ChangeSetInfo> skipped = new ArrayList<>();
            Database database = liquibase.getDatabase();
            if (!SnapshotGeneratorFactory.getInstance().hasDatabaseChangeLogTable(database)) {
                // Never migrated: all pending. Parsed without the database in scope, because an
                // <include> parsed with it creates the history table.
                DatabaseChangeLog changeLog = ChangeLogParserFactory.getInstance().getParser(changelog, liquibase.getResourceAccessor())
                        .parse(changelog, new ChangeLogParameters(database), liquibase.getResourceAccessor());
                DbmsChangeSetFilter dbms = new DbmsChangeSetFilter(database);
                for (ChangeSet changeSet : changeLog.getChangeSets()) {
                    ChangeSetInfo info = new ChangeSetInfo(changeSet.getId(), changeSet.getAuthor(), changeSet.getDescription(), null);
                    (dbms.accepts(changeSet).isAccepted() ? pending : skipped).add(info);
                }
                skipped.addAll(skippedAtParse(changeLog));
                return new MigrationStatus(contributionId, historyTable(), List.of(), List.copyOf(pending), List.of(), List.copyOf(skipped));
            }
            List<ChangeSetInfo> unknown = new ArrayList<>();
            // the history's changesets that the changelog lacks come first, marked by NotInChangeLogChangeSetFilter
            for (ChangeSetStatus status : liquibase.getChangeSetStatuses(new Contexts(), new LabelExpression(), false)) {
                ChangeSet changeSet = status.getChangeSet();
                boolean notInChangeLog = status.getFilterResults() != null
                        && status.getFilterResults().stream().anyMatch(r -> r.getFilter() == NotInChangeLogChangeSetFilter.class);
                if (notInChangeLog) {
                    unknown.add(new ChangeSetInfo(changeSet.getId(), changeSet.getAuthor(), status.getDescription(), instant(status.getDateLastExecuted())));
                } else if (status.getWillRun()) {
                    pending.add(new ChangeSetInfo(changeSet.getId(), changeSet.getAuthor(), changeSet.getDescription(), null));
                } else if (status.getPreviouslyRan()) {
                    applied.add(new ChangeSetInfo(changeSet.getId(), changeSet.getAuthor(), changeSet.getDescription(),
                            instant(status.getDateLastExecuted())));
                } else { // filtered out for this database (dbms="..."), never runs here
                    skipped.add(new ChangeSetInfo(changeSet.getId(), changeSet.getAuthor(), changeSet.getDescription(), null));
                }
            }
            skipped.addAll(skippedAtParse(liquibase.getDatabaseChangeLog()));
            return new MigrationStatus(contributionId, historyTable(), List.copyOf(applied), List.copyOf(pending), List.copyOf(unknown),
                    List.copyOf(skipped));
        });
    }

    /** Changesets for another database: the parser leaves them out of the changelog and only lists them. */
    private static List<ChangeSetInfo> skippedAtParse(DatabaseChangeLog changeLog) {
        return changeLog.getSkippedChangeSets().stream()
                .map(changeSet -> new ChangeSetInfo(changeSet.getId(), changeSet.getAuthor(), changeSet.getDescription(), null)).toList();
    }

    /** Clears a lock left by a process that died during an update (for {@code rapport-ctl db unlock}). */
    public void forceReleaseLock() throws MigrationException {
        withLiquibase("unlock", liquibase -> {
            LockServiceFactory.getInstance().getLockService(liquibase.getDatabase()).forceReleaseLock();
            return null;
        });
    }

    private void releaseLeftLock(Database database) throws LockException, DatabaseException {
        LockService locks = LockServiceFactory.getInstance().getLockService(database);
        DatabaseChangeLogLock[] left = locks.listLocks();
        for (DatabaseChangeLogLock lock : left) {
            LOG.warning(NLS.bind(Messages.migration_left_lock_released,
                    new Object[] { contributionId, lock.getLockedBy(), instant(lock.getLockGranted()) }));
        }
        // one release clears the whole lock table: once per left lock would be an update per lock for nothing
        if (left.length > 0) {
            locks.forceReleaseLock();
        }
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    @FunctionalInterface
    private interface Work<T> {
        T run(Liquibase liquibase) throws Exception;
    }

    private <T> T withLiquibase(String what, Work<T> work) throws MigrationException {
        synchronized (LIQUIBASE) {
            Thread thread = Thread.currentThread();
            ClassLoader previous = thread.getContextClassLoader();
            thread.setContextClassLoader(LIQUIBASE_LOADER);
            try {
                BundleResourceAccessor resources = new BundleResourceAccessor(bundle);
                Map<String, Object> scope = new HashMap<>();
                scope.put(Scope.Attr.classLoader.name(), new ContributionClassLoader(bundle));
                // custom changes come from the contributing bundle, not from bundles that Liquibase's activator tracks
                scope.put(Scope.Attr.osgiPlatform.name(), Boolean.FALSE);
                scope.put(Scope.Attr.serviceLocator.name(), SERVICE_LOCATOR);
                scope.put(Scope.Attr.resourceAccessor.name(), resources);
                scope.put(Scope.Attr.ui.name(), new LoggerUIService());
                scope.put(AnalyticsArgs.ENABLED.getKey(), Boolean.FALSE); // no usage data sent to Liquibase's servers
                scope.put(GlobalConfiguration.DATABASECHANGELOG_TABLE_NAME.getKey(), historyTable());
                scope.put(GlobalConfiguration.DATABASECHANGELOGLOCK_TABLE_NAME.getKey(), lockTable());
                scope.put(GlobalConfiguration.CHANGELOGLOCK_WAIT_TIME.getKey(), lockWaitMinutes);
                scope.put(GlobalConfiguration.CHANGELOGLOCK_POLL_RATE.getKey(), 1L); // seconds between lock attempts (default 10)
                return Scope.child(scope, () -> {
                    try (Connection connection = dataSource.getConnection()) {
                        JdbcConnection jdbc = new JdbcConnection(connection);
                        DerbyWithoutLikeEscapes derby = new DerbyWithoutLikeEscapes();
                        Database database;
                        if (derby.isCorrectDatabaseImplementation(jdbc)) {
                            database = derby;
                            database.setConnection(jdbc);
                        } else {
                            database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(jdbc);
                        }
                        database.setDatabaseChangeLogTableName(historyTable());
                        database.setDatabaseChangeLogLockTableName(lockTable());
                        try {
                            resetLiquibaseCaches();
                            Liquibase liquibase = new Liquibase(changelog, resources, database);
                            liquibase.setShowSummaryOutput(UpdateSummaryOutputEnum.LOG);
                            liquibase.setShowSummary(UpdateSummaryEnum.SUMMARY);
                            return work.run(liquibase);
                        } finally {
                            database.close(); // restores auto-commit and closes the connection
                            resetLiquibaseCaches();
                        }
                    }
                });
            } catch (Exception e) {
                if (causedBy(e, LockException.class)) {
                    throw new MigrationException(contributionId, NLS.bind(Messages.migration_locked,
                            new Object[] { what, contributionId, rootMessage(e) }), e);
                }
                throw new MigrationException(contributionId, NLS.bind(Messages.migration_failed,
                        new Object[] { what, contributionId, bundle.getSymbolicName() + "/" + changelog, rootMessage(e) }), e);
            } finally {
                thread.setContextClassLoader(previous);
            }
        }
    }

    /**
     * Liquibase's classes first, then the contributing bundle's: a changelog's
     * {@code <customChange class="...">} names a class of the bundle that holds the changelog (one
     * that moves data SQL cannot compute, such as keys derived in Java).
     */
    private static final class ContributionClassLoader extends ClassLoader {

        private final Bundle bundle;

        ContributionClassLoader(Bundle bundle) {
            super(LIQUIBASE_LOADER);
            this.bundle = bundle;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            return bundle.loadClass(name);
        }
    }

    /**
     * Liquibase caches per-database state in process-wide singletons. FastCheckService remembers
     * "up to date" for the JVM's life under a key of URL, schema and the changelog's logical path,
     * without the history table: another contribution whose changelog has the same path (two
     * bundles' db/changelog.xml without logicalFilePath), a recreated database or a changelog that
     * changed would be skipped as up to date. The lock and history services are kept per
     * connection, which a pool hands out again.
     */
    private static void resetLiquibaseCaches() {
        Scope.getCurrentScope().getSingleton(FastCheckService.class).clearCache();
        LockServiceFactory.getInstance().resetAll();
        ChangeLogHistoryServiceFactory.getInstance().resetAll();
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> kind) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (kind.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (" + cause + ")";
    }
}
