package org.rapport.persistence.api;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

/**
 * Sees every change a commit writes, and adds its own records to the same transaction: they are
 * stored with the changes or not at all. The audit trail is one; a bundle registers one as an
 * OSGi service (a DS {@code @Component}). Interactive commits and the batch path both report.
 * <p>
 * A journal may refuse a commit by throwing {@link StoreException} (for example, a change to a
 * record that must never change): nothing is written, and the unit of work keeps its edits.
 */
public interface ChangeJournal {

    /**
     * The records to store with these changes, in the order they should be stored; each is a
     * new object of a persistent class. The records themselves are not reported to journals.
     *
     * @param changes what the commit writes, objects in the order the unit of work knows them
     */
    List<? extends EObject> record(List<ObjectChange> changes);
}
