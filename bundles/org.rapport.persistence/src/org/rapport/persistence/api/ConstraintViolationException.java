package org.rapport.persistence.api;

import java.util.Optional;

import org.eclipse.emf.ecore.EStructuralFeature;

/** The database refused a value: a duplicate where the model says unique, a missing required value. */
public class ConstraintViolationException extends StoreException {

    private static final long serialVersionUID = 1L;

    private final transient EStructuralFeature feature;

    public ConstraintViolationException(String message, EStructuralFeature feature, Throwable cause) {
        super(message, cause);
        this.feature = feature;
    }

    /** The feature whose value was refused, when the database said which column. */
    public Optional<EStructuralFeature> feature() {
        return Optional.ofNullable(feature);
    }
}
