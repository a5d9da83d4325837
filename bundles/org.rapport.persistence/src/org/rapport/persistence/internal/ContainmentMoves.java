package org.rapport.persistence.internal;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.persistence.internal.sessions.UnitOfWorkImpl;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.rapport.persistence.api.PersistentObject;

/**
 * Keeps what was moved from one containment list to another in the same unit of work.
 * <p>
 * Containment lists are EclipseLink private-owned collections, and EclipseLink knows no
 * adoption: each time it calculates changes, it marks for deletion every object removed from
 * such a list, even one that another list took in meanwhile, and the object's row is then
 * deleted after the new list wrote its owner key. After each calculation (the commit's, and the
 * change journals' look ahead), this takes back the deletion of every object that a live object
 * contains again, and of what it contains: its new list writes the owner key and position, and
 * the row keeps its identity. What the user removed through {@link #removed(Object)} stays
 * deleted, with what it contains.
 */
final class ContainmentMoves extends SessionEventAdapter {

    private final Set<Object> removed = Collections.newSetFromMap(new IdentityHashMap<>());

    /** The user deleted this object: it is not kept, wherever it is. */
    void removed(Object object) {
        removed.add(object);
    }

    /** A commit wrote the deletions: the next starts afresh. */
    void committed() {
        removed.clear();
    }

    @Override
    public void postCalculateUnitOfWorkChangeSet(SessionEvent event) {
        if (event.getSession() instanceof UnitOfWorkImpl work) {
            keep(work);
        }
    }

    private void keep(UnitOfWorkImpl work) {
        if (!work.hasDeletedObjects()) {
            return;
        }
        Map<Object, Object> deleted = work.getDeletedObjects();
        Set<Object> dropped = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Object object : deleted.keySet()) {
            if (!removed.contains(object)) {
                dropped.add(object);
            }
        }
        if (dropped.isEmpty()) {
            return;
        }
        // every object the unit of work keeps is a live container; a kept object becomes one too
        Deque<Object> holders = new ArrayDeque<>();
        for (Object object : work.getCloneMapping().keySet()) {
            if (!deleted.containsKey(object)) {
                holders.add(object);
            }
        }
        if (work.hasNewObjects()) {
            holders.addAll(work.getNewObjectsCloneToOriginal().keySet());
        }
        // what was kept went to the deletion with what it contains: those lists are read (the
        // deletion read them), so they are looked at even if the object has not used them yet
        Set<Object> kept = Collections.newSetFromMap(new IdentityHashMap<>());
        while (!holders.isEmpty() && !dropped.isEmpty()) {
            if (!(holders.pop() instanceof EObject holder)) {
                continue;
            }
            for (EReference containment : holder.eClass().getEAllContainments()) {
                if (containment.isTransient() || containment.isDerived() || containment.isVolatile()
                        || (!kept.contains(holder) && holder instanceof PersistentObject persistent && persistent.internalPending(containment) != null)) {
                    continue; // not stored, or not read yet: it holds what is stored, and took nothing in
                }
                Object value = holder.eGet(containment, false);
                for (Object child : value instanceof Collection<?> list ? list : Collections.singleton(value)) {
                    if (child != null && dropped.remove(child)) {
                        deleted.remove(child);
                        kept.add(child);
                        holders.add(child);
                    }
                }
            }
        }
    }
}
