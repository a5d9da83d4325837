package org.rapport.customers.ui.api;

import java.util.Optional;

/**
 * A key fact in the header of the customer profile, next to its reference and status: loyalty
 * shows the tier and the points balance this way, complaints the open complaints. Register an
 * implementation as an OSGi service ({@code @Component(service = CustomerHeaderFact.class)});
 * every profile opened afterwards shows it, ordered by {@link #order()}, and reads its value
 * again after every commit to the store.
 */
public interface CustomerHeaderFact {

    /** The fact's name, translated, such as "Tier". */
    String label();

    /** Where the fact goes: lower comes first. */
    int order();

    /**
     * The fact's value for a customer. Called off the UI thread: read through the store (its
     * access rules apply to the signed-in user, so a fact the user may not read throws or stays
     * empty and the header leaves it out) and return the text to show.
     *
     * @return the value, translated and formatted; empty to show nothing
     */
    Optional<String> value(long customerId);
}
