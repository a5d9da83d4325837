package org.rapport.persistence.internal.mapping;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.persistence.internal.helper.DatabaseField;
import org.eclipse.persistence.internal.sessions.AbstractRecord;
import org.eclipse.persistence.internal.sessions.ObjectChangeSet;
import org.eclipse.persistence.internal.sessions.UnitOfWorkChangeSet;
import org.eclipse.persistence.internal.sessions.UnitOfWorkImpl;
import org.eclipse.persistence.mappings.UnidirectionalOneToManyMapping;
import org.eclipse.persistence.queries.ObjectLevelModifyQuery;
import org.eclipse.persistence.queries.WriteObjectQuery;

/**
 * A containment list: the children's table holds the owner's key and the position.
 * <p>
 * A new child is written once, with its owner's key and its position in its own {@code INSERT}
 * (see {@link ContainmentPlacements}). EclipseLink's one-to-many writes them with an
 * {@code UPDATE} after every object's insert; the commit inserts owners before their children
 * (the target table's foreign key), so when this mapping writes its owner, a new child is not
 * written yet and can be given its place instead. A child that is stored already (a move or a
 * reorder), or one the commit has written before its owner, is updated as before.
 * <p>
 * An object removed from the list is deleted with what it contains, unless the unit of work kept
 * it because another list took it in (see ContainmentMoves): then this list only clears its own
 * key and position, and only while they still name this owner, so whichever list writes first,
 * the new owner's key stays. For a move within one feature that is a no-op; between two features
 * it is what keeps the object out of its old list.
 */
public final class ContainmentMapping extends UnidirectionalOneToManyMapping {

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

    /** A new owner: its new children are placed, the others updated after every insert. */
    @Override
    public void postInsert(WriteObjectQuery query) {
        if (isReadOnly() || !query.shouldCascadeOnlyDependentParts() || !(query.getSession() instanceof UnitOfWorkImpl work)) {
            super.postInsert(query);
            return;
        }
        List<?> children = (List<?>) getRealCollectionAttributeValueFromObject(query.getObject(), work);
        if (children.isEmpty()) {
            return;
        }
        Object owner = ownerKey(query);
        for (int position = 0; position < children.size(); position++) {
            Object child = children.get(position);
            if (placeable(work, child)) {
                ContainmentPlacements.place(work, this, child, owner, position);
            } else {
                Map<DatabaseField, Object> extraData = new HashMap<>(1);
                extraData.put(listOrderField, position);
                work.getCommitManager().addDataModificationEvent(this, new Object[] { ObjectAdded, query, child, extraData });
            }
        }
    }

    /** A stored owner took in a child: a new one is placed, a stored one updated (a move). */
    @Override
    @SuppressWarnings("rawtypes")
    protected void objectAddedDuringUpdate(ObjectLevelModifyQuery query, Object added, ObjectChangeSet changeSet, Map extraData) {
        if (!isReadOnly() && query.shouldCascadeOnlyDependentParts() && query.getSession() instanceof UnitOfWorkImpl work && extraData != null
                && extraData.get(listOrderField) instanceof Integer position && placeable(work, added)) {
            ContainmentPlacements.place(work, this, added, ownerKey(query), position);
            return;
        }
        super.objectAddedDuringUpdate(query, added, changeSet, extraData);
    }

    /** The owner's key, as EclipseLink would write it into the child's row. */
    private Object ownerKey(ObjectLevelModifyQuery query) {
        prepareTranslationRow(query.getTranslationRow(), query.getObject(), query.getDescriptor(), query.getSession());
        AbstractRecord key = buildKeyRowForTargetUpdate(query);
        return key.get(targetForeignKeyFields.get(0));
    }

    /** Whether this commit inserts the child later: new, and not written yet. */
    private static boolean placeable(UnitOfWorkImpl work, Object child) {
        if (work.getCommitManager().isProcessedCommit(child) || !(work.getUnitOfWorkChangeSet() instanceof UnitOfWorkChangeSet changes)) {
            return false;
        }
        ObjectChangeSet set = changes.getCloneToObjectChangeSet().get(child);
        return set != null && set.isNew();
    }

    /** The column that holds the owner's key (one: every table's key is its ID). */
    public DatabaseField ownerField() {
        return targetForeignKeyFields.get(0);
    }

    public DatabaseField positionField() {
        return listOrderField;
    }
}
