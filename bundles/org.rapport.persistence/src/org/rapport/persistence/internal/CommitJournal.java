package org.rapport.persistence.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.internal.sessions.ObjectChangeSet;
import org.eclipse.persistence.internal.sessions.UnitOfWorkChangeSet;
import org.eclipse.persistence.internal.sessions.UnitOfWorkImpl;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.sessions.changesets.ChangeRecord;
import org.rapport.persistence.api.ChangeJournal;
import org.rapport.persistence.api.ObjectChange;
import org.rapport.persistence.api.ObjectChange.FeatureChange;
import org.rapport.persistence.api.PersistentObject;

/**
 * What a commit is about to write, told to the change journals, whose records are then
 * registered in the same unit of work and so written in the same transaction.
 */
final class CommitJournal {

    private static final Comparator<ObjectChange> BY_KIND_AND_ID = Comparator.comparing(ObjectChange::kind).thenComparingLong(ObjectChange::id);

    private CommitJournal() {
    }

    /**
     * What a commit is about to write: the journals' records, registered in the unit of work,
     * and the summary of the commit events (null when nobody listens).
     */
    record Pending(List<EObject> records, CommitSummary summary) {
        static final Pending NONE = new Pending(List.of(), null);
    }

    /**
     * Registers the journals' records for the pending changes and, when asked, summarises them
     * for the commit events; the records are returned, to unregister if the commit fails.
     */
    static Pending register(UnitOfWorkImpl work, Collection<ChangeJournal> journals, boolean summarize) {
        if (journals.isEmpty() && !summarize) {
            return Pending.NONE;
        }
        // new contents get their identities now, so the journals and the events can name them
        work.assignSequenceNumbers();
        UnitOfWorkChangeSet changeSet = (UnitOfWorkChangeSet) work.getCurrentChanges();
        boolean journaled = !journals.isEmpty();
        CommitSummary summary = summarize ? new CommitSummary() : null;
        List<ObjectChange> changes = new ArrayList<>();
        Map<Object, Object> deleted = work.getDeletedObjects() == null ? Map.of() : work.getDeletedObjects();
        for (ObjectChangeSet set : changeSet.getAllChangeSets().keySet()) {
            if (set.getUnitOfWorkClone() instanceof EObject object && !deleted.containsKey(object)) {
                if (set.isNew()) {
                    note(summary, ObjectChange.Kind.CREATED, object);
                    if (journaled) {
                        changes.add(new ObjectChange(ObjectChange.Kind.CREATED, object, id(object), values(object, true)));
                    }
                } else if (set.hasChanges()) {
                    note(summary, ObjectChange.Kind.UPDATED, object);
                    if (journaled) {
                        changes.add(new ObjectChange(ObjectChange.Kind.UPDATED, object, id(object), updates(work, set, object)));
                    }
                }
            }
        }
        for (Object clone : deleted.keySet()) {
            if (clone instanceof EObject object) {
                note(summary, ObjectChange.Kind.DELETED, object);
                if (journaled) {
                    changes.add(new ObjectChange(ObjectChange.Kind.DELETED, object, id(object), values(object, false)));
                }
            }
        }
        if (!journaled) {
            return new Pending(List.of(), summary);
        }
        changes.sort(BY_KIND_AND_ID);
        List<ObjectChange> told = List.copyOf(changes);
        List<EObject> records = new ArrayList<>();
        for (ChangeJournal journal : journals) {
            records.addAll(journal.record(told));
        }
        for (EObject record : records) {
            work.registerNewObject(record);
            // identities in the journal's order, so reading records by identity gives that order
            work.assignSequenceNumber(record);
        }
        // the journals' own records are not announced: they are the journal's business
        return new Pending(records, summary);
    }

    private static void note(CommitSummary summary, ObjectChange.Kind kind, EObject object) {
        if (summary != null) {
            summary.add(kind, object.eClass(), id(object));
        }
    }

    private static long id(EObject object) {
        return object instanceof PersistentObject persistent ? persistent.persistentId() : 0;
    }

    /** Every stored feature that has a value: as the new values of a created object, or the old ones of a deleted one. */
    private static List<FeatureChange> values(EObject object, boolean created) {
        List<FeatureChange> features = new ArrayList<>();
        for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
            if (!stored(feature)) {
                continue;
            }
            Object value = snapshot(object.eGet(feature));
            boolean present = feature.isMany() ? !((List<?>) value).isEmpty() : object.eIsSet(feature);
            if (present) {
                features.add(created ? new FeatureChange(feature, null, value) : new FeatureChange(feature, value, null));
            }
        }
        return features;
    }

    private static boolean stored(EStructuralFeature feature) {
        return !feature.isTransient() && !feature.isDerived() && !feature.isVolatile()
                && !(feature instanceof EReference reference && reference.isContainer());
    }

    /** The changed features: before from the backup the unit of work compares with, after from the working copy. */
    private static List<FeatureChange> updates(UnitOfWorkImpl work, ObjectChangeSet set, EObject object) {
        ClassDescriptor descriptor = work.getDescriptor(object.getClass());
        Object backup = work.getBackupClone(object, descriptor);
        List<FeatureChange> features = new ArrayList<>();
        for (ChangeRecord record : set.getChanges()) {
            EStructuralFeature feature = object.eClass().getEStructuralFeature(record.getAttribute());
            DatabaseMapping mapping = descriptor.getMappingForAttributeName(record.getAttribute());
            if (feature == null || mapping == null) {
                continue;
            }
            Object before = snapshot(mapping.getRealAttributeValueFromObject(backup, work));
            features.add(new FeatureChange(feature, before, snapshot(object.eGet(feature))));
        }
        features.sort(Comparator.comparingInt(change -> object.eClass().getFeatureID(change.feature())));
        return features;
    }

    /** Lists as they are now, unmodifiable, so a journal sees the values of this moment. */
    private static Object snapshot(Object value) {
        return value instanceof Collection<?> collection ? List.copyOf(collection) : value;
    }
}
