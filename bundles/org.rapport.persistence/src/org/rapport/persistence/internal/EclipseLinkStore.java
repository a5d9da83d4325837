package org.rapport.persistence.internal;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.internal.jpa.jpql.HermesParser;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.expressions.ExpressionBuilder;
import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.eclipse.persistence.logging.AbstractSessionLog;
import org.eclipse.persistence.logging.SessionLog;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.platform.database.DatabasePlatform;
import org.eclipse.persistence.queries.DatabaseQuery;
import org.eclipse.persistence.queries.ObjectLevelReadQuery;
import org.eclipse.persistence.queries.ReadObjectQuery;
import org.eclipse.persistence.queries.ReadAllQuery;
import org.eclipse.persistence.queries.ReadQuery;
import org.eclipse.persistence.platform.database.DerbyPlatform;
import org.eclipse.persistence.platform.database.PostgreSQLPlatform;
import org.eclipse.persistence.sequencing.TableSequence;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.JNDIConnector;
import org.eclipse.persistence.sessions.Project;
import org.eclipse.persistence.sessions.server.ServerSession;
import org.eclipse.persistence.tools.schemaframework.SchemaManager;
import org.osgi.service.event.EventAdmin;
import org.rapport.persistence.api.AccessPolicy;
import org.rapport.persistence.api.AccessPolicy.ReadRules;
import org.rapport.persistence.api.BatchWriter;
import org.rapport.persistence.api.ChangeJournal;
import org.rapport.persistence.api.CommitReaction;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.persistence.api.DatabaseSettings;
import org.rapport.persistence.api.LastChange;
import org.rapport.persistence.api.PersistentObject;
import org.rapport.persistence.api.Store;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.persistence.internal.mapping.EmfDescriptors;
import org.rapport.persistence.internal.mapping.ReadMasking;
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

    /** How many (JPQL, page) queries stay prepared: paging through a long list must not grow the store for ever. */
    private static final int PREPARED_QUERIES = 512;
    /** Prepared statements kept per connection: more than the distinct statements of a model of some 50 classes. */
    private static final int STATEMENT_CACHE = 200;

    private final DatabaseSettings settings;
    private volatile List<ChangeJournal> journals = List.of();
    private volatile List<CommitReaction> reactions = List.of();
    private volatile AccessPolicy accessPolicy;
    /** Null until an EventAdmin is given: tools that run the store outside OSGi have no event classes at all. */
    private volatile CommitEventPublisher commitEvents;
    private final ServerSession session;
    private final Map<String, EStructuralFeature> featuresByColumnOrIndex;
    private final List<EClass> classes;
    /** Parsed JPQL by its text: parsing costs far more than running a prepared query again. */
    private final Map<String, DatabaseQuery> parsed = new ConcurrentHashMap<>();
    /** What each parsed query reads, by its text, for the read rules. */
    private final Map<String, QueryShape> shapes = new ConcurrentHashMap<>();
    /**
     * Queries shared by every unit of work, as EclipseLink shares named queries: each is prepared
     * (SQL, nested batch queries) once, and EclipseLink runs a clone of it per execution. Paging
     * is part of the prepared SQL, hence one query per page.
     */
    private final Map<QueryKey, DatabaseQuery> prepared = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<QueryKey, DatabaseQuery> eldest) {
            return size() > PREPARED_QUERIES;
        }
    });
    /** The query behind {@code find}, per class, shared like {@link #prepared}. */
    private final Map<Class<?>, ReadObjectQuery> finds = new ConcurrentHashMap<>();

    /** A prepared query: its text, its page, and the row conditions of the read rules it carries. */
    private record QueryKey(String jpql, int first, int max, String rows) {
    }

    /** The schema's names, made once after login (the descriptors know their fields then); every query's shape is checked against them. */
    private volatile RawSqlCheck rawSql;

    private EclipseLinkStore(DatabaseSettings settings, ServerSession session, Map<String, EStructuralFeature> columns, Collection<EPackage> packages) {
        this.settings = settings;
        this.session = session;
        this.featuresByColumnOrIndex = columns;
        this.classes = packages.stream().flatMap(p -> p.getEClassifiers().stream()).filter(EClass.class::isInstance).map(EClass.class::cast)
                .filter(c -> !c.isInterface()).toList();
    }

    /** The stored classes (interfaces have no table of their own). */
    List<EClass> classes() {
        return classes;
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
        // each connection of the session's own pool keeps its prepared statements, instead of
        // preparing and closing one per execution. Only safe with EclipseLink's pool: a connector
        // set as here, not login.useDataSource(), which hands pooling to the data source
        login.setShouldCacheAllStatements(true);
        login.setStatementCacheSize(STATEMENT_CACHE);
        Project project = new Project(login);
        EmfDescriptors.Mapping mapping = EmfDescriptors.build(packages);
        mapping.descriptors().forEach(project::addDescriptor);
        ServerSession session = (ServerSession) project.createServerSession();
        // -Drapport.persistence.sql=true logs every statement, for support and performance work
        session.setLogLevel(Boolean.getBoolean("rapport.persistence.sql") ? SessionLog.FINE : SessionLog.WARNING);
        session.getSessionLog().setShouldLogExceptionStackTrace(false);
        session.getSessionLog().setWriter(new SessionLogLines());
        // the log of EclipseLink's work outside a session (platform detection, descriptors) too
        AbstractSessionLog.getLog().setWriter(new SessionLogLines());
        AbstractSessionLog.getLog().setShouldLogExceptionStackTrace(false);
        session.setQueryBuilder(new HermesParser());
        EclipseLinkStore store = new EclipseLinkStore(settings, session, mapping.columns(), packages);
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

    /** What a query reads, worked out once per text. */
    private RawSqlCheck rawSql() {
        RawSqlCheck check = rawSql;
        if (check == null) {
            // two threads may both make it: the same names either way
            check = new RawSqlCheck(session);
            rawSql = check;
        }
        return check;
    }

    QueryShape shape(String jpql) {
        return shapes.computeIfAbsent(jpql, text -> QueryShape.of(parsed(text), session, rawSql()));
    }

    /**
     * The shared query for this JPQL text and page ({@code max < 0}: no paging), with the row
     * conditions of these read rules. Run it as it is, with the arguments per execution: never
     * set anything on it.
     */
    DatabaseQuery query(String jpql, int first, int max, ReadRules rules) {
        String rows = shape(jpql).rowConditionKey(rules);
        QueryKey key = new QueryKey(jpql, first, max, rows);
        DatabaseQuery query = prepared.get(key);
        if (query != null) {
            return query;
        }
        query = rows.isEmpty() ? parsedCopy(jpql) : conditionedParse(jpql, rules);
        if (query instanceof ObjectLevelReadQuery objects) {
            readRelationships(objects);
        }
        if (query instanceof ReadQuery read && max >= 0) {
            read.setFirstResult(first);
            read.setMaxRows(first + max);
        }
        // two threads may build the same query at once: both copies work, one is kept
        DatabaseQuery raced = prepared.putIfAbsent(key, query);
        return raced != null ? raced : query;
    }

    /** A parse of its own, with the rules' row conditions added to its expressions. */
    private DatabaseQuery conditionedParse(String jpql, ReadRules rules) {
        DatabaseQuery query = session.getQueryBuilder().buildQuery(jpql, session);
        QueryShape.of(query, session, rawSql()).addRowConditions(rules);
        return query;
    }

    /** A copy of the parsed query, to configure: parsing costs far more than copying. */
    private DatabaseQuery parsedCopy(String jpql) {
        return (DatabaseQuery) parsed(jpql).clone();
    }

    private DatabaseQuery parsed(String jpql) {
        return parsed.computeIfAbsent(jpql, text -> session.getQueryBuilder().buildQuery(text, session));
    }

    /**
     * A query of its own that reads through a database cursor, rows fetched in blocks. Its
     * relationships are left to the mappings: a batch-read attribute would keep every streamed
     * object reachable until the cursor closes.
     */
    ReadAllQuery cursorQuery(String jpql, int fetchSize, ReadRules rules) {
        DatabaseQuery parse = shape(jpql).rowConditionKey(rules).isEmpty() ? parsedCopy(jpql) : conditionedParse(jpql, rules);
        if (!(parse instanceof ReadAllQuery query)) {
            throw new IllegalArgumentException("only a SELECT query can be streamed: " + jpql);
        }
        query.useScrollableCursor(fetchSize);
        query.setFetchSize(fetchSize);
        return query;
    }

    /** The shared query that reads an object of this class (or a subclass) by its identity, the one argument. */
    ReadObjectQuery find(Class<?> javaClass) {
        return finds.computeIfAbsent(javaClass, type -> {
            ReadObjectQuery query = new ReadObjectQuery(type);
            ExpressionBuilder object = query.getExpressionBuilder();
            query.setSelectionCriteria(object.get("persistentId").equal(object.getParameter("id")));
            query.addArgument("id", Long.class);
            readRelationships(query);
            return query;
        });
    }

    /**
     * How a query reads the relationships of its objects: in IN (...) batches, as the mappings
     * do. Naming every relationship as a batch-read attribute lets the prepared query keep its
     * nested batch queries; left to the mappings, EclipseLink builds them again per execution.
     */
    private void readRelationships(ObjectLevelReadQuery query) {
        query.setBatchFetchType(BatchFetchType.IN);
        if (query.isReportQuery() || query.getReferenceClass() == null) {
            return; // a projection builds no objects of its own
        }
        for (DatabaseMapping mapping : session.getDescriptor(query.getReferenceClass()).getMappings()) {
            if (mapping.isForeignReferenceMapping()) {
                query.addBatchReadAttribute(mapping.getAttributeName());
            }
        }
    }

    /** The change journals every commit reports to; the live list of the component that owns the store. */
    public void setJournals(List<ChangeJournal> journals) {
        this.journals = journals;
    }

    List<ChangeJournal> journals() {
        return journals;
    }

    /** The commit reactions every commit runs before its journals; the live list of the component that owns the store. */
    public void setReactions(List<CommitReaction> reactions) {
        this.reactions = reactions;
    }

    List<CommitReaction> reactions() {
        return reactions;
    }

    /**
     * Where the {@link org.rapport.persistence.api.CommitEvents} go: the EventAdmin of the moment,
     * asked at each commit (it may come and go), or null for none.
     */
    public void setEventAdmin(Supplier<EventAdmin> events) {
        this.commitEvents = new CommitEventPublisher(events);
    }

    /** Where the commit events go; null for nowhere. */
    CommitEventPublisher commitEvents() {
        return commitEvents;
    }

    /** The policy that decides what units of work may read; null for none (everything may be read). */
    public void setAccessPolicy(AccessPolicy policy) {
        if (policy != null) {
            ReadMasking.install(session.getDescriptors().values());
        }
        this.accessPolicy = policy;
    }

    /** The read rules for a unit of work that begins now. */
    ReadRules readRules() {
        AccessPolicy policy = accessPolicy;
        return policy == null ? ReadRules.NONE : policy.rulesForNewWork();
    }

    /**
     * Who stored the object last and when, from the first journal that knows; empty when none
     * does or the question fails: the answer only improves a message, so it must never replace
     * the stale edit being reported.
     */
    Optional<LastChange> lastChange(EObject object) {
        if (journals.isEmpty() || !(object instanceof PersistentObject persistent) || persistent.persistentId() == 0) {
            return Optional.empty();
        }
        // the store's own question: the reader's rules do not apply
        try (UnitOfWork work = beginWork(ReadRules.NONE)) {
            for (ChangeJournal journal : journals) {
                Optional<LastChange> last = journal.lastChange(work, object.eClass(), persistent.persistentId());
                if (last.isPresent()) {
                    return last;
                }
            }
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
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
        return beginWork(readRules());
    }

    EclipseLinkUnitOfWork beginWork(ReadRules rules) {
        try {
            return new EclipseLinkUnitOfWork(this, session.acquireClientSession(), rules);
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
    public void scrub(Collection<EClass> classes) {
        Scrubbing.scrub(this, classes);
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
