package org.rapport.security.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EAnnotation;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.rapport.security.model.FieldAccess;

/**
 * What a model declares about its permissions, in EAnnotations of source {@value #SOURCE}
 * (documented in the extension guide):
 * <ul>
 * <li>on an EClass, {@code area}: the data area its records belong to; subclasses inherit it.
 * A class without one (nor a supertype with one) is not an area's: the store does not restrict it;
 * <li>on an EClass, {@code owner}: a dot-separated path of single-valued features to the
 * attribute that holds the login of the record's owner, for roles that may reach their own
 * records only; inherited too;
 * <li>on an EClass, {@code subject}: its records are data subjects (customers), found for a
 * personal-data request by the attribute this names (their reference); inherited;
 * <li>on an EAttribute, {@code personal=true}: personal data, exported and erased on request;
 * {@code erased}: what an erasure writes into a required attribute;
 * <li>on an EAttribute, {@code defaultAccess}: the preset roles' field rules, as
 * {@code role=HIDDEN role=READ_ONLY};
 * <li>on an EAttribute, {@code derivedFrom}: the attribute of the same class it is kept from (a
 * search key from a name); the source's field rules apply to it too
 * ({@link org.rapport.security.api.SessionUser#fieldAccess(org.eclipse.emf.ecore.EStructuralFeature)}).
 * </ul>
 */
public final class ModelAccess {

    public static final String SOURCE = org.rapport.security.api.SessionUser.MODEL_ANNOTATION;

    private ModelAccess() {
    }

    /** The area of a class's records, from the class or its nearest supertype that says; empty if none. */
    public static Optional<String> area(EClass eClass) {
        return inherited(eClass, "area");
    }

    /** The path to the owner's login, from the class or its nearest supertype that says; empty if none. */
    public static Optional<List<String>> ownerPath(EClass eClass) {
        return inherited(eClass, "owner").map(path -> List.of(path.split("\\.")));
    }

    /**
     * The object whose owner decides about this one: itself if its class names an owner, else its
     * nearest container that does; empty when none does.
     */
    public static Optional<EObject> owned(EObject object) {
        for (EObject at = object; at != null; at = at.eContainer()) {
            if (ownerPath(at.eClass()).isPresent()) {
                return Optional.of(at);
            }
        }
        return Optional.empty();
    }

    /**
     * The owner's login of an object, following its class's owner path (or its container's);
     * empty when nobody owns it or a step on the path is empty.
     */
    public static Optional<String> owner(EObject object) {
        return owned(object).flatMap(owned -> follow(owned, ownerPath(owned.eClass()).orElseThrow()));
    }

    /** The value at the end of a path of single-valued features, or empty when a step is empty or unknown. */
    static Optional<String> follow(EObject from, List<String> path) {
        Object at = from;
        for (String name : path) {
            if (!(at instanceof EObject object)) {
                return Optional.empty();
            }
            EStructuralFeature feature = object.eClass().getEStructuralFeature(name);
            if (feature == null || feature.isMany()) {
                return Optional.empty();
            }
            at = object.eGet(feature);
        }
        return at == null ? Optional.empty() : Optional.of(at.toString());
    }

    /** The attribute a data subject of this class is found by, if its records are data subjects. */
    public static Optional<EAttribute> subjectAttribute(EClass eClass) {
        return inherited(eClass, "subject").map(name -> {
            if (!(eClass.getEStructuralFeature(name) instanceof EAttribute attribute) || attribute.isMany()) {
                throw new IllegalArgumentException(eClass.getName() + ": subject names '" + name + "', which is no single-valued attribute of it");
            }
            return attribute;
        });
    }

    /**
     * The data subject whose personal data an object holds: the object itself or its nearest
     * container when it is a subject, else a subject one of its single references points to;
     * empty when it belongs to none.
     */
    public static Optional<EObject> subjectOf(EObject object) {
        for (EObject at = object; at != null; at = at.eContainer()) {
            if (subjectAttribute(at.eClass()).isPresent()) {
                return Optional.of(at);
            }
        }
        for (org.eclipse.emf.ecore.EReference reference : object.eClass().getEAllReferences()) {
            if (!reference.isMany() && !reference.isContainment() && subjectAttribute(reference.getEReferenceType()).isPresent()
                    && object.eGet(reference) instanceof EObject subject) {
                return Optional.of(subject);
            }
        }
        return Optional.empty();
    }

    /** Whether an attribute holds personal data. */
    public static boolean personal(EAttribute attribute) {
        return "true".equals(detail(attribute, "personal"));
    }

    /** What an erasure writes into a personal attribute: its {@code erased} value, or null. */
    public static String erasedValue(EAttribute attribute) {
        return detail(attribute, "erased");
    }

    /** The preset roles' default field rules for a feature, by role. */
    public static Map<String, FieldAccess> defaultAccess(EStructuralFeature feature) {
        String rules = detail(feature, "defaultAccess");
        Map<String, FieldAccess> access = new LinkedHashMap<>();
        if (rules == null) {
            return access;
        }
        for (String rule : rules.trim().split("\\s+")) {
            String[] parts = rule.split("=", 2);
            FieldAccess level = parts.length == 2 ? FieldAccess.get(parts[1]) : null;
            if (level == null) {
                throw new IllegalArgumentException(feature.getEContainingClass().getName() + "." + feature.getName() + ": defaultAccess rule '" + rule
                        + "' is not ROLE=" + Arrays.toString(FieldAccess.values()));
            }
            access.put(parts[0], level);
        }
        return access;
    }

    /** The name field rules know a feature by: {@code nsURI#EClass.feature}, the class that declares it. */
    public static String key(EStructuralFeature feature) {
        return org.rapport.security.api.SessionUser.featureKey(feature);
    }

    /** The attributes field rules may restrict in a class: its single-valued attributes, when the class belongs to an area. */
    public static List<EAttribute> restrictable(EClass eClass) {
        List<EAttribute> attributes = new ArrayList<>();
        if (area(eClass).isPresent()) {
            for (EAttribute attribute : eClass.getEAllAttributes()) {
                if (!attribute.isMany() && !attribute.isTransient()) {
                    attributes.add(attribute);
                }
            }
        }
        return attributes;
    }

    private static Optional<String> inherited(EClass eClass, String key) {
        String own = detail(eClass, key);
        if (own != null) {
            return own.isBlank() ? Optional.empty() : Optional.of(own.trim());
        }
        for (EClass supertype : eClass.getESuperTypes()) {
            Optional<String> found = inherited(supertype, key);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static String detail(org.eclipse.emf.ecore.EModelElement element, String key) {
        EAnnotation annotation = element.getEAnnotation(SOURCE);
        return annotation == null ? null : annotation.getDetails().get(key);
    }
}
