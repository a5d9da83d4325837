package org.rapport.persistence.api;

import java.util.Optional;

import org.eclipse.emf.ecore.EObject;

/**
 * Someone else stored the object after this unit of work read it: the commit was refused and
 * nothing was written, so no one's change is lost. Reload the object and apply the edit again.
 */
public class StaleEditException extends StoreException {

    private static final long serialVersionUID = 1L;

    private final transient EObject object;
    private final LastChange lastChange;

    public StaleEditException(String message, EObject object, Throwable cause) {
        this(message, object, null, cause);
    }

    /** With who stored the object meanwhile and when, if a change journal knew. */
    public StaleEditException(String message, EObject object, LastChange lastChange, Throwable cause) {
        super(message, cause);
        this.object = object;
        this.lastChange = lastChange;
    }

    /** Who stored the object after this unit of work read it, and when, if known. */
    public Optional<LastChange> lastChange() {
        return Optional.ofNullable(lastChange);
    }

    /** The object whose stored version had moved on. */
    public EObject object() {
        return object;
    }
}
