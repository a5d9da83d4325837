package org.rapport.persistence.api;

import org.eclipse.emf.ecore.EObject;

/**
 * Someone else stored the object after this unit of work read it: the commit was refused and
 * nothing was written, so no one's change is lost. Reload the object and apply the edit again.
 */
public class StaleEditException extends StoreException {

    private static final long serialVersionUID = 1L;

    private final transient EObject object;

    public StaleEditException(String message, EObject object, Throwable cause) {
        super(message, cause);
        this.object = object;
    }

    /** The object whose stored version had moved on. */
    public EObject object() {
        return object;
    }
}
