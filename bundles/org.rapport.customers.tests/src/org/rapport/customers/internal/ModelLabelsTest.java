package org.rapport.customers.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.rapport.customers.model.Customer;
import org.rapport.customers.model.CustomersPackage;
import org.rapport.persistence.api.ModelLabels;
import org.rapport.testing.ModelChecks;

/**
 * The field rules and the audit log once named fields as the model does ({@code Address.city},
 * {@code nameKey}): every class and field of the customer model has a name for people, in English
 * and Simplified Chinese.
 */
class ModelLabelsTest {

    private static final CustomersPackage P = CustomersPackage.eINSTANCE;

    @Test
    void everyClassAndFieldHasANameInBothLanguages() {
        assertEquals(List.of(), ModelChecks.missingFieldLabels(P, Customer.class));
    }

    @Test
    void fieldsReadAsPeopleCallThem() {
        assertEquals("Address: City", ModelLabels.qualifiedField(P.getAddress(), P.getAddress_City()));
        assertEquals("Name for sorting and search", ModelLabels.field("http://rapport.org/customers/1.0#Customer", "nameKey"), "as the audit log names it");
        assertEquals("Customer", ModelLabels.type("http://rapport.org/customers/1.0#Customer"));
        assertEquals("gone", ModelLabels.field("http://rapport.org/customers/1.0#Customer", "gone"), "a field the model no longer has: its name");
        assertEquals("Other", ModelLabels.type("http://example.org/none#Other"), "a model not installed: the class's name");
    }
}
