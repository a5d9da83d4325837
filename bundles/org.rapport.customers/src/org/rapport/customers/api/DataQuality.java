package org.rapport.customers.api;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;

import org.rapport.customers.model.Customer;
import org.rapport.customers.model.EmailAddress;
import org.rapport.customers.model.Phone;

/** What is wrong with a customer's data, for the profile and lists to show. */
public final class DataQuality {

    /** A problem with a customer's data. */
    public enum Flag {
        /** An e-mail address or phone number is marked invalid, or does not pass the format check. */
        INVALID_CONTACT,
        /** Nobody confirmed the data for more than twelve months (or ever). */
        UNCONFIRMED
    }

    /** How long confirmed data stays trusted. */
    public static final int CONFIRMED_MONTHS = 12;

    private DataQuality() {
    }

    /** The flags of a customer at a moment; empty when all is well. */
    public static Set<Flag> flags(Customer customer, Instant now) {
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        for (EmailAddress email : customer.getEmails()) {
            if (!email.isValid() || email.getAddress() == null || !Contacts.isValidEmail(email.getAddress())) {
                flags.add(Flag.INVALID_CONTACT);
            }
        }
        for (Phone phone : customer.getPhones()) {
            if (!phone.isValid() || phone.getNumber() == null || !Contacts.isValidPhone(phone.getNumber())) {
                flags.add(Flag.INVALID_CONTACT);
            }
        }
        if (unconfirmed(customer.getLastConfirmedAt(), now)) {
            flags.add(Flag.UNCONFIRMED);
        }
        return flags;
    }

    /** Whether data last confirmed then (null: never) are {@link Flag#UNCONFIRMED} now. */
    public static boolean unconfirmed(Instant confirmed, Instant now) {
        return confirmed == null || confirmed.isBefore(now.atOffset(ZoneOffset.UTC).minusMonths(CONFIRMED_MONTHS).toInstant());
    }
}
