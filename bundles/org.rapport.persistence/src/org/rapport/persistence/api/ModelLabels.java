package org.rapport.persistence.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * What people call a model's classes and fields, in the session's language: the permission
 * matrix's field rules and the audit log once showed {@code Address.city} and {@code nameKey}.
 * The texts live beside the model, in {@code OSGI-INF/l10n/bundle*.properties} of the bundle that
 * holds the generated package, with the keys {@code type_<EClass>} and
 * {@code field_<EClass>_<feature>} (the class that declares the feature); a missing text falls back
 * to the model's name. The bundle tests check every text exists in both languages
 * ({@code org.rapport.testing.ModelChecks#missingFieldLabels}).
 */
public final class ModelLabels {

    private ModelLabels() {
    }

    public static String typeKey(EClass eClass) {
        return "type_" + eClass.getName();
    }

    public static String fieldKey(EStructuralFeature feature) {
        return "field_" + feature.getEContainingClass().getName() + "_" + feature.getName();
    }

    /** The class as people call it, e.g. "Address". */
    public static String type(EClass eClass) {
        return text(eClass.getEPackage(), typeKey(eClass)).orElse(eClass.getName());
    }

    /** The field as people call it, e.g. "City". */
    public static String field(EStructuralFeature feature) {
        return text(feature.getEContainingClass().getEPackage(), fieldKey(feature)).orElse(feature.getName());
    }

    /** The field with its class where the class is not the customer itself, e.g. "Address: City"; for lists of many classes' fields. */
    public static String qualifiedField(EClass eClass, EStructuralFeature feature) {
        return type(eClass) + ": " + field(feature);
    }

    /**
     * A field of a class named as the audit log names it ({@code nsURI#EClass} and the feature's
     * name), or a field of an object it contains by its path, as a creation's values name its
     * parts' fields: {@code emails.0.address} is "E-mail addresses 1 › Address". The name as it is
     * when the model is not installed.
     */
    public static String field(String objectClass, String feature) {
        if (feature.indexOf('.') >= 0) {
            return path(objectClass, feature);
        }
        return eClass(objectClass).map(c -> c.getEStructuralFeature(feature)).map(ModelLabels::field).orElse(feature);
    }

    private static String path(String objectClass, String path) {
        EClass at = eClass(objectClass).orElse(null);
        String[] steps = path.split("\\.");
        List<String> words = new ArrayList<>();
        for (int i = 0; i < steps.length; i++) {
            EStructuralFeature feature = at == null ? null : at.getEStructuralFeature(steps[i]);
            if (feature == null) {
                return path;
            }
            String word = field(feature);
            if (i + 1 < steps.length && steps[i + 1].chars().allMatch(Character::isDigit)) {
                word += " " + (Integer.parseInt(steps[++i]) + 1); // positions count from 1 for people
            }
            words.add(word);
            at = feature instanceof EReference reference ? reference.getEReferenceType() : null;
        }
        return String.join(" \u203a ", words);
    }

    /** A class named as the audit log names it; the EClass name when the model is not installed. */
    public static String type(String objectClass) {
        return eClass(objectClass).map(ModelLabels::type).orElse(objectClass.substring(objectClass.lastIndexOf('#') + 1));
    }

    /** The class of {@code nsURI#EClass}, when its package is registered. */
    public static Optional<EClass> eClass(String objectClass) {
        int hash = objectClass.lastIndexOf('#');
        if (hash < 0) {
            return Optional.empty();
        }
        EPackage ePackage = EPackage.Registry.INSTANCE.getEPackage(objectClass.substring(0, hash));
        EClassifier found = ePackage == null ? null : ePackage.getEClassifier(objectClass.substring(hash + 1));
        return found instanceof EClass eClass ? Optional.of(eClass) : Optional.empty();
    }

    private static Optional<String> text(EPackage ePackage, String key) {
        try {
            ResourceBundle texts = ResourceBundle.getBundle("OSGI-INF.l10n.bundle", Locale.getDefault(), ePackage.getClass().getClassLoader());
            return texts.containsKey(key) ? Optional.of(texts.getString(key)) : Optional.empty();
        } catch (MissingResourceException e) {
            return Optional.empty();
        }
    }
}
