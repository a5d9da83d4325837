package org.rapport.persistence.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.InternalEList;
import org.eclipse.persistence.internal.databaseaccess.DatasourcePlatform;
import org.eclipse.persistence.internal.helper.DatabaseField;
import org.eclipse.persistence.internal.sessions.AbstractRecord;
import org.eclipse.persistence.internal.sessions.UnitOfWorkImpl;
import org.eclipse.persistence.queries.DataReadQuery;
import org.eclipse.persistence.sessions.server.ClientSession;
import org.rapport.persistence.api.PersistentObject;
import org.rapport.persistence.internal.mapping.ContainmentMapping;
import org.rapport.persistence.internal.mapping.ContainmentPlacements;
import org.rapport.persistence.internal.mapping.EmfDescriptors;

/**
 * New objects appended to containment lists that were not read (see
 * {@link org.rapport.persistence.api.UnitOfWork#append}).
 * <p>
 * The list stays unread: the child knows its container, and the owner's pending read is wrapped
 * so that a read before the commit shows the stored objects followed by the appended ones (the
 * unit of work then sees them as added, as if {@code add} had been called after the read). At the
 * commit, the children of the lists still unread are placed after the stored ones, from the
 * highest stored position on (positions are 0 to n-1 as the engine writes them). Like a change of
 * the list through {@code add}, an append leaves the owner's row and version alone.
 * <p>
 * The highest positions are asked for many owners at once, one statement per
 * {@value #OWNERS_PER_QUERY} owners of a list: the owners' rows by their keys ({@code IN}), each
 * with {@code MAX} of the position in a subquery with an equality on the owner, which an index on
 * (owner, position descending) answers from its first entry, so it costs the same for a list of
 * five and one of fifty thousand. Not {@code MAX ... WHERE owner IN (...) GROUP BY owner}: that
 * reads every entry of every owner's list (Derby planned it as a scan of the whole owner index,
 * docs/performance.md, "Customers", finding 11), and not a {@code COUNT(*)}, which grows with the
 * history too. Without such an index the answer is the same, only slower.
 */
final class Appends {

    /** Owners per position query: well within what Derby compiles and PostgreSQL binds (at most 65,535 parameters). */
    static final int OWNERS_PER_QUERY = 512;

    private final EclipseLinkStore store;
    private final ClientSession client;
    private final UnitOfWorkImpl work;
    /** The lists not read that took appended objects, by owner and reference, in the order of the first append. */
    private final Map<PersistentObject, Map<EReference, Appended>> lists = new IdentityHashMap<>();

    /** One unread list's appended objects, and the read it had before. */
    private static final class Appended {
        final PersistentObject.PendingValue stored;
        final List<EObject> children = new ArrayList<>();

        Appended(PersistentObject.PendingValue stored) {
            this.stored = stored;
        }
    }

    Appends(EclipseLinkStore store, ClientSession client, UnitOfWorkImpl work) {
        this.store = store;
        this.client = client;
        this.work = work;
    }

    /** Appends the child, which the caller then registers as new. */
    @SuppressWarnings("unchecked")
    void append(EObject owner, EReference reference, EObject child) {
        check(owner, reference, child);
        PersistentObject persistent = (PersistentObject) owner;
        if (persistent.persistentId() != 0 && !work.isObjectRegistered(owner)) {
            throw new IllegalArgumentException("append to " + owner.eClass().getName() + "#" + persistent.persistentId()
                    + ", which this unit of work did not read (find or query it here first)");
        }
        PersistentObject.PendingValue pending = persistent.internalPending(reference);
        if (pending == null) {
            // read already, or new: a plain add costs nothing more
            ((EList<EObject>) owner.eGet(reference)).add(child);
            return;
        }
        Map<EReference, Appended> byReference = lists.computeIfAbsent(persistent, o -> new LinkedHashMap<>());
        Appended appended = byReference.get(reference);
        if (appended == null) {
            Appended created = new Appended(pending);
            byReference.put(reference, created);
            persistent.internalSetPending(reference, EmfDescriptors.followedBy(pending, () -> read(persistent, reference, created)));
            appended = created;
        }
        // the child's side of the containment only: its owner's list is not touched
        int containerFeature = reference.getEOpposite() != null ? child.eClass().getFeatureID(reference.getEOpposite())
                : InternalEObject.EOPPOSITE_FEATURE_BASE - owner.eClass().getFeatureID(reference);
        ((InternalEObject) child).eBasicSetContainer((InternalEObject) owner, containerFeature, null);
        appended.children.add(child);
    }

    private static void check(EObject owner, EReference reference, EObject child) {
        if (!reference.isContainment() || !reference.isMany() || reference.isTransient() || reference.isDerived() || reference.isVolatile()) {
            throw new IllegalArgumentException("append needs a stored containment list: " + reference.getEContainingClass().getName() + "."
                    + reference.getName() + " is not one");
        }
        if (!reference.getEContainingClass().isSuperTypeOf(owner.eClass())) {
            throw new IllegalArgumentException(owner.eClass().getName() + " has no list " + reference.getEContainingClass().getName() + "."
                    + reference.getName());
        }
        if (!reference.getEReferenceType().isInstance(child)) {
            throw new IllegalArgumentException(reference.getEContainingClass().getName() + "." + reference.getName() + " holds "
                    + reference.getEReferenceType().getName() + ", not " + child.eClass().getName());
        }
        if (!(owner instanceof PersistentObject)) {
            throw new IllegalArgumentException(owner.eClass().getName() + " is not a stored class");
        }
        if (!(child instanceof PersistentObject persistent) || persistent.persistentId() != 0 || child.eContainer() != null) {
            throw new IllegalArgumentException("only a new object that nothing contains can be appended, not " + child.eClass().getName()
                    + (child instanceof PersistentObject stored && stored.persistentId() != 0 ? "#" + stored.persistentId() : ""));
        }
    }

    /**
     * The list is used before the commit: the stored objects are read, then the appended ones
     * added behind them; from now on the list is an ordinary read list.
     */
    @SuppressWarnings("unchecked")
    private void read(PersistentObject owner, EReference reference, Appended appended) {
        forget(owner, reference);
        InternalEList<EObject> list = (InternalEList<EObject>) owner.eGet(reference);
        for (EObject child : appended.children) {
            if (child.eContainer() == owner && !list.contains(child)) {
                // the child names its container already: a plain add would take it out of that container first
                list.basicAdd(child, null);
            }
        }
    }

    private void forget(PersistentObject owner, EReference reference) {
        Map<EReference, Appended> byReference = lists.get(owner);
        if (byReference != null) {
            byReference.remove(reference);
            if (byReference.isEmpty()) {
                lists.remove(owner);
            }
        }
    }

    /** Before a commit: places the appended objects behind the stored ones. */
    void place() {
        if (lists.isEmpty()) {
            return;
        }
        Map<ContainmentMapping, Map<PersistentObject, List<EObject>>> byList = new LinkedHashMap<>();
        for (Map.Entry<PersistentObject, Map<EReference, Appended>> owner : lists.entrySet()) {
            for (Map.Entry<EReference, Appended> list : owner.getValue().entrySet()) {
                List<EObject> children = new ArrayList<>();
                for (EObject child : list.getValue().children) {
                    // removed or moved on since: not stored here
                    if (child.eContainer() == owner.getKey() && child.eContainmentFeature() == list.getKey() && work.isObjectRegistered(child)) {
                        children.add(child);
                    }
                }
                ContainmentMapping mapping = (ContainmentMapping) store.descriptor(owner.getKey().eClass()).getMappingForAttributeName(list.getKey().getName());
                byList.computeIfAbsent(mapping, m -> new LinkedHashMap<>()).put(owner.getKey(), children);
            }
        }
        for (Map.Entry<ContainmentMapping, Map<PersistentObject, List<EObject>>> list : byList.entrySet()) {
            Map<Long, Long> next = nextPositions(list.getKey(), list.getValue().keySet().stream().map(PersistentObject::persistentId).toList());
            for (Map.Entry<PersistentObject, List<EObject>> owner : list.getValue().entrySet()) {
                long id = owner.getKey().persistentId();
                int position = next.get(id).intValue();
                for (EObject child : owner.getValue()) {
                    ContainmentPlacements.place(work, list.getKey(), child, id, position++);
                }
            }
        }
    }

    /**
     * The first free position of each owner's list in the database: one after the highest stored,
     * 0 for none (also for an owner whose row is gone: its children's insert then fails on the
     * foreign key, as it did when each owner was asked alone).
     */
    private Map<Long, Long> nextPositions(ContainmentMapping mapping, List<Long> owners) {
        Map<Long, Long> next = new HashMap<>();
        for (int from = 0; from < owners.size(); from += OWNERS_PER_QUERY) {
            List<Long> chunk = owners.subList(from, Math.min(owners.size(), from + OWNERS_PER_QUERY));
            int size = Integer.highestOneBit(chunk.size()) == chunk.size() ? chunk.size() : Integer.highestOneBit(chunk.size()) << 1;
            List<Object> keys = new ArrayList<>(chunk);
            // padded with the last owner to a power of two: a handful of statement texts, each compiled once by the database
            while (keys.size() < size) {
                keys.add(chunk.get(chunk.size() - 1));
            }
            for (Object row : (List<?>) client.executeQuery(highestPositions(mapping, size), keys)) {
                List<?> values = ((AbstractRecord) row).getValues();
                Object highest = values.get(1);
                next.put(((Number) values.get(0)).longValue(), highest == null ? 0L : ((Number) highest).longValue() + 1);
            }
        }
        for (Long id : owners) {
            next.putIfAbsent(id, 0L);
        }
        return next;
    }

    /** Each of {@code owners} owners' key with the highest position of its list. */
    private DataReadQuery highestPositions(ContainmentMapping mapping, int owners) {
        DatasourcePlatform platform = store.session().getPlatform();
        DatabaseField ownerKey = mapping.getSourceKeyFields().get(0);
        DatabaseField childOwner = mapping.ownerField();
        DataReadQuery query = new DataReadQuery();
        StringBuilder keys = new StringBuilder();
        for (int i = 0; i < owners; i++) {
            query.addArgument("OWNER" + i, Long.class);
            keys.append(i == 0 ? "#OWNER" : ", #OWNER").append(i);
        }
        query.setSQLString("SELECT o." + ownerKey.getNameDelimited(platform) + ", (SELECT MAX(c." + mapping.positionField().getNameDelimited(platform)
                + ") FROM " + childOwner.getTable().getQualifiedNameDelimited(platform) + " c WHERE c." + childOwner.getNameDelimited(platform) + " = o."
                + ownerKey.getNameDelimited(platform) + ") FROM " + ownerKey.getTable().getQualifiedNameDelimited(platform) + " o WHERE o."
                + ownerKey.getNameDelimited(platform) + " IN (" + keys + ")");
        return query;
    }

    /** After a commit: the appended objects are stored, so the lists read them with the others. */
    void committed() {
        for (Map.Entry<PersistentObject, Map<EReference, Appended>> owner : lists.entrySet()) {
            for (Map.Entry<EReference, Appended> list : owner.getValue().entrySet()) {
                owner.getKey().internalSetPending(list.getKey(), list.getValue().stored);
            }
        }
        lists.clear();
    }
}
