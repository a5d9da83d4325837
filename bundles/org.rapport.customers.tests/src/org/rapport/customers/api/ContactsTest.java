package org.rapport.customers.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.rapport.customers.model.CustomersFactory;
import org.rapport.customers.model.EmailAddress;
import org.rapport.customers.model.Phone;

/** The one spelling of phone numbers and e-mail addresses, and the model's setters that apply it. */
class ContactsTest {

    @Test
    void phoneNumbersLoseTheirSeparatorsAndInternationalPrefixesBecomePlus() {
        assertEquals("+8613800138000", Contacts.normalisePhone(" +86 (138) 0013-8000 "));
        assertEquals("+8613800138000", Contacts.normalisePhone("0086 138.0013.8000"));
        assertEquals("+8613800138000", Contacts.normalisePhone("＋８６ １３８ ００１３ ８０００"), "full-width input from a Chinese keyboard");
        assertEquals("02162790000", Contacts.normalisePhone("021/6279\u00a00000"), "a national number stays national");
        assertEquals("0", Contacts.normalisePhone("0"));
        assertEquals("1800FLOWERS", Contacts.normalisePhone("1-800-FLOWERS"), "letters stay for a data-quality check to flag");
        assertNull(Contacts.normalisePhone(" - ( ) "));
        assertNull(Contacts.normalisePhone(null));
    }

    @Test
    void emailAddressesAreTrimmedAndInLowerCase() {
        assertEquals("li.na@example.com", Contacts.normaliseEmail("  Li.Na@Example.COM\t"));
        assertEquals("li.na@example.com", Contacts.normaliseEmail("Li.Na＠Example.com"), "a full-width at sign");
        assertNull(Contacts.normaliseEmail("   "));
        assertNull(Contacts.normaliseEmail(null));
    }

    @Test
    void theModelStoresTheNormalisedSpelling() {
        Phone phone = CustomersFactory.eINSTANCE.createPhone();
        phone.setNumber("0086 138 0013 8000");
        assertEquals("+8613800138000", phone.getNumber());
        phone.eSet(phone.eClass().getEStructuralFeature("number"), "(021) 6279 0000");
        assertEquals("02162790000", phone.getNumber(), "reflection takes the same path");
        EmailAddress email = CustomersFactory.eINSTANCE.createEmailAddress();
        email.setAddress(" Ada@Example.ORG ");
        assertEquals("ada@example.org", email.getAddress());
        email.setAddress(null);
        assertNull(email.getAddress());
    }
}
