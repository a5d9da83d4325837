package org.rapport.customers.ui.api;

import java.util.Optional;

/**
 * A key fact in the header of the customer profile, next to its reference and status: loyalty
 * shows the tier and the points balance this way, complaints the open complaints. Register an
 * implementation as an OSGi service ({@code @Component(service = CustomerHeaderFact.class)});
 * every profile opened afterwards shows it, ordered by {@link #order()}, and reads its value
 * again after every commit to the store. The profile's own facts (revenue, last purchase, main
 * contact, account manager, data quality) come the same way, ordered 10 to 60.
 */
public interface CustomerHeaderFact {

    /** The fact's name, translated, such as "Tier". */
    String label();

    /** Where the fact goes: lower comes first. */
    int order();

    /** How the header shows a fact's value. */
    enum Kind {
        /** Text, aligned as the reader's language writes. */
        TEXT,
        /** An amount or a count: aligned to the right, so that figures stand under each other. */
        AMOUNT,
        /** What needs care (data to correct, a deadline missed): in the theme's colour for problems. */
        PROBLEM
    }

    /** How to show the value; {@link Kind#TEXT} unless said otherwise. */
    default Kind kind() {
        return Kind.TEXT;
    }

    /**
     * The fact's value for a customer. Called off the UI thread: read through the store (its
     * access rules apply to the signed-in user, so a fact the user may not read throws or stays
     * empty and the header leaves it out) and return the text to show.
     *
     * @return the value, translated and formatted; empty to show nothing
     */
    Optional<String> value(long customerId);
}
