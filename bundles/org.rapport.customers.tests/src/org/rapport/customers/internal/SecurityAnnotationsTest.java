package org.rapport.customers.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.rapport.testing.ModelChecks.detail;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.ecore.EClass;
import org.junit.jupiter.api.Test;
import org.rapport.customers.model.CustomersPackage;
import org.rapport.testing.ModelChecks;

/**
 * The customer model declares its permissions as docs/extension-guide.md ("Declaring your
 * model's permissions") says the security services read them: the shared checks of
 * {@link ModelChecks}, then what is the customers' own (the owner path of a customer, the
 * personal data and the preset roles' field rules). A model change that breaks the contract fails
 * here, not in a privacy export.
 */
class SecurityAnnotationsTest {

    private static final CustomersPackage P = CustomersPackage.eINSTANCE;

    @Test
    void theModelKeepsTheSecurityContract() {
        assertEquals(List.of(), ModelChecks.securityProblems(P, "customers"));
    }

    @Test
    void onlyCustomersAndImportRunsAreRootsWithAnOwner() {
        for (EClass eClass : ModelChecks.classes(P)) {
            boolean root = eClass == P.getCustomer() || eClass == P.getImportRun();
            if (!root) {
                assertEquals(Set.of("area"), eClass.getEAnnotation(ModelChecks.SECURITY).getDetails().keySet(),
                        eClass.getName() + " has no container reference, so no owner path of its own");
            }
        }
        // an import run, a root of its own, belongs to the user who started it
        assertEquals(Set.of("area", "owner"), P.getImportRun().getEAnnotation(ModelChecks.SECURITY).getDetails().keySet());
        assertEquals("startedBy", detail(P.getImportRun(), "owner"));
        // a customer is the data subject of personal-data requests, found by its reference, owned by its account manager
        assertEquals("reference", detail(P.getCustomer(), "subject"));
        assertEquals("accountManager", detail(P.getCustomer(), "owner"));
        // the lower-case name key is kept from the name: a role that may not see names may not search by it either
        assertEquals("name", detail(P.getCustomer_NameKey(), "derivedFrom"));
        assertEquals("name", detail(P.getCustomer_PinyinKey(), "derivedFrom"), "a hidden name is not found by its pinyin either");
        assertEquals("name", detail(P.getCustomer_PinyinInitials(), "derivedFrom"));
        assertEquals("name", detail(P.getCustomer_SortKey(), "derivedFrom"), "nor sorted by it");
    }

    @Test
    void personalDataAreMarked() {
        assertEquals(new TreeSet<>(List.of("Customer.name", "Customer.nameKey", "Customer.pinyinKey", "Customer.pinyinInitials", "Customer.sortKey", "Customer.gender", "Customer.birthday", "Customer.occupation", "Customer.company",
                "Customer.notes", "Customer.income", "Customer.tags", "ImportantDate.label", "ImportantDate.date", "Address.street", "Address.city",
                "Address.postalCode", "Address.country", "Phone.number", "EmailAddress.address", "Interaction.summary")), ModelChecks.personalAttributes(P));
        assertEquals("Erased customer", detail(P.getCustomer_Name(), "erased"));
    }

    @Test
    void presetRolesHaveDefaultFieldRulesForBirthdayAndIncome() {
        assertEquals(Map.of("Customer.income", "service-agent=HIDDEN sales=READ_ONLY", "Customer.birthday", "service-agent=READ_ONLY"),
                ModelChecks.defaultAccessRules(P));
    }
}
