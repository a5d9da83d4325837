package org.rapport.persistence.api;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EClass;
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

    /**
     * Who stored this object last and when, if this journal knows; the engine asks when a commit
     * or merge fails as a {@link StaleEditException}, so the message can name the other user.
     * Optional: the default knows nothing.
     *
     * @param work a unit of work of its own, opened for this question and closed by the engine
     * @param eClass the object's class
     * @param id its database identity
     */
    default Optional<LastChange> lastChange(UnitOfWork work, EClass eClass, long id) {
        return Optional.empty();
    }
}
