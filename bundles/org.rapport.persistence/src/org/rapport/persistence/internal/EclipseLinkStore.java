package org.rapport.persistence.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.descriptors.RelationalDescriptor;
import org.eclipse.persistence.internal.jpa.jpql.HermesParser;
import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.eclipse.persistence.logging.SessionLog;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.platform.database.DatabasePlatform;
import org.eclipse.persistence.platform.database.DerbyPlatform;
import org.eclipse.persistence.platform.database.PostgreSQLPlatform;
import org.eclipse.persistence.sequencing.TableSequence;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.JNDIConnector;
import org.eclipse.persistence.sessions.Project;
import org.eclipse.persistence.sessions.server.ServerSession;
import org.eclipse.persistence.tools.schemaframework.IndexDefinition;
import org.eclipse.persistence.tools.schemaframework.SchemaManager;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.persistence.api.DatabaseSettings;
import org.rapport.persistence.api.Store;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.persistence.internal.mapping.EmfDescriptors;
import org.rapport.persistence.internal.mapping.SqlNames;

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
    private final Map<String, EStructuralFeature> featuresByColumnOrIndex = new HashMap<>();

    private EclipseLinkStore(DatabaseSettings settings, ServerSession session) {
        this.settings = settings;
        this.session = session;
    }

    public static EclipseLinkStore open(DatabaseSettings settings, Collection<EPackage> packages, Schema schema) {
        DatabaseLogin login = new DatabaseLogin();
        login.setConnector(new JNDIConnector(DataSources.open(settings)));
        login.setPlatform(platform(settings.kind()));
        login.setDefaultSequence(new TableSequence(EmfDescriptors.SEQUENCE_TABLE, EmfDescriptors.ID_ALLOCATION));
        login.useBatchWriting();
        login.setMaxBatchWritingSize(200);
        Project project = new Project(login);
        List<RelationalDescriptor> descriptors = EmfDescriptors.build(packages);
        descriptors.forEach(project::addDescriptor);
        ServerSession session = (ServerSession) project.createServerSession();
        // -Drapport.persistence.sql=true logs every statement, for support and performance work
        session.setLogLevel(Boolean.getBoolean("rapport.persistence.sql") ? SessionLog.FINE : SessionLog.WARNING);
        session.getSessionLog().setShouldLogExceptionStackTrace(false);
        session.setQueryBuilder(new HermesParser());
        EclipseLinkStore store = new EclipseLinkStore(settings, session);
        store.indexFeatures(descriptors);
        try {
            session.login();
            if (schema == Schema.CREATE) {
                SchemaManager schemaManager = new SchemaManager(session);
                schemaManager.createSequences();
                schemaManager.createDefaultTables(true);
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

    /** Column and index names to the features they store, so database errors can name the feature. */
    private void indexFeatures(List<RelationalDescriptor> descriptors) {
        for (ClassDescriptor descriptor : descriptors) {
            for (DatabaseMapping mapping : descriptor.getMappings()) {
                EStructuralFeature feature = featureOf(mapping);
                if (feature == null) {
                    continue;
                }
                mapping.getFields().forEach(f -> featuresByColumnOrIndex.putIfAbsent(f.getName().toUpperCase(Locale.ROOT), feature));
            }
            descriptor.getTables().forEach(table -> {
                for (IndexDefinition index : table.getIndexes()) {
                    EStructuralFeature feature = featuresByColumnOrIndex.get(index.getFields().get(0).toUpperCase(Locale.ROOT));
                    if (feature != null) {
                        featuresByColumnOrIndex.put(index.getName().toUpperCase(Locale.ROOT), feature);
                    }
                }
            });
        }
    }

    private static EStructuralFeature featureOf(DatabaseMapping mapping) {
        if (!(mapping.getDescriptor().getJavaClass() != null && mapping.getAttributeName() != null)) {
            return null;
        }
        Class<?> type = mapping.getDescriptor().getJavaClass();
        try {
            if (org.eclipse.emf.ecore.EObject.class.isAssignableFrom(type) && !java.lang.reflect.Modifier.isAbstract(type.getModifiers())) {
                EClass eClass = ((org.eclipse.emf.ecore.EObject) type.getDeclaredConstructor().newInstance()).eClass();
                return eClass.getEStructuralFeature(mapping.getAttributeName());
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
        return null;
    }

    /** The feature stored in a column or guarded by an index, by name; null when unknown. */
    EStructuralFeature featureFor(String columnOrIndexName) {
        return featuresByColumnOrIndex.get(columnOrIndexName.toUpperCase(Locale.ROOT));
    }

    /** All column and index names the store knows, upper case. */
    Collection<String> knownNames() {
        return featuresByColumnOrIndex.keySet();
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
    public DatabaseSettings settings() {
        return settings;
    }

    @Override
    public void close() {
        if (session.isConnected()) {
            session.logout();
        }
    }

    /** The SQL names the engine uses, for tests and tools. */
    public static String tableOf(EClass eClass) {
        return SqlNames.table(eClass);
    }
}
