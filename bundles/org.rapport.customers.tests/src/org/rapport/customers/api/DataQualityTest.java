package org.rapport.customers.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.rapport.customers.api.DataQuality.Flag;
import org.rapport.customers.model.Customer;
import org.rapport.customers.model.CustomersFactory;
import org.rapport.customers.model.EmailAddress;
import org.rapport.customers.model.Phone;

/** The data-quality flags: invalid contact data, and data nobody confirmed for twelve months. */
class DataQualityTest {

    private static final CustomersFactory F = CustomersFactory.eINSTANCE;
    private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");

    private static Customer confirmedAt(String at) {
        Customer customer = F.createCustomer();
        customer.setLastConfirmedAt(at == null ? null : Instant.parse(at));
        return customer;
    }

    @Test
    void confirmationsOlderThanTwelveMonthsAreFlagged() {
        assertEquals(Set.of(), DataQuality.flags(confirmedAt("2025-11-23T12:00:00Z"), NOW));
        assertEquals(Set.of(Flag.UNCONFIRMED), DataQuality.flags(confirmedAt("2025-11-21T12:00:00Z"), NOW));
        assertEquals(Set.of(Flag.UNCONFIRMED), DataQuality.flags(confirmedAt(null), NOW), "never confirmed");
    }

    @Test
    void invalidOrMalformedContactDataIsFlagged() {
        Customer customer = confirmedAt("2026-10-01T00:00:00Z");
        EmailAddress email = F.createEmailAddress();
        email.setAddress("li.na@example.com");
        email.setValid(true);
        customer.getEmails().add(email);
        Phone phone = F.createPhone();
        phone.setNumber("+86 138 0013 8000");
        phone.setValid(true);
        customer.getPhones().add(phone);
        assertEquals(Set.of(), DataQuality.flags(customer, NOW));
        phone.setValid(false);
        assertEquals(Set.of(Flag.INVALID_CONTACT), DataQuality.flags(customer, NOW), "marked invalid");
        phone.setValid(true);
        email.setAddress("not an address");
        assertEquals(Set.of(Flag.INVALID_CONTACT), DataQuality.flags(customer, NOW), "fails the format check");
    }
}
