package org.rapport.security.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.rapport.persistence.api.ObjectChange;
import org.rapport.persistence.api.ObjectChange.FeatureChange;

/**
 * The values of one commit's new objects, as creation entries hold them ({@link CreationValues}):
 * an object created together with its container is a part of the container's entry, so a new
 * customer with its e-mail address and phone is one entry, not three.
 */
final class Creations {

    /** Room the encryption envelope needs in a value column, beside the value itself. */
    static final int ENVELOPE = 1200;

    private final SubjectKeys.ForCommit personal;
    /** The commit's new objects and their changes, by identity. */
    private final Map<EObject, ObjectChange> created = new IdentityHashMap<>();

    Creations(SubjectKeys.ForCommit personal, List<ObjectChange> changes) {
        this.personal = personal;
        for (ObjectChange change : changes) {
            if (change.kind() == ObjectChange.Kind.CREATED) {
                created.put(change.object(), change);
            }
        }
    }

    /** The commit's new objects: as subjects they have no stored key yet. */
    static java.util.Set<EObject> objects(List<ObjectChange> changes) {
        java.util.Set<EObject> objects = Collections.newSetFromMap(new IdentityHashMap<>());
        changes.stream().filter(c -> c.kind() == ObjectChange.Kind.CREATED).forEach(c -> objects.add(c.object()));
        return objects;
    }

    /** Whether this new object is a part of a container that the commit creates too, so recorded in the container's entry. */
    boolean isPart(EObject object) {
        return object.eContainer() != null && created.containsKey(object.eContainer());
    }

    /** The new objects contained in this one that the commit creates too, in the order of its contents. */
    List<ObjectChange> parts(EObject root) {
        List<ObjectChange> parts = new ArrayList<>();
        for (TreeIterator<EObject> contents = root.eAllContents(); contents.hasNext();) {
            ObjectChange part = created.get(contents.next());
            if (part == null) {
                contents.prune(); // an object that exists already, with its contents, is no part of this creation
            } else {
                parts.add(part);
            }
        }
        return parts;
    }

    /**
     * The creation's values as one entry holds them, personal values of the object's subject in
     * one envelope: null when they do not fit one entry.
     */
    String values(ObjectChange root, List<ObjectChange> parts) {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, String> sealed = new LinkedHashMap<>();
        EObject[] subject = { null }; // the envelope's subject: that of the first personal value; others are sealed one by one
        put(values, sealed, subject, "", root);
        for (ObjectChange part : parts) {
            String path = path(root.object(), part.object());
            values.put(path, AuditTrail.render(part.object()));
            put(values, sealed, subject, path + ".", part);
        }
        if (!sealed.isEmpty()) {
            String envelope = personal.encrypt(subject[0], CreationValues.write(sealed));
            if (AuditTrail.MASKED.equals(envelope)) {
                values.replaceAll((key, value) -> sealed.containsKey(key) ? AuditTrail.MASKED : value);
            } else {
                values.put(CreationValues.SEALED, envelope);
            }
        }
        String all = CreationValues.write(values);
        return all.length() <= AuditTrail.VALUE_LENGTH ? all : null;
    }

    private void put(Map<String, String> values, Map<String, String> sealed, EObject[] subject, String prefix, ObjectChange change) {
        for (FeatureChange feature : change.features()) {
            String key = prefix + feature.feature().getName();
            if (!personal(feature.feature(), feature.newValue())) {
                values.put(key, AuditTrail.render(feature.feature(), feature.newValue()));
                continue;
            }
            Optional<EObject> of = ModelAccess.subjectOf(change.object());
            if (of.isEmpty()) {
                values.put(key, AuditTrail.MASKED); // personal, of no subject: nothing could erase it later
            } else if (subject[0] == null || subject[0] == of.get()) {
                subject[0] = of.get();
                sealed.put(key, personalText(feature.newValue()));
                values.put(key, CreationValues.IN_ENVELOPE);
            } else {
                values.put(key, personal.encrypt(of.get(), personalText(feature.newValue())));
            }
        }
    }

    /**
     * A value as a per-feature entry keeps it: personal data encrypted with its subject's key, or
     * masked when it belongs to no subject.
     */
    String value(EObject object, EStructuralFeature feature, Object value) {
        if (!personal(feature, value)) {
            return AuditTrail.render(feature, value);
        }
        return ModelAccess.subjectOf(object).map(s -> personal.encrypt(s, personalText(value))).orElse(AuditTrail.MASKED);
    }

    private static boolean personal(EStructuralFeature feature, Object value) {
        return value != null && feature instanceof EAttribute attribute && ModelAccess.personal(attribute);
    }

    private static String personalText(Object value) {
        String text = AuditTrail.render(value);
        return text.length() <= AuditTrail.VALUE_LENGTH - ENVELOPE ? text : text.substring(0, AuditTrail.VALUE_LENGTH - ENVELOPE - 1) + "\u2026";
    }

    /** Where a part is in its root: containment features and positions, e.g. {@code emails.0} or {@code address}. */
    static String path(EObject root, EObject part) {
        List<String> steps = new ArrayList<>();
        for (EObject at = part; at != root; at = at.eContainer()) {
            EStructuralFeature feature = at.eContainingFeature();
            steps.add(feature.isMany() ? feature.getName() + "." + ((List<?>) at.eContainer().eGet(feature)).indexOf(at) : feature.getName());
        }
        Collections.reverse(steps);
        return String.join(".", steps);
    }
}
