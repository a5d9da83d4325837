package org.rapport.customers.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EModelElement;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.junit.jupiter.api.Test;
import org.rapport.customers.model.CustomersPackage;

/**
 * The customer model declares its permissions as docs/extension-guide.md ("Declaring your
 * model's permissions") says the security services read them: every class in the area
 * {@code customers}, the owner path of a customer, the personal data and the preset roles'
 * field rules. A model change that breaks the contract fails here, not in a privacy export.
 */
class SecurityAnnotationsTest {

    private static final String SOURCE = "http://rapport.org/security";
    private static final CustomersPackage P = CustomersPackage.eINSTANCE;
    private static final Pattern DEFAULT_ACCESS = Pattern.compile("[a-z][a-z0-9-]*=(HIDDEN|READ_ONLY)( [a-z][a-z0-9-]*=(HIDDEN|READ_ONLY))*");

    private static String detail(EModelElement element, String key) {
        return element.getEAnnotation(SOURCE) == null ? null : element.getEAnnotation(SOURCE).getDetails().get(key);
    }

    private static List<EClass> classes() {
        return P.getEClassifiers().stream().filter(EClass.class::isInstance).map(EClass.class::cast).toList();
    }

    @Test
    void everyClassBelongsToTheCustomersAreaAndOnlyCustomersHaveAnOwner() {
        for (EClass eClass : classes()) {
            assertEquals("customers", detail(eClass, "area"), eClass.getName());
            boolean root = eClass == P.getCustomer() || eClass == P.getImportRun();
            assertEquals(Set.of("area"), root ? Set.of("area") : eClass.getEAnnotation(SOURCE).getDetails().keySet(),
                    eClass.getName() + " has no container reference, so no owner path of its own");
        }
        // an import run, a root of its own, belongs to the user who started it
        assertEquals(Set.of("area", "owner"), P.getImportRun().getEAnnotation(SOURCE).getDetails().keySet());
        assertEquals("startedBy", detail(P.getImportRun(), "owner"));
        assertEquals(EcorePackage.Literals.ESTRING, P.getImportRun_StartedBy().getEType());
        // a customer is the data subject of personal-data requests, found by its reference
        assertEquals("reference", detail(P.getCustomer(), "subject"));
        // the lower-case name key is kept from the name: a role that may not see names may not search by it either
        assertEquals("name", detail(P.getCustomer_NameKey(), "derivedFrom"));
        // the owner path leads, feature by feature, to a single string attribute: the owning user's login
        String owner = detail(P.getCustomer(), "owner");
        assertEquals("accountManager", owner);
        EClass at = P.getCustomer();
        EStructuralFeature feature = null;
        for (String step : owner.split("\\.")) {
            feature = at.getEStructuralFeature(step);
            assertNotNull(feature, step);
            at = feature instanceof EAttribute ? null : (EClass) feature.getEType();
        }
        assertTrue(feature instanceof EAttribute attribute && !attribute.isMany() && attribute.getEType() == EcorePackage.Literals.ESTRING);
    }

    @Test
    void personalDataAreMarkedAndRequiredOnesSayWhatAnErasureWrites() {
        Set<String> personal = new TreeSet<>();
        for (EClass eClass : classes()) {
            for (EAttribute attribute : eClass.getEAttributes()) {
                String flag = detail(attribute, "personal");
                if (flag != null) {
                    assertEquals("true", flag, attribute.getName());
                    personal.add(eClass.getName() + "." + attribute.getName());
                }
                String erased = detail(attribute, "erased");
                if (attribute.isRequired() && flag != null) {
                    assertNotNull(erased, eClass.getName() + "." + attribute.getName() + " is required: an erasure must know what to write");
                    // the erasure's value must fit the column
                    assertTrue(attribute.getEType().getInstanceClass() == String.class && erased.length() <= 255);
                }
            }
        }
        assertEquals(new TreeSet<>(List.of("Customer.name", "Customer.nameKey", "Customer.gender", "Customer.birthday", "Customer.occupation", "Customer.company",
                "Customer.notes", "Customer.income", "ImportantDate.label", "ImportantDate.date", "Address.street", "Address.city",
                "Address.postalCode", "Address.country", "Phone.number", "EmailAddress.address", "Interaction.summary")), personal);
        assertEquals("Erased customer", detail(P.getCustomer_Name(), "erased"));
    }

    @Test
    void presetRolesHaveDefaultFieldRulesForBirthdayAndIncome() {
        Map<String, String> rules = new LinkedHashMap<>();
        for (EClass eClass : classes()) {
            for (EAttribute attribute : eClass.getEAttributes()) {
                String access = detail(attribute, "defaultAccess");
                if (access != null) {
                    assertTrue(DEFAULT_ACCESS.matcher(access).matches(), access);
                    rules.put(eClass.getName() + "." + attribute.getName(), access);
                }
            }
        }
        assertEquals(Map.of("Customer.income", "service-agent=HIDDEN sales=READ_ONLY", "Customer.birthday", "service-agent=READ_ONLY"), rules);
    }
}
