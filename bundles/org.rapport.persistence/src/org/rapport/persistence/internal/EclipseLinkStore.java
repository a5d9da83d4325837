package org.rapport.persistence.internal;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.internal.jpa.jpql.HermesParser;
import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.eclipse.persistence.logging.SessionLog;
import org.eclipse.persistence.platform.database.DatabasePlatform;
import org.eclipse.persistence.queries.DatabaseQuery;
import org.eclipse.persistence.platform.database.DerbyPlatform;
import org.eclipse.persistence.platform.database.PostgreSQLPlatform;
import org.eclipse.persistence.sequencing.TableSequence;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.JNDIConnector;
import org.eclipse.persistence.sessions.Project;
import org.eclipse.persistence.sessions.server.ServerSession;
import org.eclipse.persistence.tools.schemaframework.SchemaManager;
import org.rapport.persistence.api.BatchWriter;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.persistence.api.DatabaseSettings;
import org.rapport.persistence.api.Store;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.persistence.internal.mapping.EmfDescriptors;
import org.rapport.persistence.internal.migration.ChangelogWriter;
import org.rapport.persistence.internal.migration.SchemaModel;

/** The store on an EclipseLink server session whose descriptors come from the registered EPackages. */
public final class EclipseLinkStore implements Store {

    /** Whether opening the store creates the tables the model needs. */
    public enum Schema {
        /** The schema exists (made by the migrations). */
        EXISTING,
        /** Create the tables and the sequence from the model (a new, empty database). */
        CREATE
    }

    private final DatabaseSettings settings;
    private final ServerSession session;
    private final Map<String, EStructuralFeature> featuresByColumnOrIndex;
    /** Parsed JPQL by its text: parsing costs far more than running a prepared query again. */
    private final Map<String, DatabaseQuery> queries = new java.util.concurrent.ConcurrentHashMap<>();

    private EclipseLinkStore(DatabaseSettings settings, ServerSession session, Map<String, EStructuralFeature> columns) {
        this.settings = settings;
        this.session = session;
        this.featuresByColumnOrIndex = columns;
    }

    public static EclipseLinkStore open(DatabaseSettings settings, Collection<EPackage> packages, Schema schema) {
        DatabaseLogin login = new DatabaseLogin();
        login.setConnector(new JNDIConnector(DataSources.open(settings)));
        login.setPlatform(platform(settings.kind()));
        TableSequence ids = new TableSequence("RAPPORT", EmfDescriptors.ID_ALLOCATION);
        ids.setTableName(EmfDescriptors.SEQUENCE_TABLE); // the constructor names the sequence, not its table
        login.setDefaultSequence(ids);
        login.useBatchWriting();
        login.setMaxBatchWritingSize(200);
        Project project = new Project(login);
        EmfDescriptors.Mapping mapping = EmfDescriptors.build(packages);
        mapping.descriptors().forEach(project::addDescriptor);
        ServerSession session = (ServerSession) project.createServerSession();
        // -Drapport.persistence.sql=true logs every statement, for support and performance work
        session.setLogLevel(Boolean.getBoolean("rapport.persistence.sql") ? SessionLog.FINE : SessionLog.WARNING);
        session.getSessionLog().setShouldLogExceptionStackTrace(false);
        session.setQueryBuilder(new HermesParser());
        EclipseLinkStore store = new EclipseLinkStore(settings, session, mapping.columns());
        try {
            session.login();
            if (schema == Schema.CREATE) {
                SchemaManager schemaManager = new SchemaManager(session);
                schemaManager.createSequences();
                schemaManager.createDefaultTables(true);
                if (settings.kind() == DatabaseKind.POSTGRESQL) {
                    ChangelogWriter.patternIndexes(SchemaModel.of(project, Map.of())).forEach(session::executeNonSelectingSQL);
                }
            }
        } catch (RuntimeException e) {
            if (session.isConnected()) {
                session.logout();
            }
            throw ErrorTranslation.translate(e, store);
        }
        return store;
    }

    private static DatabasePlatform platform(DatabaseKind kind) {
        return kind == DatabaseKind.POSTGRESQL ? new PostgreSQLPlatform() : new DerbyPlatform();
    }

    /** The feature stored in a column or guarded by an index, by name; null when unknown. */
    EStructuralFeature featureFor(String columnOrIndexName) {
        return featuresByColumnOrIndex.get(columnOrIndexName.toUpperCase(Locale.ROOT));
    }

    /** A private copy of the parsed query, to set paging and arguments on without touching the cached one. */
    DatabaseQuery query(String jpql) {
        return (DatabaseQuery) queries.computeIfAbsent(jpql, text -> session.getQueryBuilder().buildQuery(text, session)).clone();
    }

    AbstractSession session() {
        return session;
    }

    /** The descriptor of an EClass, by its alias. */
    ClassDescriptor descriptor(EClass eClass) {
        ClassDescriptor descriptor = session.getDescriptorForAlias(eClass.getName());
        if (descriptor == null) {
            throw new IllegalArgumentException(eClass.getName() + " is not a persistent class of this store");
        }
        return descriptor;
    }

    @Override
    public UnitOfWork begin() {
        try {
            return new EclipseLinkUnitOfWork(this, session.acquireClientSession());
        } catch (RuntimeException e) {
            throw ErrorTranslation.translate(e, this);
        }
    }

    @Override
    public BatchWriter batchWriter(int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1: " + batchSize);
        }
        return new UnitOfWorkBatchWriter(this, batchSize);
    }

    @Override
    public DatabaseSettings settings() {
        return settings;
    }

    @Override
    public void close() {
        if (session.isConnected()) {
            session.logout();
        }
    }
}
