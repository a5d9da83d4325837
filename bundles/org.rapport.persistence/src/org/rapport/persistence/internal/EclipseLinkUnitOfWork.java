package org.rapport.persistence.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.internal.sessions.UnitOfWorkImpl;
import org.eclipse.persistence.queries.DataReadQuery;
import org.eclipse.persistence.queries.DatabaseQuery;
import org.eclipse.persistence.queries.ScrollableCursor;
import org.eclipse.persistence.sessions.server.ClientSession;
import org.rapport.persistence.api.AccessPolicy.QueryUse;
import org.rapport.persistence.api.AccessPolicy.ReadRules;
import org.rapport.persistence.api.CommitReaction;
import org.rapport.persistence.api.PersistentObject;
import org.rapport.persistence.internal.mapping.ContainmentPlacements;
import org.rapport.persistence.internal.mapping.ReadMasking;
import org.rapport.persistence.api.StaleEditException;
import org.rapport.persistence.api.UnitOfWork;

/** A unit of work on an EclipseLink client session; objects it returns are its working copies. */
final class EclipseLinkUnitOfWork implements UnitOfWork {

    /** Rows a stream fetches per round trip. */
    private static final int STREAM_FETCH_SIZE = 500;

    private final EclipseLinkStore store;
    private final ClientSession client;
    private final org.eclipse.persistence.sessions.UnitOfWork work;
    private final ReadRules rules;
    private final ContainmentMoves moves = new ContainmentMoves();
    private final Appends appends;
    private final Set<String> skippedReactions = new java.util.HashSet<>();

    EclipseLinkUnitOfWork(EclipseLinkStore store, ClientSession client, ReadRules rules) {
        this.store = store;
        this.client = client;
        this.rules = rules;
        if (rules != ReadRules.NONE) {
            // objects are built in this client session (descriptors are isolated): masking applies there
            client.setProperty(ReadMasking.RULES_PROPERTY, new ReadMasking.Rules(rules));
        }
        this.work = client.acquireUnitOfWork();
        // updates of one class grouped by their changed columns, then by key: batch writing sends a
        // batch whenever the statement's text changes, so in plain key order a commit whose objects
        // change different columns (the escalation tick's complaints) sent almost one batch per row.
        // Units of work that change the same columns of the same rows still lock them in key order
        work.setCommitOrder(org.eclipse.persistence.sessions.UnitOfWork.CommitOrderType.CHANGES);
        this.appends = new Appends(store, client, (UnitOfWorkImpl) work);
        // the unit of work's event manager is its own (a copy of the session's): the listener sees this one only
        work.getEventManager().addListener(moves);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T extends EObject> Optional<T> find(EClass eClass, long id) {
        rules.checkQuery(new QueryUse("find " + eClass.getName() + "#" + id, Set.of(eClass), Set.of()));
        T found;
        try {
            found = (T) work.executeQuery(store.find(store.descriptor(eClass).getJavaClass()), List.of(id));
        } catch (RuntimeException e) {
            throw ErrorTranslation.translate(e, store);
        }
        if (found != null) {
            rules.checkFound(found);
        }
        return Optional.ofNullable(found);
    }

    @Override
    public <T> List<T> query(String jpql, Object... parameters) {
        return run(jpql, -1, -1, parameters);
    }

    @Override
    public <T> List<T> page(String jpql, int first, int max, Object... parameters) {
        return run(jpql, first, max, parameters);
    }

    @SuppressWarnings("unchecked")
    private <T> List<T> run(String jpql, int first, int max, Object... parameters) {
        try {
            QueryShape shape = checked(jpql);
            DatabaseQuery query = store.query(jpql, first, max, rules);
            Object result = work.executeQuery(query, arguments(query, parameters));
            List<?> rows = result instanceof List<?> list ? list : result == null ? List.of() : java.util.Collections.singletonList(result);
            return (List<T>) maskColumns(shape, rows);
        } catch (RuntimeException e) {
            throw ErrorTranslation.translate(e, store);
        }
    }

    /** The query's shape, once the read rules allowed what it reads. */
    private QueryShape checked(String jpql) {
        QueryShape shape = store.shape(jpql);
        rules.checkQuery(shape.use(jpql));
        return shape;
    }

    /**
     * The rows with the attribute columns the rules mask set to null. Objects are masked as they
     * are built; a column of a projection is a value of its own.
     */
    private List<?> maskColumns(QueryShape shape, List<?> rows) {
        List<QueryShape.SelectedAttribute> masked = maskedColumns(shape);
        if (masked.isEmpty()) {
            // not List.copyOf: a column may be null (a SUM over no rows, an empty attribute)
            return java.util.Collections.unmodifiableList(new ArrayList<>(rows));
        }
        List<Object> result = new ArrayList<>(rows.size());
        for (Object row : rows) {
            result.add(maskColumns(masked, row));
        }
        return java.util.Collections.unmodifiableList(result);
    }

    private List<QueryShape.SelectedAttribute> maskedColumns(QueryShape shape) {
        return shape.selected().stream().filter(s -> s.eClass() != null && rules.masks(s.eClass(), s.attribute())).toList();
    }

    private static Object maskColumns(List<QueryShape.SelectedAttribute> masked, Object row) {
        if (!(row instanceof Object[] columns)) {
            return null; // a single column, and it is masked
        }
        Object[] copy = columns.clone();
        for (QueryShape.SelectedAttribute column : masked) {
            copy[column.column()] = null;
        }
        return copy;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> Stream<T> stream(String jpql, Object... parameters) {
        ScrollableCursor cursor;
        List<QueryShape.SelectedAttribute> masked;
        try {
            QueryShape shape = checked(jpql);
            masked = maskedColumns(shape);
            // on the client session, not the unit of work: nothing streamed is registered, backed up or kept
            DatabaseQuery query = store.cursorQuery(jpql, STREAM_FETCH_SIZE, rules);
            cursor = (ScrollableCursor) client.executeQuery(query, arguments(query, parameters));
        } catch (RuntimeException e) {
            throw ErrorTranslation.translate(e, store);
        }
        Iterator<T> rows = new Iterator<>() {
            @Override
            public boolean hasNext() {
                try {
                    return cursor.hasNext();
                } catch (RuntimeException e) {
                    throw ErrorTranslation.translate(e, store);
                }
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Object row = cursor.next();
                return (T) (masked.isEmpty() ? row : maskColumns(masked, row));
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(rows, Spliterator.ORDERED), false)
                .onClose(cursor::close);
    }

    /**
     * The values in the order of the parsed query's arguments. A JPQL position names its argument
     * ({@code ?2} is "2"), and the parser lists arguments in the order it meets them in its own
     * tree, which is not always their textual order: values passed by list position alone went
     * to the wrong parameter once a query had two.
     */
    private static List<Object> arguments(DatabaseQuery query, Object[] parameters) {
        List<String> names = query.getArguments();
        List<Object> values = new ArrayList<>(names.size());
        for (String name : names) {
            int position;
            try {
                position = Integer.parseInt(name);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Use positional parameters ?1, ?2... in: " + query.getJPQLString(), e);
            }
            if (position < 1 || position > parameters.length) {
                throw new IllegalArgumentException("No value for ?" + position + ": " + parameters.length + " given for " + query.getJPQLString());
            }
            values.add(parameters[position - 1]);
        }
        return values;
    }

    /**
     * Registers a new object and what it contains, and gives each its identity now, in this
     * order: identities then follow the order objects were added, which is the order of lists
     * that have no stored position of their own.
     */
    @Override
    public void add(EObject object) {
        try {
            register(object);
            StoredContents.forEach(object, this::register);
        } catch (RuntimeException e) {
            throw ErrorTranslation.translate(e, store);
        }
    }

    @Override
    public void append(EObject owner, EReference reference, EObject child) {
        try {
            appends.append(owner, reference, child);
            if (work.isObjectRegistered(owner)) {
                // a new owner not added yet brings its contents along when it is
                add(child);
            }
        } catch (RuntimeException e) {
            throw ErrorTranslation.translate(e, store);
        }
    }

    private void register(EObject object) {
        if (object instanceof PersistentObject persistent && persistent.persistentId() == 0 && !work.isObjectRegistered(object)) {
            work.registerNewObject(object);
            work.assignSequenceNumber(object);
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T extends EObject> T merge(T detached) {
        try {
            // private parts (containment) are merged with their owner; other references are resolved to working copies
            return (T) work.mergeCloneWithReferences(detached);
        } catch (RuntimeException e) {
            RuntimeException translated = ErrorTranslation.translate(e, store);
            if (translated instanceof StaleEditException stale && stale.object() == null) {
                // a merge refuses a newer stored version before anything is written, without naming the object
                throw ErrorTranslation.stale(detached, e, store);
            }
            throw translated;
        }
    }

    @Override
    public List<Referrer> referrers(EObject target) {
        List<Referrer> found = new ArrayList<>();
        for (EClass eClass : store.classes()) {
            for (EReference reference : eClass.getEAllReferences()) {
                if (pointsAt(eClass, reference, target.eClass())) {
                    List<EObject> pointing = query("SELECT x FROM " + eClass.getName() + " x WHERE x." + reference.getName() + " = ?1", target);
                    pointing.forEach(object -> found.add(new Referrer(object, reference)));
                }
            }
        }
        return found;
    }

    /**
     * Whether a class's single reference can point at the target's class, asked of the class
     * that stores it first: a stored supertype's query finds its subclasses' objects too.
     */
    private static boolean pointsAt(EClass eClass, EReference reference, EClass target) {
        if (reference.isMany() || reference.isContainment() || reference.isContainer() || reference.isTransient() || reference.isDerived()
                || !reference.getEReferenceType().isSuperTypeOf(target)) {
            return false;
        }
        return eClass.getEAllSuperTypes().stream().noneMatch(supertype -> !supertype.isInterface() && supertype.getEAllReferences().contains(reference));
    }

    @Override
    public void remove(EObject object) {
        // the copy EclipseLink deletes, which is what its deleted objects hold
        moves.removed(work.deleteObject(object));
    }

    @Override
    public void commit() {
        // on failure nothing is written and the working copies keep the user's edits
        commit(work::commitAndResumeOnFailure);
    }

    /**
     * Commits and ends this unit of work, for the batch path: resuming after a commit rebuilds
     * the backup copy of every object written, which a batch that is dropped next never uses.
     * On failure the transaction is rolled back, so nothing of it is written either.
     */
    void commitAndEnd() {
        commit(work::commit);
    }

    private void commit(Runnable commit) {
        List<EObject> records = List.of();
        List<Object> reacted = List.of();
        ContainmentPlacements.clear(impl());
        try {
            registerNewContents();
            // before the appends are placed: a reaction may append too (a member's tier history)
            reacted = react();
            appends.place();
            CommitEventPublisher events = store.commitEvents();
            CommitJournal.Pending pending = CommitJournal.register(impl(), store.journals(), events != null && events.active());
            records = pending.records();
            commit.run();
            moves.committed();
            appends.committed();
            // only now, after the transaction: a failed or rolled-back commit announces nothing
            if (events != null) {
                events.committed(pending.summary());
            }
        } catch (RuntimeException e) {
            // the journals' records belong to this attempt only: a retry records anew
            records.forEach(work::unregisterObject);
            reacted.forEach(work::unregisterObject);
            RuntimeException translated = ErrorTranslation.translate(e, store);
            if (translated instanceof StaleEditException stale && stale.object() == null) {
                // batch writing knows only that a row count was off: ask which version moved on
                EObject object = firstStaleObject();
                if (object != null) {
                    throw ErrorTranslation.stale(object, e, store);
                }
            }
            throw translated;
        } finally {
            ContainmentPlacements.clear(impl());
        }
    }

    @Override
    public void skipReaction(String reactionId) {
        skippedReactions.add(reactionId);
    }

    /**
     * Shows the new objects to the commit reactions that want them; returns what the reactions
     * added, to drop if the commit fails.
     */
    private List<Object> react() {
        List<CommitReaction> reactions = store.reactions().stream().filter(r -> !skippedReactions.contains(r.id())).toList();
        if (reactions.isEmpty()) {
            return List.of();
        }
        // identities first: a reaction may name what it reacts to by them
        impl().assignSequenceNumbers();
        Set<Object> before = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        before.addAll(impl().getNewObjectsCloneToOriginal().keySet());
        boolean any = false;
        for (CommitReaction reaction : reactions) {
            List<EObject> created = new ArrayList<>();
            for (Object object : before) {
                if (object instanceof EObject eObject && reaction.classes().stream().anyMatch(c -> c.isSuperTypeOf(eObject.eClass()))) {
                    created.add(eObject);
                }
            }
            if (!created.isEmpty()) {
                reaction.created(this, created);
                any = true;
            }
        }
        if (!any) {
            return List.of();
        }
        registerNewContents();
        List<Object> added = new ArrayList<>();
        for (Object object : impl().getNewObjectsCloneToOriginal().keySet()) {
            if (!before.contains(object)) {
                added.add(object);
            }
        }
        return added;
    }

    private UnitOfWorkImpl impl() {
        return (UnitOfWorkImpl) work;
    }

    /**
     * New objects put into a managed object's containment are stored with it, as EMF users expect.
     * Lists not read yet are skipped: they hold stored objects only (eAllContents would read them).
     */
    private void registerNewContents() {
        List<Object> registered = new ArrayList<>(impl().getCloneMapping().keySet());
        registered.addAll(impl().getNewObjectsCloneToOriginal().keySet());
        for (Object object : registered) {
            if (!(object instanceof EObject eObject)) {
                continue;
            }
            StoredContents.forEach(eObject, child -> {
                if (child instanceof PersistentObject persistent && persistent.persistentId() == 0 && !work.isObjectRegistered(child)) {
                    work.registerNewObject(child);
                }
            });
        }
    }

    /** The first changed object whose stored version is no longer the one this unit of work read. */
    private EObject firstStaleObject() {
        for (Object object : new ArrayList<>(impl().getCloneMapping().keySet())) {
            if (!(object instanceof PersistentObject persistent) || persistent.persistentId() == 0) {
                continue;
            }
            ClassDescriptor descriptor = store.session().getDescriptor(object.getClass());
            String table = descriptor.getTables().get(0).getQualifiedNameDelimited(store.session().getPlatform());
            DataReadQuery query = new DataReadQuery("SELECT VERSION FROM " + table + " WHERE ID = " + persistent.persistentId());
            List<?> rows = (List<?>) client.executeQuery(query);
            Object stored = rows.isEmpty() ? null : ((java.util.Map<?, ?>) rows.get(0)).values().iterator().next();
            // the backup holds the version as read: the working copy may already carry the next one
            Object backup = impl().getCloneMapping().get(object);
            long read = backup instanceof PersistentObject original ? original.persistentVersion() : persistent.persistentVersion();
            if (stored == null || ((Number) stored).longValue() != read) {
                return persistent;
            }
        }
        return null;
    }

    @Override
    public void close() {
        work.release();
        client.release();
    }
}
