package org.rapport.customers.ui.api;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.rapport.customers.model.Customer;

/**
 * One open customer profile, as its tabs see it: the customer, and the way to change it so that
 * the change can be undone, marks the profile unsaved and is saved with it (Ctrl+S).
 */
public interface CustomerEditing {

    /** The customer, in the editor's unit of work. Read it freely; change it only through {@link #set}. */
    Customer customer();

    /**
     * Whether the signed-in user may change this feature of the customer: the role's permissions
     * and field rules. The store refuses a save of anything else; tabs show such fields read-only.
     */
    boolean mayChange(EStructuralFeature feature);

    /**
     * Changes a feature of the customer (or of an object it contains) as one undoable edit;
     * consecutive changes of the same feature of the same object are one edit (typing a word is
     * undone at once). A list feature takes the whole new list (its contents are copied); an
     * object removed from a containment list and not put back elsewhere is deleted on save.
     */
    void set(org.eclipse.emf.ecore.EObject object, EStructuralFeature feature, Object value);

    /** Ends the current edit: the next change is undone on its own (call it when a field loses the focus). */
    void endEdit();

    /**
     * Reports what the user typed into a field that is not a value yet (a date that is no date),
     * or clears it with {@code null}: a profile with problems is not saved, and the message says why.
     *
     * @param field the field's label, as the user sees it
     */
    void problem(String field, String message);

    /** Runs after every undo and redo, so a tab can show the values again. */
    void onUndoOrRedo(Runnable refresh);
}
