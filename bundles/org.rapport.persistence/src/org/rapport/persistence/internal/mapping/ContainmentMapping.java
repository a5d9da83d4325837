package org.rapport.persistence.internal.mapping;

import java.util.Map;

import org.eclipse.persistence.internal.sessions.UnitOfWorkImpl;
import org.eclipse.persistence.mappings.UnidirectionalOneToManyMapping;
import org.eclipse.persistence.queries.ObjectLevelModifyQuery;

/**
 * A containment list: the children's table holds the owner's key and the position. An object
 * removed from the list is deleted with what it contains, unless the unit of work kept it
 * because another list took it in (see ContainmentMoves): then this list only clears its own key
 * and position, and only while they still name this owner, so whichever list writes first, the
 * new owner's key stays. For a move within one feature that is a no-op; between two features it
 * is what keeps the object out of its old list.
 */
final class ContainmentMapping extends UnidirectionalOneToManyMapping {

    private static final long serialVersionUID = 1L;

    @Override
    @SuppressWarnings("rawtypes")
    protected void objectRemovedDuringUpdate(ObjectLevelModifyQuery query, Object removed, Map extraData) {
        if (query.shouldCascadeOnlyDependentParts() && query.getSession() instanceof UnitOfWorkImpl work
                && !(work.hasDeletedObjects() && work.getDeletedObjects().containsKey(removed))) {
            // the unit of work writes such updates after every object's own (see OneToManyMapping)
            work.getCommitManager().addDataModificationEvent(this, new Object[] { ObjectRemoved, query, removed });
            return;
        }
        super.objectRemovedDuringUpdate(query, removed, extraData);
    }
}
