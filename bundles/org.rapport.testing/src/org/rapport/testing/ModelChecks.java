package org.rapport.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EModelElement;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;

/**
 * The checks every area's model must pass, as lists of problems (empty when it passes), so an
 * area's test is one {@code assertEquals(List.of(), ...)} per rule plus what is its own:
 * the security annotations the store and the privacy requests read (docs/extension-guide.md,
 * "Declaring your model's permissions"), and the labels of its enum literals in English and
 * Simplified Chinese.
 */
public final class ModelChecks {

    /** The annotation source of the security rules. */
    public static final String SECURITY = "http://rapport.org/security";
    private static final Pattern DEFAULT_ACCESS = Pattern.compile("[a-z][a-z0-9-]*=(HIDDEN|READ_ONLY)( [a-z][a-z0-9-]*=(HIDDEN|READ_ONLY))*");

    private ModelChecks() {
    }

    /** A detail of the security annotation, or null. */
    public static String detail(EModelElement element, String key) {
        return element.getEAnnotation(SECURITY) == null ? null : element.getEAnnotation(SECURITY).getDetails().get(key);
    }

    /** The classes of the package. */
    public static List<EClass> classes(EPackage ePackage) {
        return ePackage.getEClassifiers().stream().filter(EClass.class::isInstance).map(EClass.class::cast).toList();
    }

    /**
     * What breaks the security contract: a class outside {@code area}; an owner path that does not
     * lead, feature by feature, to a single string attribute (the owning user's login); a
     * {@code personal} flag that is not "true"; a required personal attribute without an
     * {@code erased} string (at most 255 characters) for erasures to write; a {@code derivedFrom}
     * that names no feature of its class; a {@code defaultAccess} that is not {@code role=HIDDEN|READ_ONLY ...}.
     */
    public static List<String> securityProblems(EPackage ePackage, String area) {
        List<String> problems = new ArrayList<>();
        for (EClass eClass : classes(ePackage)) {
            if (!area.equals(detail(eClass, "area"))) {
                problems.add(eClass.getName() + ": area is " + detail(eClass, "area") + ", not " + area);
            }
            String owner = detail(eClass, "owner");
            if (owner != null && !leadsToLogin(eClass, owner)) {
                problems.add(eClass.getName() + ": owner path " + owner + " does not end in a single string attribute");
            }
            for (EStructuralFeature feature : eClass.getEStructuralFeatures()) {
                String where = eClass.getName() + "." + feature.getName();
                String personal = detail(feature, "personal");
                if (personal != null && !"true".equals(personal)) {
                    problems.add(where + ": personal is " + personal);
                }
                String erased = detail(feature, "erased");
                if (personal != null && feature.isRequired() && (erased == null || feature.getEType().getInstanceClass() != String.class || erased.length() > 255)) {
                    problems.add(where + " is required and personal: an erasure must know what string to write");
                }
                String derivedFrom = detail(feature, "derivedFrom");
                if (derivedFrom != null && eClass.getEStructuralFeature(derivedFrom) == null) {
                    problems.add(where + ": derivedFrom names no feature " + derivedFrom);
                }
                String access = detail(feature, "defaultAccess");
                if (access != null && !DEFAULT_ACCESS.matcher(access).matches()) {
                    problems.add(where + ": defaultAccess " + access);
                }
            }
        }
        return problems;
    }

    private static boolean leadsToLogin(EClass start, String path) {
        EClass at = start;
        EStructuralFeature feature = null;
        for (String step : path.split("\\.")) {
            if (at == null || (feature = at.getEStructuralFeature(step)) == null) {
                return false;
            }
            at = feature instanceof EAttribute ? null : (EClass) feature.getEType();
        }
        return feature instanceof EAttribute attribute && !attribute.isMany() && attribute.getEType() == EcorePackage.Literals.ESTRING;
    }

    /** The attributes marked personal, as {@code Class.attribute}, sorted. */
    public static Set<String> personalAttributes(EPackage ePackage) {
        Set<String> personal = new TreeSet<>();
        classes(ePackage).forEach(c -> c.getEAttributes().stream().filter(a -> detail(a, "personal") != null).forEach(a -> personal.add(c.getName() + "." + a.getName())));
        return personal;
    }

    /** The preset roles' field rules, {@code Class.attribute} to {@code role=ACCESS ...}. */
    public static Map<String, String> defaultAccessRules(EPackage ePackage) {
        Map<String, String> rules = new LinkedHashMap<>();
        classes(ePackage).forEach(c -> c.getEAttributes().stream().filter(a -> detail(a, "defaultAccess") != null)
                .forEach(a -> rules.put(c.getName() + "." + a.getName(), detail(a, "defaultAccess"))));
        return rules;
    }

    /**
     * Every literal of every enum of the package that has no label ({@code <Enum>_<LITERAL>}, as
     * the UI toolkit's {@code EnumLabels} reads them) in the English or the Simplified Chinese
     * {@code OSGI-INF/l10n/bundle*.properties} of the bundle that holds {@code bundleClass}.
     */
    public static List<String> missingEnumLabels(EPackage ePackage, Class<?> bundleClass) {
        List<String> missing = new ArrayList<>();
        for (String file : List.of("/OSGI-INF/l10n/bundle.properties", "/OSGI-INF/l10n/bundle_zh_CN.properties")) {
            Properties texts = load(bundleClass, file);
            for (EEnum eEnum : ePackage.getEClassifiers().stream().filter(EEnum.class::isInstance).map(EEnum.class::cast).toList()) {
                for (EEnumLiteral literal : eEnum.getELiterals()) {
                    String key = eEnum.getName() + "_" + literal.getName();
                    String text = texts.getProperty(key);
                    if (text == null || text.isBlank()) {
                        missing.add(file + ": " + key);
                    }
                }
            }
        }
        return missing;
    }

    /**
     * The class and field names ({@code org.rapport.persistence.api.ModelLabels}: keys
     * {@code type_<EClass>} and {@code field_<EClass>_<feature>}) missing from the English or the
     * Simplified Chinese {@code OSGI-INF/l10n/bundle*.properties} of the bundle that holds
     * {@code bundleClass}: every class of the package and every feature it declares.
     */
    public static List<String> missingFieldLabels(EPackage ePackage, Class<?> bundleClass) {
        List<String> missing = new ArrayList<>();
        for (String file : List.of("/OSGI-INF/l10n/bundle.properties", "/OSGI-INF/l10n/bundle_zh_CN.properties")) {
            Properties texts = load(bundleClass, file);
            for (org.eclipse.emf.ecore.EClass eClass : ePackage.getEClassifiers().stream().filter(org.eclipse.emf.ecore.EClass.class::isInstance)
                    .map(org.eclipse.emf.ecore.EClass.class::cast).toList()) {
                List<String> keys = new ArrayList<>(List.of("type_" + eClass.getName()));
                eClass.getEStructuralFeatures().forEach(f -> keys.add("field_" + eClass.getName() + "_" + f.getName()));
                for (String key : keys) {
                    String text = texts.getProperty(key);
                    if (text == null || text.isBlank()) {
                        missing.add(file + ": " + key);
                    }
                }
            }
        }
        return missing;
    }

    private static Properties load(Class<?> bundleClass, String file) {
        Properties properties = new Properties();
        try (InputStream in = bundleClass.getResourceAsStream(file)) {
            if (in != null) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
