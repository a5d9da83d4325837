package org.rapport.persistence.api;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * One object a commit creates, updates or deletes, with the features that change: for a new
 * object every feature that has a value, for a deleted one every feature it had.
 *
 * @param kind what happens to the object
 * @param object the unit of work's copy of it
 * @param id its database identity (already assigned for new objects)
 * @param features the features that change, in the order of the class's features
 */
public record ObjectChange(Kind kind, EObject object, long id, List<FeatureChange> features) {

    /** What a commit does to an object. */
    public enum Kind {
        CREATED, UPDATED, DELETED
    }

    /**
     * One feature's value before and after: attributes as their values, references as the
     * objects, lists as unmodifiable lists; {@code null} for no value.
     */
    public record FeatureChange(EStructuralFeature feature, Object oldValue, Object newValue) {
    }

    public ObjectChange {
        features = List.copyOf(features);
    }
}
