package org.rapport.persistence.internal;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.EventAdmin;
import org.rapport.core.api.RapportHome;
import org.rapport.persistence.api.AccessPolicy;
import org.rapport.persistence.api.BatchWriter;
import org.rapport.persistence.api.ChangeJournal;
import org.rapport.persistence.api.CommitReaction;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.persistence.api.DatabaseSettings;
import org.rapport.persistence.api.ModelContribution;
import org.rapport.persistence.api.SettingsException;
import org.rapport.persistence.api.Store;
import org.rapport.persistence.api.StoreException;
import org.rapport.persistence.api.UnitOfWork;

/**
 * The store of the running installation: the database of {@code RAPPORT_HOME} with the models
 * of every registered contribution. It connects on first use, so a database that cannot be
 * reached is reported to whoever needs it, with the reason, instead of failing silently at start.
 * Before it opens, every pending migration runs and the schema is checked against the models.
 * A contribution arriving later restarts the component (static, greedy reference).
 */
@Component(service = Store.class)
public class StoreService implements Store {

    @Reference
    private RapportHome home;

    private final List<ModelContribution> contributions = new CopyOnWriteArrayList<>();
    private final List<ChangeJournal> journals = new CopyOnWriteArrayList<>();
    private final List<CommitReaction> reactions = new CopyOnWriteArrayList<>();
    private EclipseLinkStore store;
    private EmbeddedServer server;
    private EmbeddedServer.Lease lease;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policyOption = ReferencePolicyOption.GREEDY)
    void addContribution(ModelContribution contribution) {
        contributions.add(contribution);
    }

    /** Static and greedy too: a journal (the audit trail) must see every commit, so one arriving later restarts the store. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policyOption = ReferencePolicyOption.GREEDY)
    void addJournal(ChangeJournal journal) {
        journals.add(journal);
    }

    /** Static and greedy too, like a journal: a reaction must see every commit of what it reacts to. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policyOption = ReferencePolicyOption.GREEDY)
    void addReaction(CommitReaction reaction) {
        reactions.add(reaction);
    }

    /**
     * Static and greedy too: a policy arriving later restarts the store, so no unit of work
     * begun before it reads unrestricted afterwards.
     */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
    private AccessPolicy accessPolicy;

    /**
     * Dynamic: the commit events need no restart of the store; a commit without an EventAdmin
     * simply announces nothing.
     */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile EventAdmin events;

    /** The contributed packages, in a stable order. */
    List<EPackage> packages() {
        return Schemas.packages(sources());
    }

    /** The engine's changelog and the contributions', in the order they migrate. */
    List<Schemas.Source> sources() {
        return Schemas.sources(contributions);
    }

    @Override
    public synchronized DatabaseSettings settings() {
        try {
            return SettingsLoader.load(home.path(), System.getenv());
        } catch (SettingsException e) {
            throw new StoreException(e.getMessage(), e);
        }
    }

    private synchronized EclipseLinkStore store() {
        if (store == null) {
            // a new user's first start: the embedded database is made here, as 'db init' would
            DatabaseSettings settings = EmbeddedDatabase.createIfMissing(settings());
            // another process (the workbench, a long rapport-ctl job) may have the embedded database open: go through it
            SharedEmbedded.Opened<EclipseLinkStore> opened = SharedEmbedded.open(settings, s -> Schemas.openMigrated(s, sources()), SharedEmbedded.PATIENCE,
                    System.err::println);
            store = opened.value();
            lease = opened.lease().orElse(null);
            store.setJournals(journals);
            store.setReactions(reactions);
            store.setAccessPolicy(accessPolicy);
            store.setEventAdmin(() -> events);
            if (settings.kind() == DatabaseKind.DERBY_EMBEDDED && opened.direct()) {
                // Derby locks an open embedded database: rapport-ctl reaches it through this server meanwhile
                try {
                    server = EmbeddedServer.start(settings);
                } catch (RuntimeException e) {
                    // working on goes first; only an online backup by rapport-ctl is lost
                    System.err.println(NLS.bind(Messages.store_no_server, e.getMessage()));
                }
            }
        }
        return store;
    }

    @Override
    public UnitOfWork begin() {
        return store().begin();
    }

    @Override
    public BatchWriter batchWriter(int batchSize) {
        return store().batchWriter(batchSize);
    }

    @Override
    public void scrub(Collection<EClass> classes) {
        store().scrub(classes);
    }

    @Override
    @Deactivate
    public synchronized void close() {
        if (server != null) {
            server.close();
            server = null;
        }
        if (store != null) {
            store.close();
            store = null;
        }
        if (lease != null) {
            lease.close();
            lease = null;
        }
    }
}
